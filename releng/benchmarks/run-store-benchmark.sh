#!/usr/bin/env bash
# Project store benchmark: save, then open in a fresh JVM, a project of 1,000,000 annotations.
# Run from the repository root after a build (./mvnw verify): releng/benchmarks/run-store-benchmark.sh [N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java" -Xmx4g -cp "$cp" io.annolab.releng.benchmarks.StoreBenchmark generate "$work/project" "${1:-1000000}"
for run in 1 2 3; do
  /usr/bin/time -f "  process: %e s wall, %M KB max RSS" "$java" -Xmx1g -cp "$cp" io.annolab.releng.benchmarks.StoreBenchmark load "$work/project"
done
