#!/usr/bin/env bash
# Whole-process ingest rate: the CLI ingests N generated articles into a fresh SQLite store; every result line is
# time-stamped as it arrives, and the rate of each tenth of the batch, the total and the peak RSS are printed.
#
#   bench/ingest/ingest-rate.sh [N] [BORDERWATCH]
#
# The machine may be shared: the CPU time (user + system) per article is printed beside the wall-clock rates.
# N defaults to 10000. BORDERWATCH is the CLI to run (default: a Release build of src/BorderWatch.Cli, built here).
# The corpus (generate-corpus, seed 1) is kept in ${BW_BENCH_DIR:-/tmp/bw-ingest-bench}/corpus-N between runs;
# the store is made afresh each run. Needs GNU time (/usr/bin/time, Debian package "time") and perl.
set -euo pipefail
n=${1:-10000}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${BW_BENCH_DIR:-/tmp/bw-ingest-bench}
mkdir -p "$work"
if [[ $# -ge 2 ]]; then
  bw=$2
else
  dotnet build "$root/src/BorderWatch.Cli/BorderWatch.Cli.csproj" -c Release -v q --nologo >/dev/null
  bw="$root/src/BorderWatch.Cli/bin/Release/net10.0/borderwatch"
fi
corpus="$work/corpus-$n"
if [[ ! -d "$corpus" || $(ls "$corpus" | wc -l) -ne $n ]]; then
  rm -rf "$corpus"
  "$bw" generate-corpus --articles "$n" --out "$corpus" --seed 1 >/dev/null
fi
store="$work/store-$n.db"
rm -f "$store" "$store-wal" "$store-shm"
lines="$work/lines-$n.txt"
# The gazetteer sync and migrations happen before the first article; they are timed as "start".
/usr/bin/time -o "$work/time-$n.txt" -f "%e %M %U %S" "$bw" --db "$store" ingest "$corpus" 2>"$work/stderr-$n.txt" \
  | perl -MTime::HiRes=time -ne 'BEGIN { $| = 1; $t0 = time } printf "%.3f %s", time - $t0, $_' >"$lines"
read -r elapsed rss user sys <"$work/time-$n.txt"
perl -e '
  my ($n, $elapsed, $rss, $file, $user, $sys) = @ARGV;
  open my $f, "<", $file or die;
  my @t; while (<$f>) { my ($s, $rest) = split / /, $_, 2; push @t, $s if $rest =~ /^(ok|unchanged|duplicate|FAILED|skipped)\s/ }
  my $count = @t; die "no result lines\n" unless $count;
  printf "%d articles, %d results, %.1f s wall, %.1f s CPU (%.0f ms per article), peak RSS %.0f MB\n",
    $n, $count, $elapsed, $user + $sys, 1000 * ($user + $sys) / $count, $rss / 1024;
  printf "first result after %.2f s (process start, migrations, gazetteer)\n", $t[0];
  my $prev = $t[0]; my $first = 0;
  for my $k (1 .. 10) {
    my $end = int($count * $k / 10) - 1; my $start = int($count * ($k - 1) / 10);
    my $span = $t[$end] - ($k == 1 ? $t[0] : $t[$start - 1]);
    my $docs = $end - $start + 1 - ($k == 1 ? 1 : 0);
    printf "tenth %2d: %6.1f articles/s\n", $k, $span > 0 ? $docs / $span : 0;
  }
  printf "overall: %.1f articles/s (first to last result)\n", ($count - 1) / ($t[-1] - $t[0]);
' "$n" "$elapsed" "$rss" "$lines" "$user" "$sys"
tail -n 1 "$work/stderr-$n.txt" >&2 || true
