#!/usr/bin/env bash
# Batch speed side by side with peer tools: the same letters written by Dear MP (the installed launcher,
# so what a user runs), ReportLab, a plain OpenPDF loop, LibreOffice headless and the I/O floor.
# Every run is a fresh process timed by GNU time; rounds are interleaved so a load change on a shared
# machine falls on all tools alike. See docs/performance.md, "Comparison with peers: the harness".
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
invocation="bench/compare.sh $*"

usage() {
    cat <<'EOF'
usage: bench/compare.sh [--sizes 200,2000,10000] [--rounds 3]
                        [--peers dearmp,reportlab,openpdf,libreoffice,iofloor]
                        [--dear-mp PATH_OR_COMMAND] [--libreoffice-max 2000]
                        [--template stronger-laws] [--seed 20261127]
  --dear-mp   the dear-mp to time (default: the app image target/installer/dear-mp/bin/dear-mp, built when
              missing); a command with arguments is split on spaces: --dear-mp "java -jar target/dear-mp.jar"
  --libreoffice-max  sizes above this skip LibreOffice (about 30 letters/s)
Prints a table and saves it in target/bench-compare/compare-<UTC time>.md (raw runs beside it, .tsv).
EOF
}

sizes=200,2000,10000 rounds=3 peers=dearmp,reportlab,openpdf,libreoffice,iofloor
dear_mp="" lo_max=2000 template=stronger-laws seed=20261127
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --peers) peers=$2; shift 2 ;;
        --dear-mp) dear_mp=$2; shift 2 ;;
        --libreoffice-max) lo_max=$2; shift 2 ;;
        --template) template=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "compare.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
    esac
done
IFS=, read -ra size_list <<<"$sizes"
IFS=, read -ra tools <<<"$peers"
for n in "${size_list[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: --sizes takes whole numbers above 0, not $n" >&2; exit 2; }
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: --rounds takes a whole number above 0" >&2; exit 2; }
for t in "${tools[@]}"; do
    case "$t" in dearmp | reportlab | openpdf | libreoffice | iofloor) ;;
        *) echo "compare.sh: unknown peer $t (dearmp, reportlab, openpdf, libreoffice, iofloor)" >&2; exit 2 ;;
    esac
done
has() { [[ ",$peers," == *",$1,"* ]]; }
# Every peer gets its letters from an untimed dear-mp batch, so dear-mp runs even when not timed.

# --- What the peers need, installed like .ci/run does -------------------------------------------------
font=/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf
need_apt=()
[ -x /usr/bin/time ] || need_apt+=(time)
[ -f "$font" ] || need_apt+=(fonts-liberation2)
# The text of a letter to an MP without an email address is read back from its PDF.
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
if has reportlab; then
    /usr/bin/python3 -c 'import reportlab' >/dev/null 2>&1 || need_apt+=(python3-reportlab)
fi
if has libreoffice; then
    command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
    command -v qpdf >/dev/null 2>&1 || need_apt+=(qpdf)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "Installing: ${need_apt[*]}"
    root=(); [ "$(id -u)" = 0 ] || root=(sudo)
    "${root[@]}" apt-get update -qq
    "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi

# --- What the tools need, built when missing ----------------------------------------------------------
if [ -z "$dear_mp" ]; then
    dear_mp=target/installer/dear-mp/bin/dear-mp
    if [ ! -x "$dear_mp" ]; then
        echo "Building the app image (mvn -Pinstaller) for $dear_mp"
        mvn -B -q -Pinstaller -DskipTests package
    fi
fi
read -ra dear <<<"$dear_mp"

peer_dir=target/bench-peers
peer_cp=""
if has openpdf || has iofloor; then
    pom_version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -n 1; }
    m2=${MAVEN_REPO:-$HOME/.m2/repository}/com/github/librepdf
    v=$(pom_version openpdf.version) fv=$(pom_version openpdf.fonts.version)
    peer_cp=$m2/openpdf/$v/openpdf-$v.jar:$m2/openpdf-fonts-extra/$fv/openpdf-fonts-extra-$fv.jar
    if [ ! -f "$m2/openpdf/$v/openpdf-$v.jar" ] || [ ! -f "$m2/openpdf-fonts-extra/$fv/openpdf-fonts-extra-$fv.jar" ]; then
        mkdir -p "$peer_dir"
        mvn -B -q dependency:build-classpath -Dmdep.outputFile="$repo/$peer_dir/cp.txt"
        peer_cp=$(tr ':' '\n' <"$peer_dir/cp.txt" | grep '/openpdf' | paste -sd:)
    fi
    stamp=$peer_dir/classes/.built
    if [ ! -f "$stamp" ] || [ -n "$(find bench/peers -name '*.java' -newer "$stamp")" ]; then
        echo "Compiling the Java peers into $peer_dir/classes"
        rm -rf "$peer_dir/classes"
        javac -nowarn -d "$peer_dir/classes" -cp "$peer_cp" bench/peers/*.java
        touch "$stamp"
    fi
fi

# --- The record of this run ---------------------------------------------------------------------------
stamp_utc=$(date -u +%Y%m%dT%H%M%SZ)
results=target/bench-compare
work=$results/work
mkdir -p "$results"
tsv=$results/compare-$stamp_utc.tsv md=$results/compare-$stamp_utc.md
printf 'n\tround\ttool\tstatus\twall_s\tuser_s\tsys_s\tmax_rss_kb\tload_before\tload_after\n' >"$tsv"
# The batch's user data (settings, recent letters) goes here, never into the user's own folder.
export DEAR_MP_HOME=$repo/$work/home

fail() {
    echo "compare.sh: $*" >&2
    [ -f "${log:-}" ] && { echo "--- last lines of $log:" >&2; tail -n 20 "$log" >&2; }
    exit 1
}

# GNU time -v: wall clock as [h:]m:ss.ss, CPU as seconds, peak resident set of the largest process in KB.
time_field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
wall_seconds() {
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f", s }' <<<"$1"
}

command_for() { # tool n dir out
    local d=$3 out=$4
    case "$1" in
        dearmp) cmd=("${dear[@]}" batch --input "$d/supporters.csv" --template "$template" --out "$out") ;;
        reportlab) cmd=(/usr/bin/python3 bench/peers/reportlab_letters.py "$d/letters.jsonl" "$out" "$font") ;;
        openpdf) cmd=(java -cp "$peer_dir/classes:$peer_cp" OpenPdfLetters "$d/letters.jsonl" "$out" "$font") ;;
        libreoffice) cmd=(bench/peers/libreoffice_letters.sh "$d/letters.jsonl" "$out") ;;
        iofloor) cmd=(java -cp "$peer_dir/classes" IoFloor "$d/prep" "$out") ;;
    esac
}

run_one() { # tool n round
    local tool=$1 n=$2 r=$3 d=$work/n$2
    # A folder of its own, removed only when the size is done: on this disk (ext4 mounted with discard)
    # the run after a large deletion paid up to 2 s more system time (seen: 0.4 s against 2.4 s of sys for
    # the same 2,000 letters), so clearing the last tool's folder first would tax whoever runs next.
    local out=$d/runs/$r-$tool timing=$d/time.txt
    log=$d/$tool.log
    command_for "$tool" "$n" "$d" "$out"
    mkdir -p "$d/runs"
    sync
    local before after rc=0
    before=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v -o "$timing" "${cmd[@]}" >"$log" 2>&1 || rc=$?
    after=$(cut -d' ' -f1 /proc/loadavg)
    [ "$rc" -eq 0 ] || fail "$tool at N=$n, round $r, exited with $rc: ${cmd[*]}"
    local pdfs
    pdfs=$({ find "$out/letters" -maxdepth 1 -name '*.pdf' 2>/dev/null || true; } | wc -l)
    [ "$pdfs" -eq "$n" ] || fail "$tool at N=$n, round $r, wrote $pdfs PDFs, not $n"
    [ -s "$out/all-letters-for-printing.pdf" ] || fail "$tool at N=$n, round $r, wrote no print file"
    if command -v qpdf >/dev/null 2>&1; then
        local pages
        pages=$(qpdf --show-npages "$out/all-letters-for-printing.pdf" 2>/dev/null || echo 0)
        [ "$pages" -ge "$n" ] || fail "$tool at N=$n, round $r: its print file has $pages pages for $n letters"
    fi
    local wall user sys rss
    wall=$(wall_seconds "$(time_field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$timing")")
    user=$(time_field 'User time (seconds)' "$timing") sys=$(time_field 'System time (seconds)' "$timing")
    rss=$(time_field 'Maximum resident set size (kbytes)' "$timing")
    printf '%s\t%s\t%s\tok\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$r" "$tool" "$wall" "$user" "$sys" "$rss" \
        "$before" "$after" >>"$tsv"
    printf '  N=%-6s round %s  %-12s %8.3f s wall  %6.0f letters/s\n' "$n" "$r" "$tool" "$wall" \
        "$(awk -v n="$n" -v w="$wall" 'BEGIN { print (w > 0 ? n / w : 0) }')"
}

for n in "${size_list[@]}"; do
    d=$work/n$n
    rm -rf "$d"
    mkdir -p "$d"
    log=$d/prep.log
    echo "N=$n: preparing (untimed): supporters, one dear-mp batch, the letters for the peers"
    "${dear[@]}" bench supporters --n "$n" --out "$d/supporters.csv" --seed "$seed" >"$log" 2>&1 \
        || fail "dear-mp bench supporters failed (is $dear_mp older than the bench supporters command?)"
    "${dear[@]}" batch --input "$d/supporters.csv" --template "$template" --out "$d/prep" >>"$log" 2>&1 \
        || fail "the preparing dear-mp batch at N=$n failed"
    /usr/bin/python3 bench/letters_from_batch.py "$d/prep" "$d/letters.jsonl" >>"$log" 2>&1 \
        || fail "could not read the letters of the preparing batch"
    [ "$(wc -l <"$d/letters.jsonl")" -eq "$n" ] || fail "the preparing batch wrote $(wc -l <"$d/letters.jsonl") letters, not $n"
    sync
    sleep 10

    run_tools=()
    for t in "${tools[@]}"; do
        if [ "$t" = libreoffice ] && [ "$n" -gt "$lo_max" ]; then
            printf '%s\t-\tlibreoffice\tskipped\t\t\t\t\t\t\n' "$n" >>"$tsv"
            echo "  N=$n: LibreOffice skipped (above --libreoffice-max $lo_max)"
        else
            run_tools+=("$t")
        fi
    done
    for ((r = 1; r <= rounds; r++)); do
        # A different tool goes first each round: the first run after preparation meets a colder cache.
        start=$(((r - 1) % ${#run_tools[@]}))
        for ((i = 0; i < ${#run_tools[@]}; i++)); do
            run_one "${run_tools[$(((start + i) % ${#run_tools[@]}))]}" "$n" "$r"
        done
    done
    # Kept: the CSV, the letters and each tool's last log; the letters themselves take the disk. Then a
    # pause, outside any timing, for the disk to finish discarding what was deleted.
    rm -rf "$d/runs" "$d/prep"
    sync
    sleep 15
done

# --- The table ----------------------------------------------------------------------------------------
launcher_line() {
    local first=${dear[0]}
    if [ -f "$first" ] && head -c 2 "$first" | grep -q '#!'; then
        # The java line the launcher script runs, continuation lines included.
        awk '/^[[:space:]]*exec /{on=1} on{print; if ($0 !~ /\\$/) exit}' "$first"
    else
        echo "${dear[*]}"
    fi
}
dear_java() {
    local first=${dear[0]} rt
    rt=$(dirname "$(dirname "$(readlink -f "$first" 2>/dev/null || echo "$first")")")/lib/runtime/bin/java
    if [ -x "$rt" ]; then "$rt" -version 2>&1; else "$first" -version 2>&1 | grep -i -m 3 'version\|runtime\|vm' || true; fi
}
{
    echo "# Batch speed with peers, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Run as: \`$invocation\`"
    echo "- Sizes: $sizes; rounds: $rounds (interleaved, first tool rotated each round); template: $template; seed: $seed"
    echo "- Machine: $(nproc) cores (nproc), $(uname -srm)"
    echo "- dear-mp command: \`${dear[*]} batch --input supporters.csv --template $template --out DIR\`"
    echo "- Its java line:"
    echo
    echo '```'
    launcher_line
    echo '```'
    echo
    echo "- dear-mp's Java: $(dear_java | head -n 1 | tr -d '\r')"
    echo "- Java of the OpenPDF and I/O floor peers (default options): $(java -version 2>&1 | head -n 1)"
    has reportlab && echo "- ReportLab $(/usr/bin/python3 -c 'import reportlab; print(reportlab.Version)') on $(/usr/bin/python3 --version 2>&1)"
    has libreoffice && echo "- $(soffice --version 2>/dev/null | head -n 1); qpdf $(qpdf --version | head -n 1 | awk '{print $NF}')"
    echo "- Raw runs: $tsv"
    echo
    /usr/bin/python3 bench/summarise.py "$tsv"
} >"$md"
echo
cat "$md"
echo "Saved: $md"
