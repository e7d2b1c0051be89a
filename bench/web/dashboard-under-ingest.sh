#!/usr/bin/env bash
# Dashboard page times while a large batch is being ingested (issue 10: pages keep answering, p95 < 1 s).
#
#   bench/web/dashboard-under-ingest.sh STORE.db CORPUS_DIR [PORT] [CHUNK]
#
# Starts the Release web app on a COPY of STORE.db (seed import off; the original is never opened) and:
#   1. baseline: requests the URLs round-robin, one after another, for BW_BASELINE seconds (default 60) with no ingest;
#   2. under ingest: uploads every .txt/.html file of CORPUS_DIR through POST /api/ingest, CHUNK files (default 50)
#      per multipart request, signed in as an analyst the script adds to the copy ("bench"); each upload is a job
#      (202 + status URL) followed until it ends before the next is sent, all in the background; meanwhile requests the
#      URLs round-robin exactly as in 1 until the last job has ended.
# Prints p50/p95/max per URL and over all URLs for both phases (curl's time_total: the whole prerendered HTML on
# loopback), the number of samples, non-200 answers, the ingest's duration and its outcome counts.
# BW_INGEST=cli ingests with the CLI (`borderwatch ingest CORPUS_DIR`) into the same SQLite copy instead: a second
# process writing while the dashboard reads.
# Build first: dotnet build src/BorderWatch.Web -c Release; dotnet build src/BorderWatch.Cli -c Release
# A corpus:    dotnet src/BorderWatch.Cli/bin/Release/net10.0/borderwatch.dll generate-corpus --articles 1000 --out /tmp/bw-corpus
set -euo pipefail
store=${1:?usage: dashboard-under-ingest.sh STORE.db CORPUS_DIR [PORT] [CHUNK]}
corpus=${2:?usage: dashboard-under-ingest.sh STORE.db CORPUS_DIR [PORT] [CHUNK]}
port=${3:-5394}; chunk=${4:-50}
baseline=${BW_BASELINE:-60}; mode=${BW_INGEST:-web}
urls=(${BW_URLS:-/ /borders/AFG-TJK /incidents /incidents?status=unconfirmed /actors})
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${BW_WORK:-/tmp/bw-under-ingest}; mkdir -p "$work"
copy="$work/under-ingest-$(basename "$store")"
cp "$store" "$copy"; rm -f "$copy-wal" "$copy-shm"
base="http://127.0.0.1:$port"
cli="$repo/src/BorderWatch.Cli/bin/Release/net10.0/borderwatch.dll"
password="bench-$RANDOM-$RANDOM-Pw1!"
if [[ $mode != cli ]]; then
  echo "$password" | dotnet "$cli" --db "$copy" --logs "$work/cli-logs" users add bench --role analyst --password-stdin >/dev/null
fi

cd "$repo/src/BorderWatch.Web/bin/Release/net10.0"
Store__Provider=Sqlite Store__ConnectionString="Data Source=$copy" Seeds__ImportOnFirstStart=false \
  ASPNETCORE_ENVIRONMENT=Production dotnet BorderWatch.Web.dll --urls "$base" >"$work/server-$port.log" 2>&1 &
server=$!
ingest=
cleanup() { [[ -n $ingest ]] && kill "$ingest" 2>/dev/null; kill "$server" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
until curl -s -o /dev/null --max-time 5 "$base/favicon.ico"; do
  kill -0 "$server" 2>/dev/null || { echo "server exited; see $work/server-$port.log" >&2; exit 1; }; sleep 1
done
for u in "${urls[@]}"; do curl -s -o /dev/null --max-time 300 "$base$u"; done   # warm-up: one request each

# Signs in as the analyst (the form's hidden fields read from the page); the cookie goes in $work/cookies.
sign_in() {
  local jar="$work/cookies"; rm -f "$jar"
  local page; page=$(curl -s -c "$jar" -b "$jar" "$base/account/sign-in")
  local args=()
  while IFS=$'\t' read -r name value; do args+=(--data-urlencode "$name=$value"); done < <(python3 -c '
import sys, html.parser
class P(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("type") == "hidden" and a.get("name"): print(a["name"] + "\t" + (a.get("value") or ""))
P().feed(sys.stdin.read())' <<<"$page")
  curl -s -o /dev/null -c "$jar" -b "$jar" "${args[@]}" --data-urlencode "Input.Name=bench" --data-urlencode "Input.Password=$password" \
    "$base/account/sign-in"
}

# One request to each URL in turn, appending "phase url code seconds" lines, while the condition command succeeds.
sample() {
  local phase=$1; shift
  while "$@"; do
    for u in "${urls[@]}"; do
      read -r code t < <(curl -s -o /dev/null --max-time 300 -w '%{http_code} %{time_total}\n' "$base$u")
      echo "$phase $u $code $t" >>"$work/samples.txt"
    done
  done
}
: >"$work/samples.txt"
deadline=$((SECONDS + baseline))
before() { (( SECONDS < deadline )); }
sample baseline before

mapfile -t files < <(find "$corpus" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' \) | sort)
(( ${#files[@]} > 0 )) || { echo "no .txt or .html files in $corpus" >&2; exit 1; }
: >"$work/ingest.jsonl"
start=$SECONDS
if [[ $mode == cli ]]; then
  dotnet "$cli" --db "$copy" --logs "$work/cli-logs" ingest "$corpus" \
    >"$work/cli.out" 2>"$work/cli.err" &
  ingest=$!
else
  sign_in
  (
    for ((i = 0; i < ${#files[@]}; i += chunk)); do
      args=()
      for f in "${files[@]:i:chunk}"; do args+=(-F "files=@$f"); done
      status=$(curl -s -b "$work/cookies" --max-time 600 "${args[@]}" "$base/api/ingest" | python3 -c 'import json,sys; print(json.load(sys.stdin)["statusUrl"])')
      while :; do
        job=$(curl -s -b "$work/cookies" --max-time 60 "$base$status")
        [[ $job == *'"state":"queued"'* || $job == *'"state":"running"'* ]] || break
        sleep 1
      done
      echo "$job" >>"$work/ingest.jsonl"
    done
  ) &
  ingest=$!
fi
running() { kill -0 "$ingest" 2>/dev/null; }
sample ingest running
wait "$ingest" || true; ingest=
took=$((SECONDS - start))

echo "store=$(basename "$store") corpus=${#files[@]} files mode=$mode chunk=$chunk ingest=${took}s load=$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ $mode == cli ]]; then tail -1 "$work/cli.out"
else
  for o in stored unchanged duplicate failed; do printf '%s %s  ' "$o" "$(grep -o "\"outcome\":\"$o\"" "$work/ingest.jsonl" | wc -l)"; done; echo
fi
for phase in baseline ingest; do
  for u in "${urls[@]}" ALL; do
    awk -v p="$phase" -v u="$u" '$1 == p && (u == "ALL" || $2 == u) { print $4 * 1000; if ($3 != 200) bad++ } END { print "bad", bad + 0 > "/dev/stderr" }' \
      "$work/samples.txt" 2>"$work/bad.txt" | sort -n | awk -v p="$phase" -v u="$u" -v bad="$(cut -d' ' -f2 "$work/bad.txt")" '
      { t[NR] = $1 }
      END { n = NR; if (n == 0) { printf "%-8s %-30s no samples\n", p, u; exit }
            p50 = (n % 2) ? t[(n+1)/2] : (t[n/2] + t[n/2+1]) / 2; i95 = int(0.95 * n + 0.999); if (i95 > n) i95 = n
            printf "%-8s %-30s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms  (n=%d, non-200: %d)\n", p, u, p50, t[i95], t[n], n, bad }'
  done
done
