/**
 * The four rendered files of the fixture run, kept as reviewable files under test/fixtures/report/
 * (vitest file snapshots: `npx vitest run -u` rewrites them after an intended change).
 */
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from './html-report';
import { toJson } from './metrics-document';
import { buildModelCardJson } from './model-card-json';
import { renderModelCardMarkdown } from './model-card-markdown';
import { renderPrComment } from './pr-comment';
import { fixtureDocument, fixtureReportData } from './testing/report-fixture';

const DIR = '../../../test/fixtures/report';

describe('rendered files of the fixture run', () => {
  const document = fixtureDocument();
  const data = fixtureReportData();

  it('pr-comment.md', async () => {
    await expect(renderPrComment(document, data)).toMatchFileSnapshot(`${DIR}/pr-comment.md`);
  });

  it('MODEL_CARD.md', async () => {
    await expect(renderModelCardMarkdown(document, data)).toMatchFileSnapshot(`${DIR}/MODEL_CARD.md`);
  });

  it('model-card.json', async () => {
    await expect(toJson(buildModelCardJson(document, data))).toMatchFileSnapshot(`${DIR}/model-card.json`);
  });

  it('report.html', async () => {
    await expect(renderHtmlReport(document, data)).toMatchFileSnapshot(`${DIR}/report.html`);
  });
});
