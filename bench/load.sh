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

BUILD=auto
case "${1:-}" in
  --build) BUILD=yes ;;
  "") ;;
  *) echo "usage: $0 [--build]" >&2; exit 2 ;;
esac

SERVICES="booking-service,agent-service,chat-gateway,notification-service"
needs_build() {
  [[ -d devstack/target/classes && -d devstack/target/lib ]] || return 0
  local module
  for module in ${SERVICES//,/ }; do
    [[ -f "$module/target/quarkus-app/quarkus-run.jar" ]] || return 0
  done
  return 1
}
if [[ "$BUILD" == yes ]] || needs_build; then
  echo "Building (./mvnw -o -B -q install -DskipTests, under /tmp/l2l-build.lock)..."
  flock /tmp/l2l-build.lock ./mvnw -o -B -q install -DskipTests
fi

BASE="${BENCH_PORT_BASE:-48080}"
export GATEWAY_PORT=$BASE AGENT_PORT=$((BASE + 1)) BOOKING_PORT=$((BASE + 2)) INGESTION_PORT=$((BASE + 3))
export EMBEDDING_PORT=$((BASE + 4)) NOTIFICATION_PORT=$((BASE + 5))
export KAFKA_PORT=$((BASE + 1000)) KAFKA_CONTROLLER_PORT=$((BASE + 1001)) MONGO_PORT=$((BASE + 2000))
export SMTP_PORT=$((BASE + 3000)) MAILBOX_PORT=$((BASE + 3001))
for port in $GATEWAY_PORT $AGENT_PORT $BOOKING_PORT $NOTIFICATION_PORT $KAFKA_PORT $KAFKA_CONTROLLER_PORT \
    $MONGO_PORT $SMTP_PORT $MAILBOX_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use; set BENCH_PORT_BASE to another base" >&2
    exit 1
  fi
done

RUN_DIR="$ROOT/target/load-bench"
DATA_DIR="$RUN_DIR/data-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$RUN_DIR"
export L2L_DATA_DIR="$DATA_DIR" L2L_SERVICES="$SERVICES" L2L_READY_TIMEOUT_SECONDS="${L2L_READY_TIMEOUT_SECONDS:-240}"
export L2L_SERVICE_JAVA_OPTS="${L2L_SERVICE_JAVA_OPTS:--Xmx384m}"
export L2L_KAFKA_JAVA_OPTS="${L2L_KAFKA_JAVA_OPTS:--Xms128m -Xmx512m -XX:+UseSerialGC}"
# Guided mode whatever the caller's environment says: no model, no network; the embedded Kafka, store and SMTP.
export AGENT_MODE=guided
unset AGENT_LLM_BASE_URL OPENAI_BASE_URL OPENAI_API_KEY KAFKA_BOOTSTRAP_SERVERS MONGODB_URI SMTP_HOST
# The gateway's chat rate limits would refuse a load test from one address: raised for this run only.
export CHAT_IP_SESSIONS_PER_MINUTE=1000000 CHAT_SESSION_MESSAGES_PER_MINUTE=100000 CHAT_IP_MESSAGES_PER_MINUTE=10000000

LAUNCHER_LOG="$DATA_DIR.launcher.log"
LAUNCHER_PID=""
stop_stack() {
  if [[ -n "$LAUNCHER_PID" ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    echo "Stopping the stack (launcher pid $LAUNCHER_PID)..."
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
    for _ in $(seq 1 120); do
      kill -0 "$LAUNCHER_PID" 2>/dev/null || break
      sleep 0.5
    done
  fi
  ./dev.sh stop >/dev/null 2>&1 || true
  if [[ "${BENCH_KEEP_DATA:-0}" != 1 && -d "$DATA_DIR" ]]; then
    rm -rf "$DATA_DIR"
  fi
}
trap stop_stack EXIT
trap 'exit 130' INT TERM

echo "Starting $SERVICES on ports $GATEWAY_PORT.. (Kafka $KAFKA_PORT, Mongo-wire $MONGO_PORT), data $DATA_DIR"
./dev.sh --no-build >"$LAUNCHER_LOG" 2>&1 &
LAUNCHER_PID=$!
until grep -q "Lead-to-Lease is up" "$LAUNCHER_LOG" 2>/dev/null; do
  if ! kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    echo "The stack did not start:" >&2
    tail -40 "$LAUNCHER_LOG" >&2
    exit 1
  fi
  sleep 1
done
grep "Lead-to-Lease is up" "$LAUNCHER_LOG"
echo "Stack: $SERVICES · AGENT_MODE=guided · service JVM options: $L2L_SERVICE_JAVA_OPTS · Kafka broker: $L2L_KAFKA_JAVA_OPTS"

set +e
BENCH_GATEWAY="http://127.0.0.1:$GATEWAY_PORT" BENCH_STACK_PID="$LAUNCHER_PID" \
  java -Xmx512m -cp "devstack/target/classes:devstack/target/lib/*" com.leadtolease.devstack.bench.LoadBench
STATUS=$?
set -e
exit $STATUS
