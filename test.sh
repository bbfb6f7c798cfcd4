#!/usr/bin/env bash
# Runs every test, as CI does: builds all modules, runs the unit, integration, fuzz-input, hostile-
# input and end-to-end tests, and installs the modules (scripts/fuzz.sh uses them). Finds a JDK 21+
# on its own, like run.sh. Extra arguments go to Maven (e.g. ./test.sh -pl core).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/java-home.sh
echo "Using JDK at $JAVA_HOME"
exec ./mvnw -B -ntp install "$@"
