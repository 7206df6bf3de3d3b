#!/usr/bin/env bash
# Summarizes Flight Recorder CPU samples (jdk.ExecutionSample) of one .jfr file: the hottest methods by top frame
# (self time) and by any frame on the stack (inclusive), restricted with a package filter if given.
#
#   bench/jfr-top.sh FILE.jfr [N=25] [INCLUSIVE_FILTER=com.leadtolease, "" for every frame] [SINCE=HH:MM:SS, e.g. the
#   end of the warm-up]
set -euo pipefail
FILE="$1"; N="${2:-25}"; FILTER="${3-com.leadtolease}"; SINCE="${4:-00:00:00}"
SAMPLES="$(mktemp)"
trap 'rm -f "$SAMPLES"' EXIT
# One sample per paragraph; samples before SINCE dropped.
jfr print --events jdk.ExecutionSample --stack-depth 64 "$FILE" | awk -v since="$SINCE" '
  /^jdk.ExecutionSample/ {keep=1; buf=$0 "\n"; next}
  /startTime = / {split($0, t, "= "); keep = (substr(t[2], 1, 8) >= since)}
  {buf = buf $0 "\n"}
  /^}/ {if (keep) printf "%s", buf; buf=""}' >"$SAMPLES"
TOTAL="$(grep -c '^jdk.ExecutionSample' "$SAMPLES" || true)"
echo "== $FILE: $TOTAL samples"
echo "-- self (top frame)"
awk '/stackTrace = \[/{getline; sub(/^[ \t]+/,""); sub(/line:.*/,""); print}' "$SAMPLES" \
  | sort | uniq -c | sort -rn | head -"$N" | awk -v t="$TOTAL" '{printf "%5.1f%% %s\n", 100*$1/t, substr($0, index($0,$2))}'
echo "-- inclusive, frames matching $FILTER (each counted once per sample)"
awk -v f="$FILTER" '
  /^jdk.ExecutionSample/ {delete seen}
  /^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\.[a-zA-Z_$<][^ ]*\(/ {
    line=$0; sub(/^[ \t]+/,"",line); sub(/[ \t]+line:.*/,"",line)
    if (index(line, f) && !(line in seen)) {seen[line]=1; print line}
  }' "$SAMPLES" | sort | uniq -c | sort -rn | head -"$N" | awk -v t="$TOTAL" '{printf "%5.1f%% %s\n", 100*$1/t, substr($0, index($0,$2))}'
