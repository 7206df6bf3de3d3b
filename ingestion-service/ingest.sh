#!/usr/bin/env bash
# Batch ingestion from the command line, through the running service (the same code path as every upload):
# POSTs the CSV to /api/training/ingest-csv (streamed by curl, never loaded in memory), then polls the job and draws
# a progress bar until it succeeded or failed; prints the counts and the first row problems.
#
#   ingestion-service/ingest.sh conversations.csv [source-label]
#
# Env: INGESTION_TOKEN (required: an access token holding training:write and training:read, from the gateway's
# POST /api/auth/token), INGESTION_URL (default http://127.0.0.1:8083), POLL_SECONDS (1). Needs curl and python3.
# Exit code: 0 when the job succeeded, 1 when it failed, 2 on usage or connection errors.
set -euo pipefail

file="${1:-}"
source_label="${2:-csv}"
base="${INGESTION_URL:-http://127.0.0.1:8083}"
poll="${POLL_SECONDS:-1}"
if [[ -z "$file" || ! -r "$file" ]]; then
  echo "usage: $0 FILE.csv [source-label]" >&2
  exit 2
fi
if [[ -z "${INGESTION_TOKEN:-}" ]]; then
  echo "INGESTION_TOKEN is not set: the service needs an access token holding training:write and training:read" >&2
  exit 2
fi
auth="Authorization: Bearer $INGESTION_TOKEN"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

name="$(basename "$file")"
response="$(curl -sS --fail-with-body -X POST -H "$auth" -H 'Content-Type: text/csv' --data-binary "@$file" \
  "$base/api/training/ingest-csv?filename=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$name")&source=$source_label")" \
  || { echo "upload failed: $response" >&2; exit 2; }
job_id="$(echo "$response" | json 'd["id"]')"
echo "job $job_id accepted ($name)"

while true; do
  job="$(curl -sS --fail-with-body -H "$auth" "$base/api/training/jobs/$job_id")" || { echo "cannot read job: $job" >&2; exit 2; }
  status="$(echo "$job" | json 'd["status"]')"
  progress="$(echo "$job" | json 'd["progress"]')"
  messages="$(echo "$job" | json 'd["counts"]["messages"]')"
  python3 -c "
import sys
p=float(sys.argv[1]); width=40; done=int(p*width)
sys.stdout.write('\r[' + '#'*done + '-'*(width-done) + '] %5.1f%%  %-9s %s messages' % (p*100, sys.argv[2], sys.argv[3]))
sys.stdout.flush()" "$progress" "$status" "$messages"
  if [[ "$status" == "succeeded" || "$status" == "failed" ]]; then
    echo
    echo "$job" | json '"counts: " + json.dumps(d["counts"]) + ("\nerror: " + d["error"] if d.get("error") else "") + "".join("\nline %d: %s" % (p["line"], p["reason"]) for p in d["problems"][:20]) + ("\n... and %d more problems" % (len(d["problems"]) - 20 + d["problemsOmitted"]) if len(d["problems"]) + d["problemsOmitted"] > 20 else "")'
    [[ "$status" == "succeeded" ]] && exit 0 || exit 1
  fi
  sleep "$poll"
done
