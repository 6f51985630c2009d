"""Loader benchmark: mltrain's loadTable vs pandas.read_csv on the same numeric CSVs.

Usage (from the repository root): /usr/bin/python3 bench/data/run-bench.py [REPEATS] [SIZES, e.g. 500k,1m]
Generates bench/out/numeric-{500k,1m}-30.csv once (seeded), bundles the TypeScript loader with
esbuild, then times whole processes, alternating which tool goes first, with /usr/bin/time -v:
wall clock, CPU (user + sys) and peak RSS. Prints medians and the ratios mltrain / pandas: of the medians, and the median of the ratios
within each repetition (the two runs of a repetition are back to back, so on a shared machine
whose load drifts this paired ratio is the steadier figure).
"""
import json
import os
import re
import statistics
import subprocess
import sys

REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
ALL_SIZES = {"500k": 500_000, "1m": 1_000_000}
SIZES = [(label, ALL_SIZES[label]) for label in (sys.argv[2].split(",") if len(sys.argv) > 2 else ALL_SIZES)]
COLUMNS = 30
OUT = "bench/out"
GEN = "/tmp/mltrain-data-gen.mjs"
LOAD = "/tmp/mltrain-data-load.mjs"
PANDAS = "import pandas as pd, sys; df = pd.read_csv(sys.argv[1]); print(df.shape)"


def bundle(entry, outfile):
    subprocess.run(["npx", "esbuild", entry, "--bundle", "--platform=node", "--format=esm", f"--outfile={outfile}", "--log-level=warning"], check=True)


def timed(command):
    result = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, check=True)
    err = result.stderr

    def field(name):
        return re.search(rf"{re.escape(name)}: (.+)", err).group(1).strip()

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall)))
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    rss_mib = int(field("Maximum resident set size (kbytes)")) / 1024
    return {"wall": seconds, "cpu": cpu, "rss_mib": rss_mib, "stdout": result.stdout.strip()}


def main():
    os.makedirs(OUT, exist_ok=True)
    bundle("bench/data/generate-csv.ts", GEN)
    bundle("bench/data/load-csv.ts", LOAD)
    report = {}
    for label, rows in SIZES:
        path = f"{OUT}/numeric-{label}-{COLUMNS}.csv"
        if not os.path.exists(path):
            subprocess.run(["node", GEN, str(rows), str(COLUMNS), path, "1"], check=True)
        runs = {"mltrain": [], "pandas": []}
        for rep in range(REPEATS):
            order = ["mltrain", "pandas"] if rep % 2 == 0 else ["pandas", "mltrain"]
            for tool in order:
                command = ["node", LOAD, path] if tool == "mltrain" else ["/usr/bin/python3", "-c", PANDAS, path]
                run = timed(command)
                runs[tool].append(run)
                print(f"{label} rep {rep} {tool}: wall {run['wall']:.2f} s, cpu {run['cpu']:.2f} s, rss {run['rss_mib']:.0f} MiB", flush=True)
        summary = {}
        for tool, items in runs.items():
            summary[tool] = {
                "wall_median_s": statistics.median(r["wall"] for r in items),
                "cpu_median_s": statistics.median(r["cpu"] for r in items),
                "peak_rss_mib": max(r["rss_mib"] for r in items),
                "walls": [round(r["wall"], 2) for r in items],
            }
        summary["ratio_wall"] = summary["mltrain"]["wall_median_s"] / summary["pandas"]["wall_median_s"]
        summary["paired_ratio_wall"] = statistics.median(m["wall"] / p["wall"] for m, p in zip(runs["mltrain"], runs["pandas"]))
        summary["ratio_cpu"] = summary["mltrain"]["cpu_median_s"] / summary["pandas"]["cpu_median_s"]
        summary["bytes"] = os.path.getsize(path)
        report[label] = summary
        print(f"{label}: mltrain/pandas wall {summary['ratio_wall']:.2f} (paired {summary['paired_ratio_wall']:.2f}), cpu {summary['ratio_cpu']:.2f}", flush=True)
    with open(f"{OUT}/data-bench-{'-'.join(label for label, _ in SIZES)}.json", "w") as f:
        json.dump(report, f, indent=2)
    print("| rows x cols | file | mltrain wall (median) | pandas wall (median) | ratio wall (paired) | mltrain CPU | pandas CPU | ratio CPU | peak RSS mltrain / pandas |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label, _ in SIZES:
        s = report[label]
        m, p = s["mltrain"], s["pandas"]
        print(f"| {label} x {COLUMNS} | {s['bytes'] / 2**20:.0f} MiB | {m['wall_median_s']:.2f} s | {p['wall_median_s']:.2f} s | {s['ratio_wall']:.2f} ({s['paired_ratio_wall']:.2f}) | {m['cpu_median_s']:.2f} s | {p['cpu_median_s']:.2f} s | {s['ratio_cpu']:.2f} | {m['peak_rss_mib']:.0f} / {p['peak_rss_mib']:.0f} MiB |")


main()
