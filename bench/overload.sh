#!/usr/bin/env bash
# Runs the hostile-client tests that measure (stalled bodies, sign-in guessing and timing) and prints what they
# measured, for bench/RESULTS.md. Uses the datasource variables of the shell, like the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -B verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='StalledBodiesTest,SignInGuessingTest' | tee target/overload-bench.log \
  | grep -E '^(stalled bodies|sign-in)|Tests run:|BUILD'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
