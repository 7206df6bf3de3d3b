#!/usr/bin/env bash
# Benchmark (not a test): ingestion-service throughput on a generated CSV (10 messages per thread), printed as
#   raw CSV parse · parse + segment + text understanding (no storage) · end to end (HTTP upload → job succeeded,
#   MongoDB-wire server and Kafka broker in the same JVM, as in the tests).
#
#   bench/ingestion-throughput.sh [threads]      default 10000 threads = 100,000 messages (~13.6 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
threads="${1:-10000}"
./mvnw -B -q -Pbench -pl ingestion-service -am verify -Dtest=IngestionThroughputBench \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.threads="$threads" 2>&1 | grep -E "^(Bench input|BENCH)"
