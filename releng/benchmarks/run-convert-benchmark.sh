#!/usr/bin/env bash
# Conversion benchmark (issue 3): generates the deterministic COCO sets (small: 5,000 images and
# 50,000 polygons; large: 118,000 images and 860,000 annotations) and times whole `./annolab`
# processes, start-up included: import (info reads every item) and each conversion.
# Run from the repository root after a build: releng/benchmarks/run-convert-benchmark.sh [small|large|both] [FORMAT...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/releng/benchmarks"
JAVA_HOME=$(bash "$root/releng/scripts/find-jdk.sh"); export JAVA_HOME
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
sets=${1:-both}; shift || true
targets=${*:-datumaro yolo voc}
work=${ANNOLAB_BENCH_DIR:-$(mktemp -d)}
outputs=()
trap 'rm -rf "${outputs[@]}"' EXIT

# Flushes what earlier runs wrote; as root also drops the page, inode and dentry caches (millions
# of cached inodes from earlier outputs slow down creating new ones), then reads the input, the
# product and the JDK back in (a start that is warm, as a user's second command is).
settle() {
  sync
  if [ -w /proc/sys/vm/drop_caches ]; then
    echo 3 > /proc/sys/vm/drop_caches
    find "$1" "$root/releng/io.annolab.product/target/products" "$JAVA_HOME/" -type f -exec cat {} + > /dev/null
    "$root/annolab" formats > /dev/null
  fi
}
for set in small large; do
  [ "$sets" = both ] || [ "$sets" = "$set" ] || continue
  data="$work/coco-$set"
  [ -f "$data/annotations/instances_default.json" ] || "$JAVA_HOME/bin/java" -cp "$cp" io.annolab.releng.benchmarks.CocoBenchmarkData "$set" "$data"
  echo "== $set"
  settle "$data"
  /usr/bin/time -f "import (annolab info): %e s, %M KB max RSS" "$root/annolab" info -if coco_instances "$data" > /dev/null
  for target in $targets; do
    # Each run starts from the same state: a new output folder, nothing of the last run still being
    # written back, and (as root) the file system's caches emptied, the input read back in. Outputs
    # are removed only at the end: deleting ~10^5 files makes ext4 (mounted with discard) slow at
    # creating the next ones for a while.
    out="$work/out-$set-$target-$(date +%s%N)"
    outputs+=("$out")
    settle "$data"
    if /usr/bin/time -f "convert to $target: %e s, %M KB max RSS" "$root/annolab" convert -if coco_instances -i "$data" -f "$target" -o "$out" > "$work/$set-$target.log" 2>&1; then
      tail -1 "$work/$set-$target.log"
    else
      echo "convert to $target: not available ($(tail -1 "$work/$set-$target.log"))"
    fi
  done
done
