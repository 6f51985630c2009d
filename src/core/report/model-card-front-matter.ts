import { stringify } from 'yaml';
import type { Task } from '../config/training-config';
import type { MetricsDocument } from './metrics-document';
import { headlineRows } from './metric-rows';
import type { ReportData } from './report-data';

/** Hugging Face task ids for tabular models, by mltrain task. */
export const HF_TASK_TYPES: Record<Task, string> = {
  binary: 'tabular-classification',
  multiclass: 'tabular-classification',
  regression: 'tabular-regression',
};

const TASK_NAMES: Record<Task, string> = { binary: 'Binary classification', multiclass: 'Multiclass classification', regression: 'Regression' };

/**
 * YAML front matter in the Hugging Face model-card metadata style: license, tags, datasets, metrics
 * and a `model-index` whose results hold every headline test metric.
 */
export function modelCardFrontMatter(document: MetricsDocument, data: ReportData): string {
  const rows = headlineRows(document, data, 'test').filter((r) => r.head !== null);
  const datasets = document.lineage.data.map((d) => d.path);
  const metadata: Record<string, unknown> = {};
  if (data.modelCard?.license) metadata.license = data.modelCard.license;
  metadata.library_name = 'mltrain';
  metadata.tags = ['mltrain', HF_TASK_TYPES[document.task], document.task, document.model.type];
  if (datasets.length > 0) metadata.datasets = datasets;
  metadata.metrics = rows.map((r) => r.metric);
  metadata['model-index'] = [
    {
      name: document.name,
      results: [
        {
          task: { type: HF_TASK_TYPES[document.task], name: TASK_NAMES[document.task] },
          dataset: { type: 'tabular', name: datasets[0] ?? document.name, split: 'test' },
          metrics: rows.map((r) => ({ type: r.metric, value: r.head, name: `${r.metric} (test)` })),
        },
      ],
    },
  ];
  return `---\n${stringify(metadata, { lineWidth: 0 })}---`;
}
