#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer (Tycho 5 and Eclipse 4.39 need 21+): JAVA_HOME if it is
# new enough, else Temurin 25 where this project's machines have it, else any JDK 21+ under
# /usr/lib/jvm. Exits 1 with a message when there is none.
version_of() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
  v=$(version_of "$candidate")
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$candidate"; exit 0; fi
done
echo "annolab: no JDK 21 or newer found (JAVA_HOME or /usr/lib/jvm). Install one (e.g. Temurin 25) and set JAVA_HOME." >&2
exit 1
