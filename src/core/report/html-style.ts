/** The report's stylesheet, inlined: the file must open anywhere, offline, with no external resource. */
export const REPORT_CSS = `
:root { --ink: #0f172a; --text: #334155; --muted: #64748b; --line: #e2e8f0; --panel: #ffffff; --page: #f1f5f9;
  --blue: #2563eb; --green: #15803d; --green-bg: #dcfce7; --red: #b91c1c; --red-bg: #fee2e2; --amber: #b45309; --amber-bg: #fef3c7; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--text); font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
header.hero { background: linear-gradient(135deg, #0f172a, #1e3a8a); color: #e2e8f0; padding: 28px 40px 24px; }
header.hero .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: #93c5fd; }
header.hero h1 { margin: 4px 0 6px; font-size: 28px; color: #ffffff; }
header.hero p.description { margin: 0 0 14px; max-width: 900px; color: #cbd5e1; }
.verdict { display: inline-block; padding: 6px 12px; border-radius: 6px; font-weight: 600; }
.verdict.passed { background: var(--green-bg); color: var(--green); }
.verdict.failed { background: var(--red-bg); color: var(--red); }
.chips { margin-top: 14px; display: flex; flex-wrap: wrap; gap: 8px; }
.chip { background: rgba(255,255,255,.1); border: 1px solid rgba(255,255,255,.18); border-radius: 999px; padding: 2px 10px; font-size: 12px; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 24px 48px; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 18px 22px; margin: 0 0 20px; }
section h2 { margin: 0 0 12px; font-size: 18px; color: var(--ink); }
section h3 { margin: 16px 0 8px; font-size: 15px; color: var(--ink); }
.note { color: var(--muted); font-size: 13px; }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; }
.kpi { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.kpi .name { color: var(--muted); font-size: 12px; }
.kpi .value { font-size: 24px; font-weight: 650; color: var(--ink); font-variant-numeric: tabular-nums; }
.kpi .delta { font-size: 12px; font-variant-numeric: tabular-nums; }
.up { color: var(--green); } .down { color: var(--red); } .flat { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; background: #f8fafc; }
table + table { margin-top: 14px; }
.pair { display: grid; grid-template-columns: minmax(380px, 2fr) 3fr; gap: 20px; align-items: start; }
.pair code { word-break: normal; white-space: nowrap; }
@media (max-width: 900px) { .pair { grid-template-columns: 1fr; } }
h3 code { font-size: 14px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f1f5f9; padding: 1px 4px; border-radius: 4px; word-break: break-all; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: 600; }
.badge.passed, .badge.better { background: var(--green-bg); color: var(--green); }
.badge.failed, .badge.worse, .badge.fail { background: var(--red-bg); color: var(--red); }
.badge.skipped, .badge.not_significant { background: #f1f5f9; color: var(--muted); }
.badge.warn, .badge.drifted, .badge.small { background: var(--amber-bg); color: var(--amber); }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(500px, 1fr)); gap: 16px; }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
figure.chart h3 { margin: 0 0 6px; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figure.chart figcaption { color: var(--muted); font-size: 12px; margin-top: 6px; }
ul.plain { margin: 0; padding-left: 20px; }
footer { text-align: center; color: var(--muted); font-size: 12px; padding: 0 0 32px; }
a { color: var(--blue); }
@media print { body { background: #fff; } section, figure.chart { break-inside: avoid; } header.hero { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;
