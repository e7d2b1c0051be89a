#!/usr/bin/env bash
# Leave-one-corpus-out measure of the incident-type model (ADR 0014, docs/history/early.md "The type model").
# usage: scripts/loco-types.sh SCORER SET [MARGIN|off ...]
#   SCORER  the score-events program; SET a corpus of tests/BorderWatch.Ingestion.Tests/Data (fresh1..fresh9, seeds,
#   dev2, unseen) or a paraphrase set (paraphrasesN: scored by train-types itself). Needs
#   `dotnet build -c Release src/BorderWatch.Cli` first. Trains a model without SET, then ingests SET with the rules
#   alone ("off") and with that model at each MARGIN (default: off 4), and prints one score line each.
#   Output under ${LOCO_OUT:-/tmp/loco-types}/SET/.
set -euo pipefail
scorer=$1; set=$2; shift 2
margins=("$@"); [ ${#margins[@]} -eq 0 ] && margins=(off 4)
repo=$(cd "$(dirname "$0")/.." && pwd)
data=$repo/tests/BorderWatch.Ingestion.Tests/Data
out=${LOCO_OUT:-/tmp/loco-types}/$set
rm -rf "$out"; mkdir -p "$out"
cli="dotnet $repo/src/BorderWatch.Cli/bin/Release/net10.0/borderwatch.dll"
(cd "$repo" && $cli train-types --loco "$set" --out "$out/types.bin") | tail -2
[ -f "$data/$set-gold.jsonl" ] || exit 0
sed -E 's/("doc": *"[^"#]*)#[0-9]+"/\1"/' "$data/$set-gold.jsonl" > "$out/gold.jsonl"
docs=(); case $set in fresh*) docs=(--docs "$data/$set");; esac
for run in "${margins[@]}"; do
  if [ "$run" = off ]; then opts=(--type-model off); else opts=(--type-model "$out/types.bin" --type-margin "$run"); fi
  $cli --db "$out/$run.db" ingest "$data/$set" "${opts[@]}" > "$out/$run.log" 2>&1 || true
  $cli --db "$out/$run.db" export --format json --out "$out/$run.json" > /dev/null 2>&1
  "$scorer" "$out/gold.jsonl" "$out/$run.json" "${docs[@]}" --verbose > "$out/$run.txt" 2>&1 || true
  echo "$set margin=$run: $(tail -1 "$out/$run.txt")"
done
