import { describe, expect, it } from 'vitest';
import { loopGuard, MLTRAIN_COMMIT_MARKER } from './loop-guard';
import { promotionCommitMessage, retrainCommitMessage } from './commit-messages';

const human = { message: 'Tune the churn config', actor: 'alice', changedPaths: ['churn/training_config.yaml', 'models/churn/metrics.json'] };

describe('loopGuard', () => {
  it('lets a person\'s push through', () => {
    expect(loopGuard(human)).toEqual({ skip: false });
  });

  it('skips mltrain\'s own commits by their marker, whoever pushed them', () => {
    for (const message of [promotionCommitMessage('churn', 12, 'reviewed'), promotionCommitMessage('churn', null, 'trained'), retrainCommitMessage('churn', '2026-11-28T04:17:00Z')]) {
      expect(message).toContain(MLTRAIN_COMMIT_MARKER);
      expect(loopGuard({ ...human, message })).toMatchObject({ skip: true, reason: 'commit-marker' });
    }
  });

  it('skips pushes by mltrain\'s actors (the default token, or an App named in the options)', () => {
    expect(loopGuard({ ...human, actor: 'github-actions[bot]' })).toMatchObject({ skip: true, reason: 'mltrain-actor' });
    expect(loopGuard({ ...human, actor: 'acme-ml[bot]' })).toEqual({ skip: false });
    expect(loopGuard({ ...human, actor: 'acme-ml[bot]' }, { mltrainActors: ['acme-ml[bot]'] })).toMatchObject({ skip: true, reason: 'mltrain-actor' });
  });

  it('skips pushes that change only the models folder, not ones that also change a config', () => {
    expect(loopGuard({ ...human, changedPaths: ['models/churn/model.json', 'models/churn/metrics.json'] })).toMatchObject({ skip: true, reason: 'models-only' });
    expect(loopGuard({ ...human, changedPaths: ['registry/churn/model.json'] }, { modelsRoot: 'registry/' })).toMatchObject({ skip: true, reason: 'models-only' });
    expect(loopGuard({ ...human, changedPaths: ['modelsx/a'] })).toEqual({ skip: false });
    expect(loopGuard({ ...human, changedPaths: [] })).toEqual({ skip: false });
  });
});
