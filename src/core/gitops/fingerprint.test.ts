import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintOfLineage } from './fingerprint';
import { artifactName, modelFolder, oversizedFileWarnings, promotedFileNames, retrainBranch } from './model-files';

const sha = (c: string) => c.repeat(64);

describe('compareFingerprints', () => {
  const today = { configSha256: sha('a'), dataSha256: [sha('1'), sha('2')] };
  it('matches the same config and the same data files in any order', () => {
    const lineage = { config_sha256: sha('a'), data: [{ path: 'test.csv', sha256: sha('2'), rows: 1, columns: 1 }, { path: 'train.csv', sha256: sha('1'), rows: 1, columns: 1 }] };
    expect(compareFingerprints(fingerprintOfLineage(lineage), today)).toEqual({ matches: true });
  });
  it('names each difference', () => {
    const result = compareFingerprints({ configSha256: sha('b'), dataSha256: [sha('1')] }, today);
    expect(result.matches).toBe(false);
    if (result.matches) return;
    expect(result.differences).toHaveLength(2);
    expect(result.differences[0]).toContain('config sha256 bbbbbbbbbbbb');
    expect(result.differences[1]).toContain('data differs');
  });
});

describe('model files', () => {
  it('names the artifact, folder and branches after the config name', () => {
    expect(artifactName('churn')).toBe('mltrain-churn');
    expect(modelFolder('churn')).toBe('models/churn');
    expect(modelFolder('churn', 'registry/')).toBe('registry/churn');
    expect(retrainBranch('churn')).toBe('mltrain/retrain-churn');
  });
  it('promotes the fixed files plus an engine\'s own model file', () => {
    expect(promotedFileNames('/w/.mltrain/churn/model.json')).toEqual(['metrics.json', 'model.json', 'MODEL_CARD.md', 'model-card.json', 'data-profile.json']);
    expect(promotedFileNames('out/model.pt')).toContain('model.pt');
    expect(promotedFileNames(undefined)).toHaveLength(5);
  });
  it('warns about files over the limit and points to Git LFS', () => {
    const warnings = oversizedFileWarnings([{ path: 'models/churn/model.json', size: 60 * 1024 * 1024 }, { path: 'models/churn/metrics.json', size: 10 }], 50 * 1024 * 1024);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/models\/churn\/model\.json is 60\.0 MB, over the 50\.0 MB limit/);
    expect(warnings[0]).toContain("git lfs track 'models/churn/*.json'");
  });
});
