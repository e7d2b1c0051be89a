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
samples="$work/cpu-$n.txt"
# Every 2 s: seconds since the start, the CLI's CPU time (user + system, s) and its RSS (MB), from /proc, so each tenth
# gets its CPU time per article as well as its wall-clock rate (the wall clock follows the machine's load).
t0=$(date +%s.%N)
(
  pid=""
  for _ in $(seq 1 300); do pid=$(for p in $(pgrep -f -- "--db $store ingest"); do [[ $(cat /proc/$p/comm 2>/dev/null) == time ]] || echo "$p"; done | head -n 1); [[ -n $pid ]] && break; sleep 0.1; done
  while [[ -n $pid && -r /proc/$pid/stat ]]; do
    perl -e 'my ($t0, $pid) = @ARGV; open my $f, "<", "/proc/$pid/stat" or exit; my @s = split / /, scalar <$f>;
      printf "%.3f %.2f %.1f\n", time - $t0, ($s[13] + $s[14]) / 100, $s[23] * 4096 / 1048576' -MTime::HiRes=time "$t0" "$pid" || true
    sleep 2
  done
) >"$samples" &
sampler=$!
# The gazetteer sync and migrations happen before the first article; they are timed as "start".
/usr/bin/time -o "$work/time-$n.txt" -f "%e %M %U %S" "$bw" --db "$store" ingest "$corpus" 2>"$work/stderr-$n.txt" \
  | perl -MTime::HiRes=time -ne 'BEGIN { $| = 1; $t0 = $ARGV[0]; @ARGV = () } printf "%.3f %s", time - $t0, $_' "$t0" >"$lines"
wait "$sampler" || true
read -r elapsed rss user sys <"$work/time-$n.txt"
perl -e '
  my ($n, $elapsed, $rss, $file, $user, $sys, $samples) = @ARGV;
  my @cpu; if (open my $c, "<", $samples) { while (<$c>) { push @cpu, [split] } }
  # The CLI CPU time at a moment, interpolated between the samples around it; the largest RSS sampled in a span.
  sub cpu_at { my $t = shift; return undef unless @cpu > 1; my $p = $cpu[0];
    for my $s (@cpu) { if ($s->[0] >= $t) { my $d = $s->[0] - $p->[0]; return $d > 0 ? $p->[1] + ($s->[1] - $p->[1]) * ($t - $p->[0]) / $d : $s->[1] } $p = $s }
    return undef }
  sub rss_in { my ($a, $b) = @_; my $m = 0; for my $s (@cpu) { $m = $s->[2] if $s->[0] >= $a && $s->[0] <= $b + 2 && $s->[2] > $m } return $m }
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
    my $from = $k == 1 ? $t[0] : $t[$start - 1];
    my ($c0, $c1) = (cpu_at($from), cpu_at($t[$end]));
    my $cpu = defined $c0 && defined $c1 && $docs > 0 ? sprintf("%6.1f ms CPU per article (%5.1f articles per CPU-second)", 1000 * ($c1 - $c0) / $docs, $c1 > $c0 ? $docs / ($c1 - $c0) : 0) : "CPU not sampled";
    printf "tenth %2d: %6.1f articles/s wall, %s, RSS up to %.0f MB\n", $k, $span > 0 ? $docs / $span : 0, $cpu, rss_in($from, $t[$end]);
  }
  printf "overall: %.1f articles/s (first to last result)\n", ($count - 1) / ($t[-1] - $t[0]);
' "$n" "$elapsed" "$rss" "$lines" "$user" "$sys" "$samples"
tail -n 1 "$work/stderr-$n.txt" >&2 || true
