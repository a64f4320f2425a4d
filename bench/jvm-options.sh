#!/usr/bin/env bash
# Which JVM options the launchers should set for a batch: the app image's own runtime and class-data
# archive, started with each candidate set of options in turn, interleaved round by round, on the same
# supporters file, a fresh process per run. Prints wall and CPU seconds, peak resident memory and the load
# average per run, then the medians. The launcher's choice (src/packaging/linux/dear-mp) comes from this.
#
#   bench/jvm-options.sh [--sizes 2000,10000] [--rounds 2] [--first K]
# --first K times only the first K candidates (--first 1: the launcher's options alone, e.g. to see how
# the time grows with N).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=2000,10000 rounds=2 first=0
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --first) first=$2; shift 2 ;;
        *) echo "usage: bench/jvm-options.sh [--sizes 2000,10000] [--rounds 2] [--first K]" >&2; exit 2 ;;
    esac
done
image=target/installer/dear-mp
[ -x "$image/bin/dear-mp" ] || mvn -B -q -Pinstaller -DskipTests package
[ -x /usr/bin/time ] || { echo "bench/jvm-options.sh needs GNU time (Debian package time)" >&2; exit 2; }

# name|options: the launcher's choice first, then what it was chosen over.
candidates=(
    "launcher: C1 only, serial GC, 384 MB heap|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m"
    "both compilers (tiered), serial GC, 384 MB heap|-XX:+UseSerialGC -Xmx384m"
    "both compilers, G1 (the JVM's default), default heap|"
    "C1 only, G1, default heap|-XX:TieredStopAtLevel=1"
    "both compilers, C2 later (Tier4 thresholds x3), serial GC, 384 MB|-XX:+UseSerialGC -Xmx384m -XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=1800 -XX:Tier4CompileThreshold=45000 -XX:Tier4BackEdgeThreshold=120000"
    "the launcher's options without the class-data archive|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m -Xshare:off"
)
[ "$first" -gt 0 ] && candidates=("${candidates[@]:0:$first}")
work=target/bench-jvm
rm -rf "$work"
mkdir -p "$work"
results="$work/runs.tsv"
printf 'n\tround\toptions\twall_s\tcpu_s\tmax_rss_mb\tload_before\n' >"$results"
IFS=, read -ra size_list <<<"$sizes"
for n in "${size_list[@]}"; do
    "$image/bin/dear-mp" bench supporters --n "$n" --out "$work/supporters-$n.csv" >/dev/null
    for round in $(seq 1 "$rounds"); do
        count=${#candidates[@]}
        for i in $(seq 0 $((count - 1))); do
            # A different candidate first each round.
            entry=${candidates[$(((i + round - 1) % count))]}
            name=${entry%%|*}
            read -ra options <<<"${entry#*|}"
            # A folder of its own per run (see compare.sh: a run after a large deletion pays for it).
            out="$work/runs/$round-$i"
            mkdir -p "$work/runs"
            sync
            load=$(cut -d' ' -f1 /proc/loadavg)
            /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" \
                "$image/lib/runtime/bin/java" -XX:SharedArchiveFile="$image/lib/app/dear-mp.jsa" -Xlog:cds*=off \
                ${options[@]+"${options[@]}"} -cp "$image/lib/app/dear-mp.jar" org.dearmp.Launcher \
                batch --input "$work/supporters-$n.csv" --template stronger-laws --out "$out" >"$work/run.log" 2>&1 \
                || { echo "the run failed: $name, N=$n" >&2; tail -n 20 "$work/run.log" >&2; exit 1; }
            read -r wall user sys rss <"$work/time.txt"
            cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
            mb=$((rss / 1024))
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$round" "$name" "$wall" "$cpu" "$mb" "$load" >>"$results"
            printf 'N=%-7s round %s  %-72s %7.2f s wall %7.2f s CPU %5d MB  load %s\n' "$n" "$round" "$name" "$wall" "$cpu" "$mb" "$load"
        done
    done
    rm -rf "$work/runs"
    sync
    sleep 15
done
echo
echo "Medians over $rounds rounds ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)):"
echo "| N | options | wall s | letters/s | CPU s | CPU ms per letter | peak RSS MB |"
echo "|---:|---|---:|---:|---:|---:|---:|"
/usr/bin/python3 - "$results" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
seen = []
for r in rows:
    key = (r["n"], r["options"])
    if key not in seen:
        seen.append(key)
for n, options in seen:
    runs = [r for r in rows if (r["n"], r["options"]) == (n, options)]
    wall = statistics.median(float(r["wall_s"]) for r in runs)
    cpu = statistics.median(float(r["cpu_s"]) for r in runs)
    rss = statistics.median(int(r["max_rss_mb"]) for r in runs)
    print(f"| {n} | {options} | {wall:.2f} | {int(n) / wall:.0f} | {cpu:.2f} | {cpu * 1000 / int(n):.2f} | {rss:.0f} |")
PY
echo "Load average (1 min) before the runs: $(awk -F'\t' 'NR > 1 { print $7 }' "$results" | sort -n | sed -n '1p;$p' | paste -sd'-')"
