#!/usr/bin/env bash
# Time and peak memory of the CLI on hostile inputs (issue 10). Generates every input itself, in a temp folder;
# needs bash, python3 and GNU time (/usr/bin/time). Usage: bench/hostile-inputs.sh [ENTRIES_IN_FEED]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
entries=${1:-10000}
work=$(mktemp -d /tmp/bw-hostile-XXXX)
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/BorderWatch.Cli" -c Release -v q --nologo -o "$work/cli" >/dev/null
python3 - "$work/in" "$entries" <<'PY'
import os, sys
d, entries = sys.argv[1], int(sys.argv[2])
os.makedirs(d)
art = "Kyrgyz border guards detained two men near the Tajik border on Monday, officials in Batken said. "
def w(name, text): open(os.path.join(d, name), "w").write(text)
w("one-line-3mb.txt", art * (3_000_000 // len(art)))
w("one-line-10mb.txt", art * (10_000_000 // len(art)))
w("text-50mb.txt", (art + "\n") * (50_000_000 // len(art)))
w("deep-100000.html", "<html><body>" + "<div>" * 100_000 + "<p>" + art + "</p>" + "</div>" * 100_000 + "</body></html>")
w("paragraphs-9mb.html", "<html><body><article>" + ("<p>" + art + "</p>") * (9_000_000 // (len(art) + 7)) + "</article></body></html>")
w("long-article-150k.txt", "Border report\n\n" + "\n\n".join(f"{art} Item {i} of the day's reports." for i in range(1400)))
items = "".join(f"<entry><id>urn:bw:{i}</id><title>Report {i}</title><content>{art} Report number {i}, with details {i * 7919 % 104729}.</content></entry>" for i in range(entries))
w(f"atom-{entries}.xml", f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{items}</feed>')
PY
printf '| input | size | result | wall time (s) | peak memory (MB) |\n|---|---|---|---|---|\n'
for f in "$work"/in/*; do
  name=$(basename "$f")
  rm -f "$work/store.db"*
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$work/cli/borderwatch.dll" ingest "$f" --db "$work/store.db" --logs "$work/logs" \
    >"$work/out" 2>"$work/err" || true
  read -r secs kb < <(tail -n 1 "$work/time")   # GNU time puts "Command exited with non-zero status" first
  result=$(tail -n 1 "$work/out" | cut -c1-90)
  [ -s "$work/err" ] && result="$(head -n 1 "$work/err" | cut -c1-90)"
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$(du -h "$f" | cut -f1)" "$result" "$secs" "$((kb / 1024))"
done
