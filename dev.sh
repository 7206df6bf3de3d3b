#!/usr/bin/env bash
# Lead-to-Lease local stack, no Docker: Kafka (KRaft), a Mongo-wire store on disk, SMTP + web mailbox, six services.
#
#   ./dev.sh              build (./mvnw package, tests skipped) and start; Ctrl-C stops everything it started
#   ./dev.sh --no-build   start without building
#   ./dev.sh stop         stop a stack started from another terminal
#   ./dev.sh redrive <dlq-topic> [--bootstrap host:port] [--max N] [--dry-run]
#                         re-publish a dead-letter topic's records to their topic (docs/reliability.md)
#   ./dev.sh reconcile [--settle S]  count chat replies, tours, emails and Kafka records of the running stack and
#                         report anything lost or doubled (exit 0 consistent, 1 lost/doubled, 2 unreadable);
#                         --settle waits up to S seconds for events still in flight (docs/reliability.md)
#   ./dev.sh eval [--no-build]  the persona evaluation (docs/evaluation.md): builds, starts a fresh stack on free
#                         ports (guided; EVAL_MODE=llm with the agent's LLM keys), writes docs/evaluation.{md,json};
#                         GATEWAY_URL=... evaluates a running stack instead; EVAL_SETS=eval/sets-heldout
#                         EVAL_OUT=docs/heldout runs the held-out sets
#
# Configuration (env): L2L_DATA_DIR (default ./data), GATEWAY_PORT 8080, AGENT_PORT 8081, BOOKING_PORT 8082,
# INGESTION_PORT 8083, EMBEDDING_PORT 8084, NOTIFICATION_PORT 8085, KAFKA_PORT 9092, KAFKA_CONTROLLER_PORT 9093,
# MONGO_PORT 27017, SMTP_PORT 2525, MAILBOX_PORT 8025, L2L_SERVICES (subset, e.g. booking-service,chat-gateway),
# L2L_READY_TIMEOUT_SECONDS 180, L2L_SERVICE_JAVA_OPTS, L2L_KAFKA_JAVA_OPTS (the broker JVM), DEVSTACK_JAVA_OPTS
# (the launcher JVM, default -Xmx1536m: it holds the Mongo-wire store, which answers a query by loading every
# matching document, e.g. ~145,000 threads for a listing after a 200 MB upload).
# Set KAFKA_BOOTSTRAP_SERVERS, MONGODB_URI or SMTP_HOST to use your own instead of the embedded one.
# Secrets are generated once into the data dir unless set: PII_HASH_SECRET, CHAT_TOKEN_SECRET, CHAT_INVITE_SECRET
# (gateway + notification-service), TOUR_LINK_SECRET, WEBHOOK_ZAPIER_SECRET, WEBHOOK_CRM_SECRET (sign inbound
# webhooks with data/webhook-*-secret, docs/integrations.md).
set -euo pipefail

cd "$(dirname "$0")"
ROOT="$(pwd)"
DATA_DIR="${L2L_DATA_DIR:-data}"
case "$DATA_DIR" in /*) ;; *) DATA_DIR="$ROOT/$DATA_DIR" ;; esac
PID_FILE="$DATA_DIR/devstack.pid"

usage() {
  sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'
}

# Children of a launcher that was killed outright (recorded with pid + start time in children.pids).
stop_leftovers() {
  if [[ -f "$DATA_DIR/children.pids" && -d devstack/target/classes ]]; then
    L2L_DATA_DIR="$DATA_DIR" java -cp "devstack/target/classes:devstack/target/lib/*" \
      com.leadtolease.devstack.Launcher --stop-leftovers
  fi
}

stop_stack() {
  if [[ ! -f "$PID_FILE" ]]; then
    echo "No dev stack is running on $DATA_DIR (no $PID_FILE)."
    stop_leftovers
    return 0
  fi
  local pid
  pid="$(tr -dc '0-9' < "$PID_FILE")"
  if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null; then
    echo "Stale pid file (pid ${pid:-?} is gone); removing it."
    rm -f "$PID_FILE"
    stop_leftovers
    return 0
  fi
  if ! ps -o args= -p "$pid" | grep -q 'com.leadtolease.devstack'; then
    echo "pid $pid in $PID_FILE is not a dev stack launcher; not touching it." >&2
    return 1
  fi
  echo "Stopping the dev stack (pid $pid)..."
  kill -TERM "$pid"
  for _ in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "Stopped."
      return 0
    fi
    sleep 0.5
  done
  echo "The launcher (pid $pid) is still stopping after 60 s; see $DATA_DIR/logs/." >&2
  return 1
}

reconcile() {
  if [[ ! -d devstack/target/classes || ! -d devstack/target/lib ]]; then
    echo "devstack is not built yet: run ./dev.sh (or ./mvnw -DskipTests package) first." >&2
    exit 2
  fi
  L2L_DATA_DIR="$DATA_DIR" exec java -cp "devstack/target/classes:devstack/target/lib/*" \
    com.leadtolease.devstack.reconcile.Reconcile "$@"
}

BUILD=1
case "${1:-}" in
  stop) stop_stack; exit $? ;;
  redrive)
    shift
    if [[ ! -d devstack/target/classes || ! -d devstack/target/lib ]]; then
      echo "devstack is not built yet: run ./dev.sh (or ./mvnw -B -q -DskipTests package) first." >&2
      exit 1
    fi
    exec java -cp "devstack/target/classes:devstack/target/lib/*" com.leadtolease.devstack.DeadLetterRedrive "$@" ;;
  reconcile) shift; reconcile "$@" ;;
  eval)
    if [[ "${2:-}" != "--no-build" ]]; then
      echo "Building (./mvnw -B -q -DskipTests package -pl eval -am)..."
      ./mvnw -B -q -DskipTests package -pl eval -am
    fi
    if [[ ! -d eval/target/classes || ! -d eval/target/lib ]]; then
      echo "eval is not built yet: run ./dev.sh eval without --no-build." >&2
      exit 1
    fi
    # shellcheck disable=SC2086
    exec java ${DEVSTACK_JAVA_OPTS:--Xmx1536m} -cp "eval/target/classes:eval/target/lib/*" com.leadtolease.eval.EvalMain ;;
  --no-build) BUILD=0 ;;
  -h|--help|help) usage; exit 0 ;;
  "") ;;
  *) echo "Unknown argument: $1" >&2; usage >&2; exit 2 ;;
esac

if ! command -v java >/dev/null 2>&1; then
  echo "java not found: install a JDK 17+ (e.g. apt install openjdk-17-jdk)." >&2
  exit 1
fi

if [[ "$BUILD" == 1 ]]; then
  echo "Building (./mvnw -B -q -DskipTests package)..."
  ./mvnw -B -q -DskipTests package
fi

if [[ ! -d devstack/target/classes || ! -d devstack/target/lib ]]; then
  echo "devstack is not built yet: run ./dev.sh without --no-build." >&2
  exit 1
fi

# shellcheck disable=SC2086
exec java ${DEVSTACK_JAVA_OPTS:--Xmx1536m} -cp "devstack/target/classes:devstack/target/lib/*" \
  com.leadtolease.devstack.Launcher
