#!/usr/bin/env bash
# Two builds of dear-mp side by side: `dear-mp batch` from jar A and jar B on the same synthetic supporters,
# a fresh process each, interleaved (the order swapped each round), with the load average before each run.
# Usage: bench/ab-jars.sh OLD.jar NEW.jar [N ...]   (default N: 2000 10000; 3 rounds each)
# Prints a TSV: n, round, jar (a or b), wall s, CPU s, peak RSS MB, load average.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 OLD.jar NEW.jar [N ...]" >&2; exit 2; }
jar_a=$(realpath "$1"); jar_b=$(realpath "$2"); shift 2
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(2000 10000)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export HOME="$work/home" DEAR_MP_HOME="$work/data"; mkdir -p "$HOME"
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m)   # the launcher's options (src/packaging/linux/dear-mp)
printf 'n\tround\tjar\twall_s\tcpu_s\trss_mb\tload\n'
for n in "${sizes[@]}"; do
  java -jar "$jar_b" bench supporters --n "$n" --out "$work/s$n.csv" >/dev/null
  for r in 1 2 3; do
    if [ $((r % 2)) = 1 ]; then order="a b"; else order="b a"; fi
    for j in $order; do
      jar=$jar_a; [ "$j" = b ] && jar=$jar_b
      out="$work/out-$j-$n-$r"; sync; sleep 2
      load=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -f '%e %U %S %M' -o "$work/t" java "${opts[@]}" -jar "$jar" batch --input "$work/s$n.csv" \
          --template stronger-laws --out "$out" >/dev/null 2>&1
      read -r wall user sys rss <"$work/t"
      printf '%s\t%s\t%s\t%s\t%s\t%d\t%s\n' "$n" "$r" "$j" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
          $((rss / 1024)) "$load"
      rm -rf "$out"
    done
  done
done
