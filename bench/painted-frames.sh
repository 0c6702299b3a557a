#!/usr/bin/env bash
# Input to painted frame in the window, in the software pipeline (docs/BENCHMARKS.md, "Painted frames").
#
#   bench/painted-frames.sh [ROUNDS] [SIZES] [MODES] [TREE...]
#
#   ROUNDS  rounds (default 3); each round runs every size, mode and tree once, trees alternating
#   SIZES   window sizes, comma separated (default 1440x900,1920x1080); the Xvfb screen is that size
#           and the window fills it
#   MODES   baseline,nobaseline,nobands (default baseline,nobaseline): as a new window (the Baseline
#           preset drawn dashed beside the data, the uncertainty bands), without the baseline, or
#           with the baseline but without the bands
#   TREE    project checkouts to compare, each built (mvn -B -o test-compile); default this one
#
# BENCH_JVM_VARIANTS, if set, compares JVM options too: "label=options;label=options" (e.g.
# "now=;c1=-XX:TieredStopAtLevel=1"), each run for every tree, added after the window's own options.
#
# Runs org.divergence.bench.PaintedFrameBench (test sources) with the window's JVM options, and
# prints its table for each run with the load average; first the model's JMH median of this session
# (ModelBenchmark.defaultRun, one fork) as the machine's speed. Needs Xvfb.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}
IFS=, read -r -a sizes <<< "${2:-1440x900,1920x1080}"
IFS=, read -r -a modes <<< "${3:-baseline,nobaseline}"
shift $(( $# < 3 ? $# : 3 ))
trees=("$@")
[[ ${#trees[@]} -gt 0 ]] || trees=("$here")
IFS=';' read -r -a variants <<< "${BENCH_JVM_VARIANTS:-=}"

cp_file=$(mktemp)
xvfb_pid=
cleanup() {
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -f "$cp_file"
}
trap cleanup EXIT
(cd "$here" && mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "model speed (JMH, ModelBenchmark.defaultRun -f 1 -wi 3 -i 5), load $(cut -d' ' -f1-3 /proc/loadavg):"
jmh_out=$(mktemp)
(cd "$here" && mvn -B -q -o exec:exec -Pbench -Djmh.args="ModelBenchmark.defaultRun -f 1 -wi 3 -i 5" > "$jmh_out" 2>&1) || true
grep -E '^ModelBenchmark.defaultRun(:p0.50)? ' "$jmh_out" || { echo "  (JMH run failed:)"; tail -5 "$jmh_out"; }
rm -f "$jmh_out"

start_xvfb() {
    local size=$1 n
    for n in $(seq 91 160); do
        [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] && continue
        Xvfb ":$n" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        for _ in $(seq 100); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.05; done
        export DISPLAY=:$n
        return
    done
    echo "no free display" >&2
    exit 1
}

for round in $(seq "$rounds"); do
    for size in "${sizes[@]}"; do
        start_xvfb "$size"
        for mode in "${modes[@]}"; do
            for tree in "${trees[@]}"; do
              for variant in "${variants[@]}"; do
                read -r -a options <<< "${variant#*=}"
                label=${variant%%=*}
                [[ -z $label ]] || label=", JVM options $label: ${options[*]}"
                echo
                echo "### round $round, $size, $mode, $(git -C "$tree" log -1 --format='%h %s' | cut -c1-60)$(git -C "$tree" diff --quiet HEAD -- src/main || echo ' (+ changes)')$label"
                java -XX:+UseSerialGC -Xms128m -Xmn64m -XX:SurvivorRatio=4 -XX:MetaspaceSize=64m -Xmx512m \
                    -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 "${options[@]}" -Dprism.order=sw \
                    -cp "$tree/target/classes:$tree/target/test-classes:$(cat "$cp_file")" \
                    org.divergence.bench.PaintedFrameBench "$mode" 2>/dev/null | grep -v '^$' || echo "(run failed)"
              done
            done
        done
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
        xvfb_pid=
    done
done
