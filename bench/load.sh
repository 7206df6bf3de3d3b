#!/usr/bin/env bash
# Benchmark (not a test): N prospects at once chat through the whole flow over the gateway's WebSocket (greeting,
# area/bedrooms/budget, move-in, pets → listings, a listing → tour times, a time, name + email + phone → booked and
# the confirmation email sent, one more question), conversation after conversation, for a warm-up and then a fixed
# time. Prints turns/s, p50/p95/p99 turn latency, bookings/s, errors and the RSS (VmRSS) of each service JVM, the
# Kafka broker and the launcher JVM (Mongo-wire store + SMTP) idle, after the warm-up, each minute and at the end;
# then reconciles Kafka, MongoDB and the mailbox against the tours the prospects were told were booked
# (docs/reliability.md). Exit 0 only with no error and nothing lost or doubled.
#
#   bench/load.sh            build if a needed jar is missing, start booking-service, agent-service, chat-gateway and
#                            notification-service on ports 48080.. with a fresh data dir under target/load-bench/,
#                            run, print, and always stop the stack
#   bench/load.sh --build    build first in any case (./mvnw -o install -DskipTests under the build lock, as
#                            bench/chat-latency.sh does)
#
# Env: BENCH_PROSPECTS (8, at most 64), BENCH_SECONDS (120 measured, at most 1800), BENCH_WARMUP_SECONDS (30, at
# most 300), BENCH_THINK_MS (1000: think time ±50 % before each message, at most 60000), BENCH_PORT_BASE (48080:
# gateway +0, agent +1, booking +2, notification +5, Kafka +1000/+1001, Mongo +2000, SMTP +3000, mailbox +3001),
# BENCH_RECONCILE=0 (skip the reconciliation), BENCH_KEEP_DATA=1 (keep the data dir), L2L_SERVICE_JAVA_OPTS
# ("-Xmx384m" here) and L2L_KAFKA_JAVA_OPTS ("-Xms128m -Xmx512m -XX:+UseSerialGC"), as bench/chat-latency.sh.
# The driver refuses a non-loopback gateway and values beyond the caps (LoadPlan).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
source bench/lib/stack.sh

stack_parse_args "$@"
SERVICES="booking-service,agent-service,chat-gateway,notification-service"
stack_build_if_needed

stack_ports "${BENCH_PORT_BASE:-48080}"
stack_require_free_ports $NOTIFICATION_PORT
stack_env "$ROOT/target/load-bench"
stack_start
echo "Stack: $SERVICES · AGENT_MODE=guided · service JVM options: $L2L_SERVICE_JAVA_OPTS · Kafka broker: $L2L_KAFKA_JAVA_OPTS"

set +e
BENCH_GATEWAY="http://127.0.0.1:$GATEWAY_PORT" BENCH_STACK_PID="$LAUNCHER_PID" \
  java -Xmx512m -cp "devstack/target/classes:devstack/target/lib/*" com.leadtolease.devstack.bench.LoadBench
STATUS=$?
set -e
exit $STATUS
