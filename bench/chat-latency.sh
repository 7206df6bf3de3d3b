#!/usr/bin/env bash
# Benchmark (not a test): chat turn latency over WebSocket → chat-gateway → Kafka → agent-service (guided mode) and
# back, for N concurrent chat sessions, next to a bare Kafka produce→consume round trip on the same broker and the
# agent's own turn time (POST /api/agent/reply, no Kafka). Prints one table.
#
#   bench/chat-latency.sh              build if a needed jar is missing, start booking-service, agent-service and
#                                      chat-gateway on non-default ports with a fresh data dir under
#                                      target/chat-latency-bench/, run, print, and always stop the stack
#   bench/chat-latency.sh --build      build first in any case (./mvnw -o install -DskipTests, under the build lock)
#
# Env: BENCH_SESSIONS (50), BENCH_CONVERSATIONS (4 measured conversations per session, after BENCH_WARMUP = 8
# warm-up conversations each: with only one, the JIT compilers still took half the CPU while measuring),
# BENCH_ROUNDTRIPS (2000 bare Kafka round trips), BENCH_POLICY_CONVERSATIONS (30),
# BENCH_THINK_MS (3000: think time before each message in a second, paced pass of one conversation per session,
# to show a turn's latency below saturation; 0 skips it),
# BENCH_PORT_BASE (38080: gateway +0, agent +1, booking +2, ..., Kafka +1000/+1001, Mongo +2000, SMTP +3000,
# mailbox +3001), BENCH_WITH_EMBEDDING=1 (also start embedding-service), L2L_SERVICE_JAVA_OPTS (default here
# "-Xmx384m": full JIT, unlike ./dev.sh's quick-start C1-only default) and L2L_KAFKA_JAVA_OPTS (likewise, for the
# broker: "-Xms128m -Xmx512m -XX:+UseSerialGC"), BENCH_KEEP_DATA=1 (keep the data dir),
# BENCH_JFR=1 (record a Flight Recorder CPU profile of every JVM of the stack from "up" to the end of the bench, into
# target/chat-latency-bench/jfr-*/NAME.jfr; summarize with bench/jfr-top.sh).
#
# BENCH_MODE=slow-tool: agent-service reaches booking-service through a proxy in the bench (port base +6) that holds
# one conversation's listing searches (Sugar Land) for BENCH_SLOW_MS (3000, under the agent's 5 s read timeout);
# that conversation chats without pause while BENCH_SESSIONS (here 8) others chat paced (BENCH_THINK_MS, here 1000),
# BENCH_WARMUP (here 2) flat-out warm-up + BENCH_CONVERSATIONS (here 2) measured conversations each; prints the other
# conversations' turn latency. Compare with AGENT_CHAT_CONCURRENCY=1 (one turn at a time in agent-service).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
source bench/lib/stack.sh

stack_parse_args "$@"

SERVICES="booking-service,agent-service,chat-gateway"
if [[ "${BENCH_WITH_EMBEDDING:-0}" == 1 ]]; then
  SERVICES="$SERVICES,embedding-service"
fi
stack_build_if_needed

# The bench's class path: kafka-clients, Jackson and slf4j exactly as chat-gateway ships them, slf4j-nop from ~/.m2,
# and devstack's classes (its ChatSocket speaks the chat protocol, as for bench/load.sh).
LIB=chat-gateway/target/quarkus-app/lib/main
jar() {
  local found
  found="$(ls "$LIB"/"$1"-[0-9]*.jar 2>/dev/null | head -1)"
  [[ -n "$found" ]] || { echo "no $1 jar in $LIB" >&2; exit 1; }
  echo "$found"
}
SLF4J_VERSION="$(basename "$(jar org.slf4j.slf4j-api)" .jar)"
SLF4J_VERSION="${SLF4J_VERSION#org.slf4j.slf4j-api-}"
SLF4J_NOP="$HOME/.m2/repository/org/slf4j/slf4j-nop/$SLF4J_VERSION/slf4j-nop-$SLF4J_VERSION.jar"
[[ -f "$SLF4J_NOP" ]] || SLF4J_NOP="$(ls "$HOME"/.m2/repository/org/slf4j/slf4j-nop/2.*/slf4j-nop-2.*.jar | tail -1)"
CP="$(jar org.apache.kafka.kafka-clients):$(jar com.fasterxml.jackson.core.jackson-core)"
CP="$CP:$(jar com.fasterxml.jackson.core.jackson-databind):$(jar com.fasterxml.jackson.core.jackson-annotations)"
CP="$CP:$(jar org.slf4j.slf4j-api):$SLF4J_NOP:devstack/target/classes"

BASE="${BENCH_PORT_BASE:-38080}"
MODE="${BENCH_MODE:-latency}"
case "$MODE" in
  latency|slow-tool) ;;
  *) echo "BENCH_MODE must be latency or slow-tool" >&2; exit 2 ;;
esac
stack_ports "$BASE"
SLOW_PROXY_PORT=$((BASE + 6))
if [[ "$MODE" == slow-tool ]]; then
  # Only agent-service reads agent.services.booking: its calls go through the bench's slow proxy.
  export AGENT_SERVICES_BOOKING="http://127.0.0.1:$SLOW_PROXY_PORT"
fi
stack_require_free_ports $EMBEDDING_PORT $SLOW_PROXY_PORT

stack_env "$ROOT/target/chat-latency-bench"
stack_start

echo "Machine: $(nproc) cores, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Stack: $SERVICES · AGENT_MODE=guided · AGENT_CHAT_CONCURRENCY=${AGENT_CHAT_CONCURRENCY:-default} · service JVM options: $L2L_SERVICE_JAVA_OPTS · Kafka broker: $L2L_KAFKA_JAVA_OPTS"
echo "Rate limits raised for this run through the gateway's env (defaults unchanged): CHAT_IP_SESSIONS_PER_MINUTE=$CHAT_IP_SESSIONS_PER_MINUTE CHAT_SESSION_MESSAGES_PER_MINUTE=$CHAT_SESSION_MESSAGES_PER_MINUTE CHAT_IP_MESSAGES_PER_MINUTE=$CHAT_IP_MESSAGES_PER_MINUTE"
stack_jvms() { # "pid name" for the launcher and each service JVM it started
  echo "$LAUNCHER_JVM launcher"
  local pid args
  for pid in $(pgrep -P "$LAUNCHER_JVM" java || true); do
    args="$(tr '\0' ' ' <"/proc/$pid/cmdline")"
    case "$args" in
      *quarkus-run.jar*) [[ "$args" =~ ([a-z-]+)/target/quarkus-app/quarkus-run.jar ]] && echo "$pid ${BASH_REMATCH[1]}" ;;
      *kafka.Kafka*) echo "$pid kafka" ;;
    esac
  done
}
JFR_DIR=""
if [[ "${BENCH_JFR:-0}" == 1 ]]; then
  LAUNCHER_JVM="$LAUNCHER_PID" # dev.sh execs the launcher JVM
  JFR_DIR="$RUN_DIR/jfr-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$JFR_DIR"
  while read -r pid name; do
    jcmd "$pid" JFR.start name=bench settings=profile filename="$JFR_DIR/$name.jfr" >/dev/null
  done < <(stack_jvms)
  echo "Flight Recorder profiles of the stack's JVMs go to $JFR_DIR"
fi
if [[ "$MODE" == slow-tool ]]; then
  java -Xmx512m -cp "$CP" bench/ChatLatencyBench.java mode=slow-tool \
    gateway="http://127.0.0.1:$GATEWAY_PORT" booking="http://127.0.0.1:$BOOKING_PORT" slowProxyPort="$SLOW_PROXY_PORT" \
    slowMs="${BENCH_SLOW_MS:-3000}" sessions="${BENCH_SESSIONS:-8}" warmup="${BENCH_WARMUP:-2}" \
    conversations="${BENCH_CONVERSATIONS:-2}" thinkMs="${BENCH_THINK_MS:-1000}"
else
java -Xmx512m -cp "$CP" bench/ChatLatencyBench.java \
  gateway="http://127.0.0.1:$GATEWAY_PORT" agent="http://127.0.0.1:$AGENT_PORT" kafka="127.0.0.1:$KAFKA_PORT" \
  credentials="$DATA_DIR/auth/dev-credentials.json" stackPid="$LAUNCHER_PID" sessions="${BENCH_SESSIONS:-50}" conversations="${BENCH_CONVERSATIONS:-4}" warmup="${BENCH_WARMUP:-8}" \
  thinkMs="${BENCH_THINK_MS:-3000}" roundtrips="${BENCH_ROUNDTRIPS:-2000}" policyConversations="${BENCH_POLICY_CONVERSATIONS:-30}"
fi
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "$JFR_DIR" ]]; then
  while read -r pid name; do
    jcmd "$pid" JFR.stop name=bench >/dev/null || echo "could not stop the recording of $name ($pid)" >&2
  done < <(stack_jvms)
  ls -l "$JFR_DIR"
fi
