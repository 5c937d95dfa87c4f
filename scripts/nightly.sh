#!/usr/bin/env sh
# The nightly job for docker-compose (or any shell): waits for SCHEDULE (HH:MM, in TZ), runs
# an incremental etl with --prune and a JSON report, exports the RDF view, and pushes it to a
# Fuseki server when FUSEKI_URL is set. Runs once and exits when RUN_ONCE=1.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
: "${SCHEDULE:=02:30}" "${ARTICLES:=/articles}" "${PARTNERGRAPH_DATA:=/data}"
run() {
  day=$(date +%F)
  mkdir -p "$PARTNERGRAPH_DATA/reports"
  "$here/partnergraph" ${NEO4J_URI:+--neo4j-uri "$NEO4J_URI"} etl -q --prune --extractor "${PARTNERGRAPH_EXTRACTOR:-rules/18}" \
    --report "$PARTNERGRAPH_DATA/reports/run-$day.json" "$ARTICLES" || echo "nightly: etl failed (see the report and stderr)" >&2
  "$here/partnergraph" export --format trig -o "$PARTNERGRAPH_DATA/partnergraph.trig"
  if [ -n "${FUSEKI_URL:-}" ]; then
    curl -fsS -X PUT -H 'Content-Type: application/trig' --data-binary "@$PARTNERGRAPH_DATA/partnergraph.trig" "$FUSEKI_URL" \
      || echo "nightly: pushing the export to $FUSEKI_URL failed" >&2
  fi
  "$here/partnergraph" changes --since last-run
}
if [ "${RUN_ONCE:-0}" = "1" ]; then
  run
  exit 0
fi
while true; do
  now=$(date +%s)
  next=$(date -d "today $SCHEDULE" +%s)
  [ "$next" -le "$now" ] && next=$(date -d "tomorrow $SCHEDULE" +%s)
  echo "nightly: next run at $(date -d "@$next") ($TZ)"
  sleep $((next - now))
  run
done
