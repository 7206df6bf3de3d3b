# Sourced by bench/chat-latency.sh and bench/load.sh, not run on its own: the stack a bench runs against, started
# through ./dev.sh on ports from a base with a fresh data dir, in guided mode, and always stopped when the bench exits.
# The caller is in the repository root and has set ROOT and SERVICES (comma-separated modules for L2L_SERVICES).

# stack_parse_args "$@": no argument (build only if a needed jar is missing) or --build (build in any case).
stack_parse_args() {
  BUILD=auto
  case "${1:-}" in
    --build) BUILD=yes ;;
    "") ;;
    *) echo "usage: $0 [--build]" >&2; exit 2 ;;
  esac
}

stack_needs_build() {
  [[ -d devstack/target/classes && -d devstack/target/lib ]] || return 0
  local module
  for module in ${SERVICES//,/ }; do
    [[ -f "$module/target/quarkus-app/quarkus-run.jar" ]] || return 0
  done
  return 1
}

stack_build_if_needed() {
  if [[ "$BUILD" == yes ]] || stack_needs_build; then
    echo "Building (./mvnw -o -B -q install -DskipTests, under /tmp/l2l-build.lock)..."
    flock /tmp/l2l-build.lock ./mvnw -o -B -q install -DskipTests
  fi
}

# stack_ports BASE: gateway +0, agent +1, booking +2, ingestion +3, embedding +4, notification +5, Kafka +1000/+1001,
# Mongo +2000, SMTP +3000, mailbox +3001 (exported for ./dev.sh).
stack_ports() {
  local base="$1"
  export GATEWAY_PORT=$base AGENT_PORT=$((base + 1)) BOOKING_PORT=$((base + 2)) INGESTION_PORT=$((base + 3))
  export EMBEDDING_PORT=$((base + 4)) NOTIFICATION_PORT=$((base + 5))
  export KAFKA_PORT=$((base + 1000)) KAFKA_CONTROLLER_PORT=$((base + 1001)) MONGO_PORT=$((base + 2000))
  export SMTP_PORT=$((base + 3000)) MAILBOX_PORT=$((base + 3001))
}

# stack_require_free_ports [PORT...]: the gateway's, agent's, booking's and the infrastructure's ports, and the
# caller's own; exits 1 at the first one in use.
stack_require_free_ports() {
  local port
  for port in $GATEWAY_PORT $AGENT_PORT $BOOKING_PORT "$@" $KAFKA_PORT $KAFKA_CONTROLLER_PORT $MONGO_PORT \
      $SMTP_PORT $MAILBOX_PORT; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is in use; set BENCH_PORT_BASE to another base" >&2
      exit 1
    fi
  done
}

# stack_env RUN_DIR: a fresh DATA_DIR under RUN_DIR and the launcher's environment for this run only.
stack_env() {
  RUN_DIR="$1"
  DATA_DIR="$RUN_DIR/data-$(date +%Y%m%d-%H%M%S)-$$"
  mkdir -p "$RUN_DIR"
  export L2L_DATA_DIR="$DATA_DIR" L2L_SERVICES="$SERVICES" L2L_READY_TIMEOUT_SECONDS="${L2L_READY_TIMEOUT_SECONDS:-240}"
  export L2L_SERVICE_JAVA_OPTS="${L2L_SERVICE_JAVA_OPTS:--Xmx384m}"
  export L2L_KAFKA_JAVA_OPTS="${L2L_KAFKA_JAVA_OPTS:--Xms128m -Xmx512m -XX:+UseSerialGC}"
  # Guided mode whatever the caller's environment says: no model, no network; the embedded Kafka, store and SMTP.
  export AGENT_MODE=guided
  unset AGENT_LLM_BASE_URL OPENAI_BASE_URL OPENAI_API_KEY KAFKA_BOOTSTRAP_SERVERS MONGODB_URI SMTP_HOST
  # The gateway's chat rate limits (defaults 10 sessions/min per address, 20 messages/min per session, 60 messages/min
  # per address) would refuse a load test from one address: raised for this run only, through the gateway's env.
  export CHAT_IP_SESSIONS_PER_MINUTE=1000000 CHAT_SESSION_MESSAGES_PER_MINUTE=100000 CHAT_IP_MESSAGES_PER_MINUTE=10000000
}

LAUNCHER_PID=""
stack_stop() {
  if [[ -n "$LAUNCHER_PID" ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    echo "Stopping the stack (launcher pid $LAUNCHER_PID)..."
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
    for _ in $(seq 1 120); do
      kill -0 "$LAUNCHER_PID" 2>/dev/null || break
      sleep 0.5
    done
  fi
  # Children of a launcher that could not stop them (recorded in the data dir): stopped by the launcher's own tool.
  ./dev.sh stop >/dev/null 2>&1 || true
  if [[ "${BENCH_KEEP_DATA:-0}" != 1 && -d "$DATA_DIR" ]]; then
    rm -rf "$DATA_DIR"
  fi
}

# stack_start: ./dev.sh --no-build in the background (its output in DATA_DIR.launcher.log), stopped on exit; returns
# once the launcher says the stack is up, sets LAUNCHER_PID.
stack_start() {
  LAUNCHER_LOG="$DATA_DIR.launcher.log"
  trap stack_stop EXIT
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
}
