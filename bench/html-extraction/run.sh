#!/usr/bin/env bash
# HTML main-text extraction, side by side: BorderWatch's HTML reader, Readability.js (linkedom) and readability-lxml
# on the hand-written pages in pages/ against the hand-made gold main text in gold/.
#
#   bench/html-extraction/run.sh [WARM_SECONDS] [COLD_RUNS] [SET]   (defaults 5, 5 and "."; SET=heldout scores the
#                                                                   held-out pages in heldout/pages, heldout/gold)
#
# Needs: dotnet SDK, node + npm (npm ci installs the pinned peers from package-lock.json into node_modules/, not
# committed), python3 with Debian's python3-readability and python3-lxml (installed here with apt-get when run as
# root, otherwise the script says how). Quality: word-F1 (score.py). Speed: "cold" = pages/s of a whole process that
# starts, reads every page once and exits (wall clock, median of COLD_RUNS); "warm" = pages/s inside one process
# after WARM_SECONDS of warm-up. The product runs three times for cold start: a plain Release build (JIT), a
# ReadyToRun publish (precompiled, as the CLI is published) and a NativeAOT publish (one native executable: no JIT,
# no runtime start-up; needs a C toolchain: Debian's clang, any clang-N works, installed with apt-get when missing
# and run as root; the ILCompiler package comes from NuGet at the version the SDK picks).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
warm="${1:-5}"
runs="${2:-5}"
work="${TMPDIR:-/tmp}/borderwatch-html-extraction"
mkdir -p "$work"
set_dir="$here/${3:-.}"
pages="$set_dir/pages"
gold="$set_dir/gold"
count=$(ls "$pages"/*.html | wc -l)

# Debian's python3 (the packages live there, not in a pyenv or venv interpreter first on PATH).
py=/usr/bin/python3; [ -x "$py" ] || py=python3
if ! "$py" -c 'import readability, lxml' 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q python3-readability python3-lxml >/dev/null
  else
    echo "readability-lxml is missing: sudo apt-get install python3-readability python3-lxml" >&2; exit 1
  fi
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

if [ -z "${SKIP_BUILD:-}" ]; then   # SKIP_BUILD=1 reuses the last build
echo "building the product's runner (Release, JIT and ReadyToRun)..." >&2
dotnet build "$here/product/HtmlExtractionRun.csproj" -c Release -v q --nologo -o "$work/jit" >/dev/null
dotnet publish "$here/product/HtmlExtractionRun.csproj" -c Release -v q --nologo -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/r2r" >/dev/null
# NativeAOT links with clang: Debian's `clang` package, or any versioned clang-N already installed.
cc=$(command -v clang || ls /usr/bin/clang-[0-9]* 2>/dev/null | grep -E '/clang-[0-9]+$' | sort -V | tail -1 || true)
if [ -z "$cc" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang zlib1g-dev >/dev/null; cc=$(command -v clang)
  else
    echo "NativeAOT needs clang: sudo apt-get install clang zlib1g-dev" >&2; exit 1
  fi
fi
echo "publishing the product's runner with NativeAOT (linker: $cc; a few minutes)..." >&2
dotnet publish "$here/product/HtmlExtractionRun.csproj" -c Release -v q --nologo -r linux-x64 \
  -p:NativeAotRunner=true -p:CppCompilerAndLinker="$cc" -o "$work/aot" >/dev/null
fi

# name|command prefix (PAGES_DIR OUT_DIR [WARM] are appended)
tools=(
  "borderwatch|$work/jit/HtmlExtractionRun"
  "borderwatch-r2r|$work/r2r/HtmlExtractionRun"
  "borderwatch-aot|$work/aot/HtmlExtractionRun"
  "readability-js|node $here/readability-js.mjs"
  "readability-lxml|$py $here/readability-lxml.py"
)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-18s %8s %8s %12s %12s\n' tool "word-F1" micro "cold pages/s" "warm pages/s"
for entry in "${tools[@]}"; do
  name="${entry%%|*}"; cmd="${entry#*|}"
  out="$work/out/$name"
  rm -rf "$out"
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    $cmd "$pages" "$out" >/dev/null
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  cold_ms=$(printf '%s\n' "${times[@]}" | median)
  warm_json=$($cmd "$pages" "$out" "$warm")
  warm_ps=$(python3 -c 'import json,sys; print(round(json.loads(sys.argv[1])["warmPagesPerSecond"]))' "$warm_json")
  f1=$(python3 "$here/score.py" "$gold" "$out" --brief)
  cold_ps=$(python3 -c "print(round($count * 1000 / $cold_ms, 1))")
  printf '%-18s %8s %8s %12s %12s\n' "$name" ${f1} "$cold_ps" "$warm_ps"
done
echo
echo "per page (word-F1):"
for entry in "${tools[@]}"; do
  name="${entry%%|*}"; echo "$name"; python3 "$here/score.py" "$gold" "$work/out/$name"
done
