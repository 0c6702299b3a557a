#!/usr/bin/env bash
# Cold start to the first drawn chart: the packaged app with and without its class-data archive, and
# the plain jar, in alternating runs (docs/BENCHMARKS.md, "Packaged app").
#
#   packaging/bench-startup.sh [ROUNDS]        (default 10 rounds; run from anywhere)
#
# Needs the app image (mvn -B -Ppackage -DskipTests -Ddivergence.installer=none package) and the jar.
# Uses $BENCH_DISPLAY if set, else starts its own Xvfb (1440x900x24) and stops it at the end.
# Each run is a new process with -Ddivergence.firstChart=print (the app prints "first chart painted
# N ms after the JVM started" once the headline chart has been drawn) and its own empty data folder;
# when that line arrives the script reads the CPU time of every thread of the process (and of its
# child JVM, for the plain jar) from /proc, then stops it. Reported per run:
#   launch->chart  from just before the process is started to the moment that line arrives (bash's
#                  EPOCHREALTIME); this includes the launcher and, for the plain jar, its first JVM
#   jvm->chart     the app's own figure, from the JVM's start (RuntimeMXBean.getStartTime)
#   cpu            CPU time (user+system) of all threads of all its processes until then
#   fx-thread      of which the JavaFX application thread's: the part that cannot run in parallel
#   load           the 1-minute load average: other work on the machine lengthens the wall times
# "Cold" means a new process each time; the OS file cache is warm (nothing is dropped).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-10}
image=target/packaging/image/Divergence
jar=target/divergence.jar
[[ -x $image/bin/Divergence ]] || { echo "no app image: mvn -B -Ppackage -DskipTests -Ddivergence.installer=none package" >&2; exit 1; }
[[ -f $jar ]] || { echo "no $jar: mvn -B package -DskipTests" >&2; exit 1; }

tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

if [[ -n ${BENCH_DISPLAY:-} ]]; then
    export DISPLAY=$BENCH_DISPLAY
else
    for n in $(seq 91 140); do
        [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] && continue
        Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        for _ in $(seq 100); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.05; done
        export DISPLAY=:$n
        break
    done
fi

# label | how it is started (eval'd; $data is the run's data folder)
configs=(
    "packaged|JAVA_TOOL_OPTIONS=\"-Ddivergence.firstChart=print -Ddivergence.dataDir=\$data\" exec $image/bin/Divergence"
    "packaged, no archive|JAVA_TOOL_OPTIONS=\"-Xshare:off -Ddivergence.firstChart=print -Ddivergence.dataDir=\$data\" exec $image/bin/Divergence"
    "plain jar (java -jar)|exec java -Ddivergence.firstChart=print -Ddivergence.dataDir=\$data -jar $jar"
)

tick=$(getconf CLK_TCK)
# The process and all its descendants.
tree() {
    local pids=$1 frontier=$1 next
    while [[ -n $frontier ]]; do
        next=$(for p in $frontier; do cat /proc/$p/task/*/children 2>/dev/null; done | xargs)
        pids="$pids $next"
        frontier=$next
    done
    echo "$pids"
}
# "total fx" CPU milliseconds of the given processes' threads.
cpu_of() {
    local total=0 fx=0 stat name rest
    for p in $1; do
        for t in /proc/$p/task/*; do
            stat=$(cat "$t/stat" 2>/dev/null) || continue
            name=${stat#*(}; name=${name%)*}
            read -r -a rest <<< "${stat##*) }"
            total=$(( total + rest[11] + rest[12] ))
            [[ $name == "JavaFX Applicat"* ]] && fx=$(( fx + rest[11] + rest[12] ))
        done
    done
    echo "$(( total * 1000 / tick )) $(( fx * 1000 / tick ))"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "display: $DISPLAY; rounds: $rounds; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-24s %14s %12s %10s %10s %6s\n' config launch-chart jvm-chart cpu fx-thread load
declare -A all
for round in $(seq "$rounds"); do
    for config in "${configs[@]}"; do
        label=${config%%|*}
        command=${config#*|}
        data=$tmp/data-$round-${#label}
        mkdir -p "$data"
        rm -f "$tmp/err"; mkfifo "$tmp/err"
        start=$EPOCHREALTIME
        ( eval "$command" ) 2> "$tmp/err" > /dev/null &
        pid=$!
        result=
        while IFS= read -r line; do
            if [[ $line == *"first chart painted"* ]]; then
                when=$EPOCHREALTIME
                pids=$(tree "$pid")
                read -r cpu fx <<< "$(cpu_of "$pids")"
                inner=$(sed -E 's/.*painted ([0-9]+) ms.*/\1/' <<< "$line")
                result="$(awk -v a="$start" -v b="$when" 'BEGIN { printf "%d", (b - a) * 1000 }') $inner $cpu $fx"
                kill $pids 2>/dev/null || true
                break
            fi
        done < "$tmp/err"
        wait "$pid" 2>/dev/null || true
        if [[ -z $result ]]; then echo "$label: no first chart" >&2; continue; fi
        read -r outer inner cpu fx <<< "$result"
        printf '%-24s %11d ms %9d ms %7d ms %7d ms %6s\n' "$label" "$outer" "$inner" "$cpu" "$fx" "$(cut -d' ' -f1 /proc/loadavg)"
        all[$label]+="$result"$'\n'
    done
done

column() { cut -d' ' -f"$1" <<< "$2" | grep .; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "medians over $rounds rounds (fastest in brackets):"
for config in "${configs[@]}"; do
    label=${config%%|*}
    rows=${all[$label]:-}
    [[ -n $rows ]] || continue
    printf '%-24s launch->chart %5d ms (%d)  jvm->chart %5d ms (%d)  cpu %5d ms  fx-thread %5d ms\n' "$label" \
        "$(column 1 "$rows" | median)" "$(column 1 "$rows" | sort -n | head -1)" \
        "$(column 2 "$rows" | median)" "$(column 2 "$rows" | sort -n | head -1)" \
        "$(column 3 "$rows" | median)" "$(column 4 "$rows" | median)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
