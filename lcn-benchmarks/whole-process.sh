#!/usr/bin/env bash
# Whole-process timing of the lcn command (issue 13): what a user times, start-up included.
#
#   lcn-benchmarks/whole-process.sh [--rounds N] [--out DIR] [--every] NAME=COMMAND [NAME=COMMAND...]
#
# e.g. after `./mvnw -B -q package -DskipTests -pl lcn-cli,lcn-benchmarks -am`:
#   lcn-benchmarks/whole-process.sh before="java -jar /tmp/lcn-before.jar" \
#       after=lcn-cli/target/lcn/bin/lcn
#
# Each COMMAND runs `--version`, `score` on COINr's ASEM example (51 x 49) and on the seeded
# synthetic 2,000 x 42 table (both writing the long CSV), and `demo -q --force` (the lines of
# issue 13's goals); with --every, also a line of every other command on ASEM: `--help`,
# `validate` of the tables and of a framework document, `convert` of the tables to JSON
# documents and of a JSON document to XML, `score` to a JSON and an XML results document,
# `analyse`, `report` and `audit` (the documents are made first, by the first COMMAND). `java
# -version` (the bare runtime) runs in the same rounds. The rounds alternate the commands (one run of each
# per round, in order, after one warm-up run of each), so that a change in the machine's load
# reaches all of them alike; the table gives the median wall-clock time and the median CPU
# time (user + system) of each, and each one's ratio to `java -version` in the same rounds.
# The load average is printed before and after. Timing is by hyperfine and the table by jq
# (the Debian packages, installed here when missing); inputs come from WholeProcessInputs in
# lcn-benchmarks/target/benchmarks.jar. The rounds of an earlier run into the same --out are
# removed first.
set -euo pipefail

rounds=7
out=${TMPDIR:-/tmp}/lcn-whole-process
every=
variants=()
while [ $# -gt 0 ]; do
  case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --every) every=1; shift ;;
    -h | --help) sed -n '2,23p' "$0"; exit 0 ;;
    *=*) variants+=("$1"); shift ;;
    *) echo "whole-process.sh: '$1' is not NAME=COMMAND, --rounds N, --out DIR or --every" >&2
      exit 2 ;;
  esac
done
if [ ${#variants[@]} -eq 0 ]; then
  echo "whole-process.sh: give at least one NAME=COMMAND, e.g. after=lcn-cli/target/lcn/bin/lcn" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
. "$here/script-support.sh"
benchmarks_jar whole-process.sh
require_commands hyperfine jq

inputs=$out/inputs
mkdir -p "$out/runs" "$out/outputs"
rm -f "$out"/runs/*.json
java -cp "$jar" io.github.learningcities.lcn.benchmarks.WholeProcessInputs "$inputs" 2> /dev/null

names=("java -version")
commands=("java -version")
for v in "${variants[@]}"; do
  name=${v%%=*}
  lcn=${v#*=}
  o=$out/outputs/$name
  names+=("$name --version" "$name score ASEM" "$name score 2000x42" "$name demo")
  commands+=("$lcn --version"
    "$lcn score -q -d $inputs/ASEM_iData.csv -m $inputs/ASEM_iMeta.csv -o $o-asem.csv"
    "$lcn score -q -d $inputs/synthetic-2000x42_iData.csv -m $inputs/synthetic-2000x42_iMeta.csv -o $o-2000x42.csv"
    "$lcn demo -q --force -o $o-demo")
  if [ -n "$every" ]; then
    if [ ! -f "$inputs/documents/framework.json" ]; then
      $lcn convert -q --force "$inputs/ASEM_iData.csv" "$inputs/ASEM_iMeta.csv" --to json \
        -o "$inputs/documents"
    fi
    asem="-d $inputs/ASEM_iData.csv -m $inputs/ASEM_iMeta.csv"
    names+=("$name --help" "$name validate tables" "$name validate framework.json"
      "$name convert tables to JSON" "$name convert JSON to XML" "$name score to JSON"
      "$name score to XML" "$name analyse" "$name report" "$name audit")
    commands+=("$lcn --help"
      "$lcn validate -q $inputs/ASEM_iData.csv $inputs/ASEM_iMeta.csv"
      "$lcn validate -q $inputs/documents/framework.json"
      "$lcn convert -q --force $inputs/ASEM_iData.csv $inputs/ASEM_iMeta.csv --to json -o $o-json"
      "$lcn convert -q --force $inputs/documents/framework.json -o $o-framework.xml"
      "$lcn score -q $asem -o $o-asem.json"
      "$lcn score -q $asem -o $o-asem.xml"
      "$lcn analyse -q --force $asem -o $o-analysis"
      "$lcn report -q --force $asem -o $o-report.html"
      "$lcn audit -q --force $asem -o $o-audit.html")
  fi
done

args=()
for i in "${!commands[@]}"; do
  args+=(--command-name "${names[$i]}" "${commands[$i]}")
done

echo "load average before: $(cat /proc/loadavg)"
hyperfine -N --style none --runs 1 "${args[@]}" > /dev/null
for r in $(seq 1 "$rounds"); do
  hyperfine -N --style none --runs 1 --export-json "$out/runs/$r.json" "${args[@]}" > /dev/null
done
echo "load average after:  $(cat /proc/loadavg)"

# Median wall and CPU time per command over the rounds, and ratios to java -version.
jq -s -r '
  def median: sort | if length % 2 == 1 then .[length / 2 | floor]
    else (.[length / 2 - 1] + .[length / 2]) / 2 end;
  [.[].results[]] | group_by(.command) as $groups
  | ($groups | map({key: .[0].command, value: {
      wall: (map(.times[0]) | median), cpu: (map(.user + .system) | median), n: length}})
    | from_entries) as $m
  | $m["java -version"] as $base
  | "| command | runs | wall median (s) | CPU median (s) | wall / java -version | CPU / java -version |",
    "|---|---|---|---|---|---|",
    ($ARGS.positional[] as $name | $m[$name] as $x
     | "| `\($name)` | \($x.n) | \($x.wall * 1000 | round / 1000) | \($x.cpu * 1000 | round / 1000) | \($x.wall / $base.wall * 100 | round / 100) | \($x.cpu / $base.cpu * 100 | round / 100) |")
' "$out"/runs/*.json --args "${names[@]}"
