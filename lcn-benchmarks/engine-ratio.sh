#!/usr/bin/env bash
# The engine against the machine's limit (issue 13): P1 on 2,000 x 42 over the STREAM-like triad
# on the same bytes, in pairs measured back to back.
#
#   lcn-benchmarks/engine-ratio.sh [--rounds N] [--out DIR] [--benchmark NAME]
#
# e.g. after `./mvnw -B -q package -DskipTests -pl lcn-benchmarks -am`:
#   lcn-benchmarks/engine-ratio.sh --rounds 8
#
# Each round is one JMH run of one fork of SyntheticPipelineBenchmark's NAME (default p1) and
# one fork of its triad, one right after the other (5 warm-up and 5 measured iterations of 1 s
# each, -Xms2g -Xmx2g -XX:+AlwaysPreTouch), and gives their ratio. A host whose speed changes
# from minute to minute moves both halves of a pair alike, where forks of NAME followed by
# forks of the triad (one JMH run of several forks) can fall into different phases: the table
# gives each round's scores and ratio, and the median ratio over the rounds with its range.
# The load average is printed before and after.
set -euo pipefail

rounds=8
out=${TMPDIR:-/tmp}/lcn-engine-ratio
benchmark=p1
while [ $# -gt 0 ]; do
  case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --benchmark) benchmark=$2; shift 2 ;;
    -h | --help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "engine-ratio.sh: '$1' is not --rounds N, --out DIR or --benchmark NAME" >&2; exit 2 ;;
  esac
done
case $benchmark in
  p1 | p2) ;;
  *) echo "engine-ratio.sh: --benchmark is '$benchmark'; expected p1 or p2" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
. "$here/script-support.sh"
benchmarks_jar engine-ratio.sh
require_commands jq

mkdir -p "$out"
rm -f "$out"/round-*.json
echo "load average before: $(cat /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  java -jar "$jar" "SyntheticPipelineBenchmark\\.($benchmark|triad)\$" -f 1 -wi 5 -w 1s -i 5 -r 1s \
    -jvmArgsAppend "-Xms2g -Xmx2g -XX:+AlwaysPreTouch" -rf json -rff "$out/round-$r.json" \
    > "$out/round-$r.log" 2>&1
done
echo "load average after:  $(cat /proc/loadavg)"

# Each round's two scores and their ratio, then the median ratio and its range.
jq -s -r --arg name "$benchmark" '
  def median: sort | if length % 2 == 1 then .[length / 2 | floor]
    else (.[length / 2 - 1] + .[length / 2]) / 2 end;
  def score($b): map(select(.benchmark | endswith("." + $b)))[0].primaryMetric.score;
  def r2: . * 100 | round / 100;
  [.[] | {engine: score($name), triad: score("triad")} | .ratio = .engine / .triad] as $rows
  | "| round | \($name) (us) | triad (us) | \($name) / triad |",
    "|---|---|---|---|",
    ($rows | to_entries[]
     | "| \(.key + 1) | \(.value.engine | r2) | \(.value.triad | r2) | \(.value.ratio | r2) |"),
    "| median | \($rows | map(.engine) | median | r2) | \($rows | map(.triad) | median | r2) | \($rows | map(.ratio) | median | r2) (\($rows | map(.ratio) | min | r2) to \($rows | map(.ratio) | max | r2)) |"
' $(for r in $(seq 1 "$rounds"); do printf '%s ' "$out/round-$r.json"; done)
