#!/usr/bin/env bash
# Benchmark (not a test): N concurrent bookings of one tour slot through the gateway; exactly one may win.
#
#   bench/booking-contention.sh              build (tests skipped), start the stack on free ports with a fresh
#                                            data dir under devstack/target/bench/, fire, report, stop
#   bench/booking-contention.sh --no-build   skip the build
#
# Env: BENCH_REQUESTS (500), BENCH_WARMUP (10 warm-up bookings of other slots), L2L_SERVICE_JAVA_OPTS,
# L2L_READY_TIMEOUT_SECONDS. Exit code 0 only when exactly one booking succeeded and the slot is gone.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  --no-build) ;;
  "") ./mvnw -B -q -DskipTests package ;;
  *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
esac

exec java -Xmx768m -cp "devstack/target/classes:devstack/target/lib/*" \
  com.leadtolease.devstack.bench.BookingContentionBench
