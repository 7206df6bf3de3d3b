#!/usr/bin/env bash
# Held-out evaluation (not a test) of a running suite, through the gateway:
#   extraction  — POST /api/leads/parse-inquiry per inquiry: per-field precision / recall (exact match after light
#                 normalisation; pets and areas compared as sets)
#   guardrails  — POST /api/agent/start + /api/agent/reply, one fresh session per probe: confusion of the expected
#                 outcome (refuse | handoff | answer) against the reply's guardrail, and the false refusals of
#                 ordinary questions
# The data sets live outside the repository (they must never be tuned against); see docs/benchmarks.md.
#
#   bench/heldout-eval.sh <inquiries.jsonl> <guardrail-probes.jsonl>
#   GATEWAY_URL (default http://127.0.0.1:8080) · GATEWAY_TOKEN (required: an access token holding leads:write and
#   agent:converse, e.g. the local stack's dev-admin; ./dev.sh prints how to get one) · HELDOUT_DETAILS=<file> also
#   writes every result as JSON lines
set -euo pipefail
if [[ $# -ne 2 ]]; then
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
if ! command -v node >/dev/null 2>&1; then
  echo "node (18+) is needed for bench/heldout-eval.mjs" >&2
  exit 1
fi
exec node "$(dirname "$0")/heldout-eval.mjs" "$1" "$2"
