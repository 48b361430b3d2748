#!/usr/bin/env bash
# Installs what a bare Debian machine lacks to build and test Annolab: a virtual display for
# the UI tests and the GTK libraries SWT draws with. Needs root (apt-get); does nothing when
# everything is there.
set -euo pipefail
missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v import >/dev/null && import -version >/dev/null 2>&1 || missing+=(imagemagick)
dpkg -s x11-utils >/dev/null 2>&1 || missing+=(x11-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! bash "$(dirname "$0")/find-jdk.sh" >/dev/null 2>&1; then
  echo "installing a JDK 21+ from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq openjdk-21-jdk-headless >/dev/null || apt-get install -y -qq openjdk-25-jdk-headless >/dev/null
fi
