#!/usr/bin/env bash
# Peer: the letters of letters.jsonl as PDFs with LibreOffice headless, the way a mail merge done by hand
# is usually scripted: one .fodt per letter, ONE soffice call converting them all (a call per letter
# would pay LibreOffice's start-up every time), each PDF renamed into letters/, then qpdf joins them into
# the print file. The profile is fresh each run, so no earlier run's state (or a running desktop
# LibreOffice) can help or block it; its first-start cost is part of what is timed.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: libreoffice_letters.sh LETTERS_JSONL OUT_DIR" >&2; exit 2; }
jsonl=$1 out=$2
here=$(dirname "$(readlink -f "$0")")
mkdir -p "$out/letters"
src="$out/.fodt" pdf="$out/.pdf" profile=$(mktemp -d /tmp/dear-mp-bench-lo-XXXXXX)
trap 'rm -rf "$src" "$pdf" "$profile"' EXIT

/usr/bin/python3 "$here/fodt_letters.py" "$jsonl" "$src"
shopt -s nullglob
fodts=("$src"/*.fodt)
# One call for all of them; but LibreOffice 7.4 headless stops after a few hundred files of a long list
# (seen here: 245 of 2,000, exit 0), so the ones it left are given to it again, until none is left or
# a call makes nothing.
todo=("${fodts[@]}")
while [ ${#todo[@]} -gt 0 ]; do
    soffice --headless --norestore --nologo -env:UserInstallation="file://$profile" \
        --convert-to pdf --outdir "$pdf" "${todo[@]}" >/dev/null
    left=()
    for f in "${todo[@]}"; do
        name=${f##*/}
        [ -f "$pdf/${name%.fodt}.pdf" ] || left+=("$f")
    done
    [ ${#left[@]} -lt ${#todo[@]} ] || { echo "soffice converted none of the ${#todo[@]} files left" >&2; exit 1; }
    todo=(${left[@]+"${left[@]}"})
done
# Converted into a side folder: a PDF appears in letters/ only once whole, as with the other tools.
for f in "$pdf"/*.pdf; do
    mv "$f" "$out/letters/"
done
letters=("$out/letters"/*.pdf)
[ ${#letters[@]} -eq ${#fodts[@]} ] || { echo "soffice made ${#letters[@]} of ${#fodts[@]} PDFs" >&2; exit 1; }
qpdf --empty --pages "${letters[@]}" -- "$out/.all-letters-for-printing.pdf.part"
mv "$out/.all-letters-for-printing.pdf.part" "$out/all-letters-for-printing.pdf"
