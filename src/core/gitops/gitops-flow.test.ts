import { describe, expect, it } from 'vitest';
import { gitopsFlow } from './gitops-flow';
import { pushFactsFromPayload } from './push-facts';

describe('gitopsFlow', () => {
  it('maps events to flows', () => {
    expect(gitopsFlow({ eventName: 'pull_request', ref: 'refs/pull/3/merge', defaultBranch: 'main' })).toBe('pull-request');
    expect(gitopsFlow({ eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' })).toBe('promote');
    expect(gitopsFlow({ eventName: 'push', ref: 'refs/heads/feature', defaultBranch: 'main' })).toBe('none');
    expect(gitopsFlow({ eventName: 'push', ref: 'refs/heads/main' })).toBe('none');
    expect(gitopsFlow({ eventName: 'schedule', ref: 'refs/heads/main' })).toBe('retrain');
    expect(gitopsFlow({ eventName: 'workflow_dispatch', ref: 'refs/heads/main' })).toBe('retrain');
    expect(gitopsFlow({ eventName: 'release', ref: 'refs/tags/v1' })).toBe('none');
  });
});

describe('pushFactsFromPayload', () => {
  it('takes the head commit message and every path the commits touched', () => {
    const payload = {
      head_commit: { message: 'Merge pull request #4' },
      commits: [
        { added: ['churn/data/new.csv'], modified: ['churn/training_config.yaml'], removed: [] },
        { added: [], modified: ['README.md'], removed: ['old.txt'] },
      ],
    };
    expect(pushFactsFromPayload(payload, 'alice')).toEqual({ message: 'Merge pull request #4', actor: 'alice', changedPaths: ['README.md', 'churn/data/new.csv', 'churn/training_config.yaml', 'old.txt'] });
  });

  it('leaves the paths empty when the payload cannot tell', () => {
    expect(pushFactsFromPayload({}, 'bob')).toEqual({ message: '', actor: 'bob', changedPaths: [] });
    const many = { head_commit: { message: 'm' }, commits: Array.from({ length: 2048 }, () => ({ modified: ['models/x/model.json'] })) };
    expect(pushFactsFromPayload(many, 'bob').changedPaths).toEqual([]);
    expect(pushFactsFromPayload(null, 'bob').message).toBe('');
  });
});
