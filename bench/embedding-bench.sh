#!/usr/bin/env bash
# embedding-service benchmarks (not tests): local vector search recall/latency and embedding pipeline throughput.
#   bench/embedding-bench.sh [search|pipeline|all]
# Extra args go to the JVM main: search [vectors dims queries clusters], pipeline [messages batch].
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"; shift || true
module=embedding-service
flock /tmp/l2l-build.lock ./mvnw -B -q -pl "$module" -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")"
mkdir -p "$module/target/tmp" "$module/target/djl"
jvm=(java -Xmx3g ${BENCH_JVM_OPTS:-} -Djava.io.tmpdir="$module/target/tmp" -DDJL_CACHE_DIR="$module/target/djl" -cp "$cp")
export DJL_CACHE_DIR="$PWD/$module/target/djl"
if [[ "$what" == search || "$what" == all ]]; then
  "${jvm[@]}" com.leadtolease.embedding.bench.VectorSearchBenchmark "$@"
fi
if [[ "$what" == pipeline || "$what" == all ]]; then
  "${jvm[@]}" com.leadtolease.embedding.bench.EmbeddingPipelineBenchmark "$@"
fi
