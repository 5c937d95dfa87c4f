#!/usr/bin/env bash
# Benchmark: a no-op nightly rerun over N articles (default 10,000) as a ratio of the first full
# run, measured in the same invocation on the same machine. Writes bench/results/nightly-noop.json.
# Usage: bench/nightly-noop.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
mvn -B -q -DskipTests package test-compile >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "target/test-classes:target/classes:target/lib/*" org.partnergraph.bench.CorpusGenerator "$work/articles" "$n" 42
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); awk -v a="$s" -v b="$e" 'BEGIN { printf "%.2f", b - a }'; }
first=$(secs ./partnergraph --data-dir "$work/data" etl -q "$work/articles")
noop=$(secs ./partnergraph --data-dir "$work/data" etl -q "$work/articles")
stats=$(secs ./partnergraph --data-dir "$work/data" stats)
ratio=$(awk -v a="$noop" -v b="$first" 'BEGIN { printf "%.4f", a / b }')
mkdir -p bench/results
cat > bench/results/nightly-noop.json <<JSON
{"articles": $n, "first_run_seconds": $first, "noop_rerun_seconds": $noop,
 "stats_command_seconds": $stats, "noop_rerun_vs_first": $ratio,
 "machine": "$(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB", "date": "$(date -u +%FT%TZ)"}
JSON
cat bench/results/nightly-noop.json
