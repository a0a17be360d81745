#!/usr/bin/env bash
# Times `itdd simulate SCENARIO` as a whole process, JVM start included, RUNS times, next to its
# floor measured in the same run: the same JVM and jar doing nothing but printing its help
# (start, class loading, command-line parsing). Prints each run's wall time and the CPU time the
# process used (user + system, all its threads: the JIT compilers and the collector included),
# then the median and range of each, with the load average before and after: the machine may be
# shared, and then wall time measures the scheduler as much as the program.
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

# Prints "min median max" of the numbers given.
summary() {
  local sorted
  mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
  echo "${sorted[0]} ${sorted[$(($# / 2))]} ${sorted[$(($# - 1))]}"
}

# Runs "$@" RUNS times; prints each run and a summary line labelled $label.
time_runs() {
  local label="$1"; shift
  local wall=() cpu=() TIMEFORMAT='%R %U %S' t
  for i in $(seq "$runs"); do
    t=$({ time "$@" > /dev/null 2>&1; } 2>&1)
    read -r w u s <<< "$t"
    wall+=("$(awk -v w="$w" 'BEGIN { printf "%d", w * 1000 }')")
    cpu+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }')")
    echo "$label run $i: ${wall[-1]} ms wall, ${cpu[-1]} ms CPU"
  done
  read -r wmin wmed wmax <<< "$(summary "${wall[@]}")"
  read -r cmin cmed cmax <<< "$(summary "${cpu[@]}")"
  echo "$label: wall median $wmed ms (min $wmin, max $wmax); CPU median $cmed ms (min $cmin, max $cmax); $runs runs"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
time_runs "floor (itdd --help)" java -jar "$jar" --help
time_runs "itdd simulate $(basename "$scenario")" java -jar "$jar" simulate "$scenario"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
