#!/usr/bin/env bash
# Times `itdd simulate SCENARIO` as a whole process, JVM start included, RUNS times, next to its
# floor measured in the same run: the same JVM and jar doing nothing but printing its help
# (start, class loading, command-line parsing). Prints each run, then min / median / max, with the
# load average before and after (the machine may be shared: read the figures with it).
#
#   ./mvnw -B -q -pl hil-bench -am package -DskipTests
#   benchmarks/time-simulate.sh [SCENARIO] [RUNS]      # defaults: scenarios/seven-years-refills.yaml, 10
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/hil-bench/target/itdd.jar"
scenario="${1:-$root/scenarios/seven-years-refills.yaml}"
runs="${2:-10}"
if [ ! -f "$jar" ]; then
  echo "time-simulate: $jar is missing; build it first: ./mvnw -B -q -pl hil-bench -am package -DskipTests" >&2
  exit 2
fi

# Runs "$@" RUNS times; prints each wall time and a summary line labelled $label.
time_runs() {
  local label="$1"; shift
  local ms=()
  for i in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    ms+=($(( (end - start) / 1000000 )))
    echo "$label run $i: ${ms[-1]} ms"
  done
  local sorted
  mapfile -t sorted < <(printf '%s\n' "${ms[@]}" | sort -n)
  echo "$label: min ${sorted[0]} ms, median ${sorted[$((runs / 2))]} ms, max ${sorted[$((runs - 1))]} ms ($runs runs)"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
time_runs "floor (itdd --help)" java -jar "$jar" --help
time_runs "itdd simulate $(basename "$scenario")" java -jar "$jar" simulate "$scenario"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
