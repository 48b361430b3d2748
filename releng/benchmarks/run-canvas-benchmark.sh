#!/usr/bin/env bash
# Canvas benchmark (issue 4): 10,000 polygons of 20 vertices on a 10,000 x 10,000 image in the real
# editor canvas under Xvfb; median and worst redraw for pan and zoom, select and drag one shape.
# Runs the harness releng/io.annolab.canvas.benchmark in the OSGi runtime; figures are printed and
# kept in releng/io.annolab.canvas.benchmark/target/canvas-benchmark.txt.
# Run from the repository root: releng/benchmarks/run-canvas-benchmark.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-$(releng/scripts/find-jdk.sh)}
xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -B -q -o verify -Dannolab.benchmark.canvas.run \
  -pl releng/emf-codegen,releng/io.annolab.canvas.benchmark -am -Dtest=CanvasBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DskipTests=false > target/canvas-benchmark-build.log 2>&1 || { tail -40 target/canvas-benchmark-build.log; exit 1; }
cat releng/io.annolab.canvas.benchmark/target/canvas-benchmark.txt
