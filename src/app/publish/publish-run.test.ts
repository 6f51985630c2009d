import { describe, expect, it } from 'vitest';
import type { GitHubEvent } from '../../ports/github-event';
import { MemoryArtifacts } from '../../../test/fakes/github-artifacts';
import { MemoryPullRequests } from '../../../test/fakes/github-pull-requests';
import { MemoryRepositoryContents } from '../../../test/fakes/github-repository-contents';
import { MemoryFileSystem } from '../../../test/fakes/memory-file-system';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import { fixtureBaseline, fixtureDocument, fixtureReportData } from '../../core/report/testing/report-fixture';
import { publishRun, type PublishRunRequest } from './publish-run';

const event: GitHubEvent = {
  eventName: 'pull_request',
  repository: { owner: 'acme', repo: 'models' },
  sha: 'abc',
  ref: 'refs/pull/5/merge',
  actor: 'dev',
  pullRequest: { number: 5, baseRef: 'main', headRef: 'x', headSha: 'def', fromFork: false },
};

function setup(report = '') {
  const config = `name: churn\ndata: {path: d.csv, target: y}\n${report}`;
  const ports = {
    fs: new MemoryFileSystem({ '/repo/training_config.yaml': config }),
    event,
    pullRequests: new MemoryPullRequests(),
    contents: new MemoryRepositoryContents(),
    artifacts: new MemoryArtifacts(),
    logger: new RecordingLogger(),
  };
  const request: PublishRunRequest = {
    result: { document: { ...fixtureDocument(), name: 'churn' }, paths: { outputDir: '/repo/.mltrain/churn' }, summaryMarkdown: '## mltrain: churn\n' },
    configPath: '/repo/training_config.yaml',
    displayPath: 'training_config.yaml',
    publishMode: 'auto',
    files: ['/repo/.mltrain/churn/metrics.json'],
  };
  return { ports, request };
}

describe('publishRun', () => {
  it('reads the baseline at the base branch, then comments, uploads and returns the summary', async () => {
    const { ports, request } = setup();
    ports.contents.put('main', 'models/churn/metrics.json', JSON.stringify({ metrics: { test: { roc_auc: 0.8123 }, validation: {} } }));
    const outcome = await publishRun(ports, request);
    expect(outcome.baseline?.document.metrics.test.roc_auc).toBe(0.8123);
    expect(ports.logger.messages('info')).toContain('baseline test metrics at main: roc_auc 0.8123');
    expect(outcome.comment.status).toBe('created');
    expect(ports.pullRequests.commentsOn(5)[0].body).toBe('<!-- mltrain:churn -->\n## mltrain: churn\n');
    expect(outcome.summary).toBe('## mltrain: churn\n');
    expect(ports.artifacts.uploads[0].name).toBe('mltrain-churn');
  });

  it("follows the config's report section under publish: auto (baseline path, switches)", async () => {
    const { ports, request } = setup('report: {pr_comment: false, summary: true, baseline: ml/base.json}\n');
    const outcome = await publishRun(ports, request);
    expect(ports.contents.reads).toEqual([{ path: 'ml/base.json', ref: 'main' }]);
    expect(outcome.comment.status).toBe('skipped');
    expect(ports.pullRequests.calls).toEqual([]);
  });

  it('renders the PR comment from the report data, with the committed baseline and the artifact link', async () => {
    const { ports, request } = setup();
    ports.contents.put('main', 'models/churn/metrics.json', JSON.stringify(fixtureBaseline()));
    const withRun = { ...ports, event: { ...event, runUrl: 'https://github.com/acme/models/actions/runs/9/attempts/2' } };
    const outcome = await publishRun(withRun, { ...request, result: { ...request.result, reportData: fixtureReportData({ baseline: false }) } });
    const body = ports.pullRequests.commentsOn(5)[0].body;
    expect(body.startsWith('<!-- mltrain:churn -->\n')).toBe(true);
    expect(body).toContain('models/churn/metrics.json');
    expect(body).toContain('https://github.com/acme/models/actions/runs/9/artifacts/1');
    expect(outcome.summary).toBe(body);
  });

  it('diffs against the base model re-scored on this run\'s test rows when the run did it', async () => {
    const { ports, request } = setup();
    ports.contents.put('main', 'models/churn/metrics.json', JSON.stringify(fixtureBaseline()));
    const document = { ...fixtureDocument(), name: 'churn', baseline: { source: 'models/churn/model.json@main', rescored: true, metrics: { test: { roc_auc: 0.7123 } } } };
    await publishRun(ports, { ...request, result: { ...request.result, document, reportData: fixtureReportData({ baseline: false }) } });
    const body = ports.pullRequests.commentsOn(5)[0].body;
    expect(body).toContain("re-scored on this run's test rows");
    expect(body).toContain('0.7123');
  });

  it('does nothing at all under publish: none', async () => {
    const { ports, request } = setup();
    const outcome = await publishRun(ports, { ...request, publishMode: 'none' });
    expect(outcome).toMatchObject({ summary: null, baseline: null, artifact: { status: 'skipped' } });
    expect(ports.contents.reads).toEqual([]);
    expect(ports.artifacts.uploads).toEqual([]);
  });

  it('reads no baseline outside GitHub Actions', async () => {
    const { ports, request } = setup();
    const outcome = await publishRun({ ...ports, event: null }, request);
    expect(outcome.baseline).toBeNull();
    expect(ports.contents.reads).toEqual([]);
    expect(outcome.comment).toEqual({ status: 'skipped', reason: 'not running in GitHub Actions' });
  });
});
