#!/usr/bin/env bash
# End-to-end check of the built product, as a user starts it: ./annolab creates the demo project
# and opens the workbench on a virtual display; the test waits for the "Annolab" window, takes a
# screenshot, and runs the command line once. Prints one closing line; exits 1 on failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
display=:$((90 + RANDOM % 400))
cleanup() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "product smoke test: FAILED: $*"; echo "product smoke test: 0 passed, 1 failed"; exit 1; }

Xvfb "$display" -screen 0 1280x900x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
export DISPLAY=$display ANNOLAB_DEMO="$work/demo"
start=$(date +%s.%N)
"$root/annolab" > "$work/app.log" 2>&1 & app=$!
for _ in $(seq 1 120); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Annolab'; then break; fi
  kill -0 "$app" 2>/dev/null || fail "the workbench exited: $(tail -5 "$work/app.log")"
  sleep 0.5
done
xwininfo -root -tree | grep -q '"Annolab' || fail "no Annolab window within 60 s: $(tail -5 "$work/app.log")"
shown=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
sleep 2
mkdir -p "$root/target"
import -window root "$root/target/product-smoke-test.png" 2>/dev/null || true
[ -f "$ANNOLAB_DEMO/annolab-project.json" ] || fail "the demo project was not created"
grep -q "SEVERE\|Exception" "$work/app.log" && fail "errors in the workbench log: $(grep -m3 'SEVERE\|Exception' "$work/app.log")"
"$root/annolab" info "$ANNOLAB_DEMO" | grep -q "project: Annolab demo" || fail "annolab info does not describe the demo project"
# The CLI runs on a reduced bundle set: every format bundle of the product must still resolve in it.
"$root/annolab" formats > "$work/formats.txt" 2>&1 || fail "annolab formats failed: $(tail -3 "$work/formats.txt")"
grep -q "Could not resolve\|FrameworkEvent ERROR" "$work/formats.txt" && fail "bundles do not resolve in the CLI: $(grep -m2 'resolve' "$work/formats.txt")"
for bundle in "$root"/bundles/io.annolab.formats.*/plugin.xml; do
  name=$(basename "$(dirname "$bundle")")
  grep -q " $name\$" "$work/formats.txt" || fail "the CLI does not list the formats of $name"
done
printf 'product smoke test: demo created and window shown in %.1f s (screenshot target/product-smoke-test.png); CLI answers\n' "$shown"
