#!/usr/bin/env bash
# Builds Annolab and runs every test, the UI tests on a virtual display.
# On a bare machine it first installs Xvfb and GTK (as root, with apt-get).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v xvfb-run >/dev/null || ! dpkg -s libgtk-3-0 >/dev/null 2>&1; then
  bash releng/scripts/install-system-deps.sh
fi
JAVA_HOME=$(bash releng/scripts/find-jdk.sh)
export JAVA_HOME
exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@"
