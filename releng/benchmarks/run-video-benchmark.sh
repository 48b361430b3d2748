#!/usr/bin/env bash
# Video benchmark (issue 5): stepping and random seeks through 30 s of 1080p H.264 (keyframe every 2 s)
# with the frame cache, as the player uses it; median, p95 and worst per frame against the targets
# step <= 30 ms and seek <= 150 ms. Runs the harness releng/io.annolab.video.benchmark in the OSGi runtime;
# the video is generated once into releng/io.annolab.video.benchmark/target/ (about a minute) and the
# figures are printed and kept in releng/io.annolab.video.benchmark/target/video-benchmark.txt.
# Run from the repository root: releng/benchmarks/run-video-benchmark.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-$(releng/scripts/find-jdk.sh)}
mkdir -p target
./mvnw -B -q -o verify -Dannolab.benchmark.video.run \
  -pl releng/emf-codegen,releng/io.annolab.video.benchmark -am -Dtest=VideoBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DskipTests=false > target/video-benchmark-build.log 2>&1 || { tail -40 target/video-benchmark-build.log; exit 1; }
cat releng/io.annolab.video.benchmark/target/video-benchmark.txt
