#!/usr/bin/python3
"""The tables of bench/compare.sh from its raw runs (TSV): per size and tool, letters per second
(N / wall seconds of the whole process), CPU seconds and peak memory; then Dear MP's letters per second
over each peer's, round by round (each ratio compares two runs made minutes apart under the same load).
"""
import csv
import sys
from collections import defaultdict
from statistics import median

NAMES = {"dearmp": "Dear MP", "reportlab": "ReportLab", "openpdf": "OpenPDF loop",
         "libreoffice": "LibreOffice", "iofloor": "I/O floor"}


def spread(values, fmt):
    if not values:
        return "–"
    med = fmt.format(median(values))
    if len(values) == 1:
        return med
    return f"{med} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def main(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    sizes = sorted({int(r["n"]) for r in rows})
    tools = list(dict.fromkeys(r["tool"] for r in rows))
    runs = defaultdict(dict)  # (n, tool) -> round -> row
    skipped = {(int(r["n"]), r["tool"]) for r in rows if r["status"] == "skipped"}
    for r in rows:
        if r["status"] == "ok":
            runs[(int(r["n"]), r["tool"])][r["round"]] = r

    def lps(r):
        return int(r["n"]) / max(float(r["wall_s"]), 0.001)

    print("## Letters per second, whole process (median, min–max over rounds)\n")
    print("| N | tool | letters/s | wall s | CPU s (user+sys) | peak RSS MB |")
    print("|---:|---|---:|---:|---:|---:|")
    for n in sizes:
        for tool in tools:
            name = NAMES.get(tool, tool)
            if (n, tool) in skipped:
                print(f"| {n} | {name} | skipped: N above --libreoffice-max | | | |")
                continue
            done = list(runs[(n, tool)].values())
            if not done:
                continue
            print(f"| {n} | {name} | {spread([lps(r) for r in done], '{:.0f}')} "
                  f"| {spread([float(r['wall_s']) for r in done], '{:.2f}')} "
                  f"| {median(float(r['user_s']) + float(r['sys_s']) for r in done):.2f} "
                  f"| {median(int(r['max_rss_kb']) for r in done) / 1024:.0f} |")

    if "dearmp" in tools:
        print("\n## Dear MP's letters/s over each peer's, per round (median, min–max)\n")
        print("Above 1: Dear MP is faster. Against the I/O floor it is below 1 by design: the floor does only "
              "the disk work.\n")
        print("| N | peer | ratio | rounds |")
        print("|---:|---|---:|---:|")
        for n in sizes:
            ours = runs[(n, "dearmp")]
            for tool in tools:
                if tool == "dearmp" or (n, tool) in skipped:
                    continue
                theirs = runs[(n, tool)]
                ratios = [lps(ours[k]) / lps(theirs[k]) for k in sorted(ours) if k in theirs]
                if ratios:
                    print(f"| {n} | {NAMES.get(tool, tool)} | {spread(ratios, '{:.2f}')} | {len(ratios)} |")

    def load_range(chosen):
        loads = [float(r[k]) for r in chosen if r["status"] == "ok" for k in ("load_before", "load_after")]
        return f"{min(loads):.2f}–{max(loads):.2f}" if loads else "–"

    print(f"\nLoad average (1 min) before and after the runs: {load_range(rows)} "
          f"(letters/s falls when other work shares the cores; CPU s much less so); by size: "
          + ", ".join(f"N={n} {load_range([r for r in rows if int(r['n']) == n])}" for n in sizes) + ".")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: summarise.py RUNS_TSV")
    main(sys.argv[1])
