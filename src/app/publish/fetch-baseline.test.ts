import { describe, expect, it } from 'vitest';
import { MemoryRepositoryContents } from '../../../test/fakes/github-repository-contents';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import { baselineRef, fetchBaseline } from './fetch-baseline';

const metrics = { schema_version: 1, name: 'churn', metrics: { test: { roc_auc: 0.81 }, validation: {} } };

function setup() {
  return { contents: new MemoryRepositoryContents(), logger: new RecordingLogger() };
}

describe('fetchBaseline', () => {
  it('reads models/<name>/metrics.json at the base ref by default', async () => {
    const ports = setup();
    ports.contents.put('main', 'models/churn/metrics.json', JSON.stringify(metrics));
    const baseline = await fetchBaseline(ports, { name: 'churn', baseRef: 'main' });
    expect(baseline?.document.metrics.test.roc_auc).toBe(0.81);
    expect(baseline).toMatchObject({ source: 'committed', path: 'models/churn/metrics.json', ref: 'main' });
    expect(ports.contents.reads).toEqual([{ path: 'models/churn/metrics.json', ref: 'main' }]);
  });

  it('honours a configured path (leading slash dropped)', async () => {
    const ports = setup();
    ports.contents.put('develop', 'ml/baseline.json', JSON.stringify(metrics));
    const baseline = await fetchBaseline(ports, { name: 'churn', path: '/ml/baseline.json', baseRef: 'develop' });
    expect(baseline?.path).toBe('ml/baseline.json');
  });

  it('is null, quietly, when the file does not exist or there is no base ref', async () => {
    const ports = setup();
    expect(await fetchBaseline(ports, { name: 'churn', baseRef: 'main' })).toBeNull();
    expect(await fetchBaseline(ports, { name: 'churn' })).toBeNull();
    expect(ports.logger.messages('warning')).toEqual([]);
    expect(ports.logger.messages('info')).toEqual(['no baseline: models/churn/metrics.json does not exist at main', 'no baseline: this run has no base branch']);
  });

  it('is null with a warning when the file is not JSON, not metrics, or cannot be read', async () => {
    const ports = setup();
    ports.contents.put('main', 'models/a/metrics.json', '{"metrics": ');
    ports.contents.put('main', 'models/b/metrics.json', '{"accuracy": 0.9}');
    expect(await fetchBaseline(ports, { name: 'a', baseRef: 'main' })).toBeNull();
    expect(await fetchBaseline(ports, { name: 'b', baseRef: 'main' })).toBeNull();
    ports.contents.failWith(403, 'Resource not accessible by integration');
    expect(await fetchBaseline(ports, { name: 'a', baseRef: 'main' })).toBeNull();
    const warnings = ports.logger.messages('warning');
    expect(warnings[0]).toMatch(/is not valid JSON/);
    expect(warnings[1]).toMatch(/not an mltrain metrics.json/);
    expect(warnings[2]).toMatch(/could not read models\/a\/metrics.json at main \(403 Resource not accessible/);
  });

  it('decodes UTF-8 across a large file', async () => {
    const ports = setup();
    const big = { ...metrics, notes: 'é'.repeat(700_000) };
    ports.contents.put('main', 'models/churn/metrics.json', JSON.stringify(big));
    const baseline = await fetchBaseline(ports, { name: 'churn', baseRef: 'main' });
    expect(baseline?.bytes).toBeGreaterThan(1_400_000);
    expect((baseline?.document as unknown as { notes: string }).notes.length).toBe(700_000);
  });
});

describe('baselineRef', () => {
  it('is the pull request base, else the default branch', () => {
    const base = { eventName: 'push', repository: { owner: 'o', repo: 'r' }, sha: 's', ref: 'refs/heads/x', actor: 'a' };
    expect(baselineRef({ ...base, defaultBranch: 'main' })).toBe('main');
    expect(baselineRef({ ...base, defaultBranch: 'main', pullRequest: { number: 1, baseRef: 'release', headRef: 'h', headSha: 'x', fromFork: false } })).toBe('release');
    expect(baselineRef(base)).toBeUndefined();
  });

  it('is the commit being built on the default branch, which the action may commit to afterwards', () => {
    const onMain = { eventName: 'push', repository: { owner: 'o', repo: 'r' }, sha: 'abc123', ref: 'refs/heads/main', actor: 'a', defaultBranch: 'main' };
    expect(baselineRef(onMain)).toBe('abc123');
    expect(baselineRef({ ...onMain, eventName: 'schedule' })).toBe('abc123');
  });
});
