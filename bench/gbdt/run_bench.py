"""Runs the GBDT benchmark: mltrain's engine against XGBoost 1.7.4 (and scikit-learn 1.2.1's
HistGradientBoosting on the real data sets), whole job each, sides alternating, medians of repeats.

Usage: /usr/bin/python3 bench/gbdt/run_bench.py [--repeats N] [--threads 1,2] [--cases synth_100k,synth_1m,telco_churn,german_credit]
Needs: bench/out/synth_*.csv from generate_synthetic.py. Bundles bench/gbdt/gbdt-job.ts with esbuild first.
Writes bench/out/gbdt-results.json (or --output) and prints a Markdown table (paste into bench/gbdt/RESULTS.md).
Wall time is measured around each process (interpreter start, imports, CSV read, train, predict);
CPU time is user + system of the process (all threads); peak RSS is the process's maximum.
"""
import argparse
import json
import os
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
OUT = os.path.join(ROOT, 'bench', 'out')
BUNDLE = '/tmp/mltrain-gbdt-job.mjs'
CASES = {
    'synth_100k': os.path.join(OUT, 'synth_100k.csv'),
    'synth_1m': os.path.join(OUT, 'synth_1m.csv'),
    'telco_churn': '/work/shared/datasets/telco_churn.csv',
    'german_credit': '/work/shared/datasets/german_credit.csv',
}


def run(command):
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f'{command} failed: {result.stderr[-2000:]}')
    record = json.loads(result.stdout.strip().splitlines()[-1])
    record['wall_seconds'] = wall
    return record


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--repeats', type=int, default=3)
    parser.add_argument('--threads', default='1,2')
    parser.add_argument('--cases', default=','.join(CASES))
    parser.add_argument('--sklearn', action='store_true', help='also run HistGradientBoosting on synthetic cases')
    parser.add_argument('--output', default='gbdt-results.json', help='file name under bench/out/')
    parser.add_argument('--table', nargs='*', help='only print the table of these result files (under bench/out/)')
    args = parser.parse_args()
    if args.table:
        rows = []
        for name in args.table:
            with open(os.path.join(OUT, name)) as f:
                rows.extend(json.load(f))
        print(table(rows))
        return
    subprocess.run(['npx', 'esbuild', 'bench/gbdt/gbdt-job.ts', '--bundle', '--platform=node', '--format=esm',
                    f'--outfile={BUNDLE}', '--log-level=warning'], check=True, cwd=ROOT)
    results = []
    for case in args.cases.split(','):
        path = CASES[case]
        real = not case.startswith('synth')
        for threads in [int(t) for t in args.threads.split(',')]:
            tools = {'mltrain': ['node', BUNDLE, path, str(threads)],
                     'xgboost': ['/usr/bin/python3', 'bench/gbdt/reference_job.py', 'xgboost', path, str(threads)]}
            if real or args.sklearn:
                tools['sklearn'] = ['/usr/bin/python3', 'bench/gbdt/reference_job.py', 'sklearn', path, str(threads)]
            runs = {name: [] for name in tools}
            for repeat in range(args.repeats):
                order = list(tools) if repeat % 2 == 0 else list(reversed(list(tools)))
                for name in order:
                    record = run(tools[name])
                    runs[name].append(record)
                    print(case, threads, name, f"wall {record['wall_seconds']:.2f}s cpu {record['cpu_seconds']:.2f}s "
                          f"rss {record['peak_rss_mib']:.0f}MiB auc {record['auc']:.4f}", flush=True)
            for name, records in runs.items():
                med = lambda key: statistics.median(r[key] for r in records)  # noqa: E731
                results.append({
                    'case': case, 'threads': threads, 'tool': name, 'repeats': len(records),
                    'auc': records[0]['auc'], 'wall_seconds': med('wall_seconds'), 'cpu_seconds': med('cpu_seconds'),
                    'peak_rss_mib': med('peak_rss_mib'),
                    'phases': {k: statistics.median(r['phases'][k] for r in records) for k in records[0]['phases']},
                    'walls': [r['wall_seconds'] for r in records],
                })
    with open(os.path.join(OUT, args.output), 'w') as f:
        json.dump(results, f, indent=1)
    print(table(results))


def table(results):
    lines = ['| case | threads | tool | runs | test AUC | wall s (median) | CPU s (median) | peak RSS MiB | read / train / predict wall s | wall vs XGBoost | CPU vs XGBoost | RSS vs XGBoost |',
             '|---|---|---|---|---|---|---|---|---|---|---|---|']
    ref = {(r['case'], r['threads']): r for r in results if r['tool'] == 'xgboost'}
    for r in results:
        x = ref[(r['case'], r['threads'])]
        p = r['phases']
        lines.append(f"| {r['case']} | {r['threads']} | {r['tool']} | {r['repeats']} | {r['auc']:.4f} | {r['wall_seconds']:.1f} | {r['cpu_seconds']:.2f} | "
                     f"{r['peak_rss_mib']:.0f} | {p['read']:.1f} / {p['train']:.1f} / {p['predict']:.2f} | "
                     f"{r['wall_seconds'] / x['wall_seconds']:.2f}x | {r['cpu_seconds'] / x['cpu_seconds']:.2f}x | {r['peak_rss_mib'] / x['peak_rss_mib']:.2f}x |")
    return '\n'.join(lines)


if __name__ == '__main__':
    main()
