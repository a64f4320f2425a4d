#!/usr/bin/env bash
# Start-up figures of the app image built by `mvn -B -Pinstaller -DskipTests package`, beside the plain
# jar, in the same rounds and interleaved, with the load average before and after:
#   1. `dear-mp lookup "SW1A 0AA"` from the image against `java -jar target/dear-mp.jar lookup`;
#   2. the window drawn and usable (the first step laid out), from the image, under Xvfb;
#   3. a cold batch of 10,000 letters from the image (`dear-mp bench batch`, in a fresh JVM).
# Usage: src/packaging/bench-start.sh [rounds]   (default 10; needs xvfb-run for the window)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-10}
image=target/installer/dear-mp/bin/dear-mp
jar=target/dear-mp.jar
[ -x "$image" ] && [ -f "$jar" ] || { echo "Build the image first: mvn -B -Pinstaller -DskipTests package" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" DEAR_MP_HOME="$home/dear-mp"

millis() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$home/image" && : >"$home/jar"
for _ in $(seq "$rounds"); do
    millis "$image" lookup "SW1A 0AA" >>"$home/image"
    millis java -jar "$jar" lookup "SW1A 0AA" >>"$home/jar"
done
image_ms=$(median <"$home/image")
jar_ms=$(median <"$home/jar")
echo "lookup, median of $rounds interleaved rounds: image ${image_ms} ms, jar ${jar_ms} ms," \
    "ratio $(awk -v a="$image_ms" -v b="$jar_ms" 'BEGIN { printf "%.2f", a / b }')"

if command -v xvfb-run >/dev/null 2>&1; then
    : >"$home/window"
    for _ in $(seq "$(( rounds < 5 ? rounds : 5 ))"); do
        rm -rf "$home/dear-mp"
        xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
            JAVA_TOOL_OPTIONS='-Dorg.slf4j.simpleLogger.log.org.dearmp.ui.shell.DearMpApp=debug' \
                '$image' 2>'$home/gui.err' &
            app=\$!
            for _ in \$(seq 600); do grep -q 'Window usable' '$home/gui.err' && break; sleep 0.1; done
            kill \$app
            wait \$app 2>/dev/null || true"
        sed -n 's/.*Window usable \([0-9]*\) ms.*/\1/p' "$home/gui.err" >>"$home/window"
    done
    echo "window usable, median of $(wc -l <"$home/window") starts: $(median <"$home/window") ms after the JVM started"
fi

# The cold row only: the first batch in a fresh JVM, as one `dear-mp batch` meets it.
"$image" bench batch --cold 10000 --warmup 1 --n 1 2>&1 | awk '/^First batch/ { f = 1 } f { print; if (++n == 3) exit }'

echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
