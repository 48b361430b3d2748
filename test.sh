#!/usr/bin/env bash
# Builds Annolab and runs every test: the OSGi test bundles (UI tests on a virtual display), then
# an end-to-end start of the built product. On a bare machine it first installs Xvfb and GTK (as
# root, with apt-get). The last line sums up every test that ran.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v xvfb-run >/dev/null || ! dpkg -s libgtk-3-0 >/dev/null 2>&1 || ! command -v xwininfo >/dev/null; then
  bash releng/scripts/install-system-deps.sh
fi
JAVA_HOME=$(bash releng/scripts/find-jdk.sh)
export JAVA_HOME
mkdir -p target
status=0
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@" 2>&1 | tee target/build.log || status=$?
smoke=skipped
if [ "$status" -eq 0 ]; then
  # the product was just built: tell ./annolab so it does not build it again
  touch releng/io.annolab.product/target/products/io.annolab.product/linux/gtk/x86_64/.annolab-built
  if bash releng/scripts/product-smoke-test.sh; then smoke=passed; else smoke=failed; status=1; fi
fi
# Sum the per-bundle Surefire summaries (the lines without " -- in ").
read -r run failed errors skipped < <(grep -E '^\[?[A-Z]*\]? ?Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' target/build.log \
  | sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+), Skipped: ([0-9]+)/\1 \2 \3 \4/' \
  | awk '{r+=$1; f+=$2; e+=$3; s+=$4} END {print r+0, f+0, e+0, s+0}')
passed=$((run - failed - errors - skipped))
[ "$smoke" = passed ] && passed=$((passed + 1))
[ "$smoke" = failed ] && failed=$((failed + 1))
echo "all tests: $passed passed, $((failed + errors)) failed, $skipped skipped"
exit "$status"
