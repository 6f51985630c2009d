import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction, writeWorkspace as writeTempWorkspace, type BundledActionRun } from './github-stand-in/bundled-action';
import { GitOpsState } from './github-stand-in/gitops-routes';
import { exampleChurnConfig, exampleChurnRows } from './github-stand-in/example-churn';
import { GitHubStandIn } from './github-stand-in/server';
import { zipEntryNames } from './github-stand-in/zip-entries';

/**
 * Issue 8 through the bundled action (dist/index.js) as the runner starts it, against the
 * loopback stand-in: a pull request run uploads the `mltrain-churn` artifact (a real zip, through
 * @actions/artifact); a push to main then promotes exactly that artifact's files, or trains and
 * commits when none matches, or opens a pull request when main is protected; a schedule opens,
 * then updates, one retraining pull request; the action's own commit trains nothing.
 */

const NAME = 'churn';
const PULL = 12;
const PULL_HEAD_SHA = 'c'.repeat(40);
const CONFIG_INPUT = { config: 'churn/training_config.yaml', publish: 'commit' };
const PROMOTED = ['MODEL_CARD.md', 'data-profile.json', 'metrics.json', 'model-card.json', 'model.json'];
const REPOSITORY = { id: 81_234, name: 'models', full_name: 'acme/models', private: true, owner: { login: 'acme', type: 'Organization' }, default_branch: 'main', master_branch: 'main' };

const dataOf = exampleChurnRows;
const CONFIG = exampleChurnConfig(NAME);
const repositoryFiles = (rows = 800): Record<string, string> => ({ 'README.md': '# models\n', 'churn/training_config.yaml': CONFIG, 'churn/data/churn.csv': dataOf(rows) });

/** What the pull request run uploaded, and the files it wrote (the reviewed model). */
let reviewedZip: Buffer;
let reviewedDir: string;

/** The push event of one commit, shaped as GitHub sends it (head_commit and commits with their paths). */
function pushPayload(sha: string, message: string, actor: string, changed: { added?: string[]; modified?: string[] }) {
  const commit = {
    id: sha,
    tree_id: 'e'.repeat(40),
    distinct: true,
    message,
    timestamp: '2026-11-27T15:04:05Z',
    url: `https://github.com/acme/models/commit/${sha}`,
    author: { name: actor, email: `${actor}@example.com`, username: actor },
    committer: { name: 'GitHub', email: 'noreply@github.com', username: 'web-flow' },
    added: changed.added ?? [],
    removed: [],
    modified: changed.modified ?? [],
  };
  return {
    ref: 'refs/heads/main',
    before: 'f'.repeat(40),
    after: sha,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/acme/models/compare/${'f'.repeat(12)}...${sha.slice(0, 12)}`,
    commits: [commit],
    head_commit: commit,
    repository: REPOSITORY,
    pusher: { name: actor, email: `${actor}@example.com` },
    sender: { login: actor, type: actor.endsWith('[bot]') ? 'Bot' : 'User' },
  };
}

const mergePush = (sha: string) => pushPayload(sha, `Merge pull request #${PULL} from acme/tune-churn\n\nTune the churn model`, 'alice', { modified: ['churn/training_config.yaml'] });
const schedulePayload = { schedule: '17 4 * * 1', workflow: '.github/workflows/mltrain-retrain.yml', repository: REPOSITORY, sender: { login: 'alice', type: 'User' } };

// The tests run concurrently (most of their time is GitHub's write pacing), each on its own stand-in.
const standIns: GitHubStandIn[] = [];
const workspaces: string[] = [];
afterAll(async () => {
  await Promise.all(standIns.map((s) => s.close()));
  for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
});

function writeWorkspace(files: Record<string, string>): string {
  const workspace = writeTempWorkspace(files);
  workspaces.push(workspace);
  return workspace;
}

/** A fresh stand-in whose main holds the repository, merged from pull request #12 (head PULL_HEAD_SHA). */
async function mergedRepository(files = repositoryFiles()) {
  const standIn = await GitHubStandIn.start();
  standIns.push(standIn);
  const gitops = new GitOpsState();
  gitops.plugInto(standIn);
  const mergeSha = gitops.initBranch('main', files);
  gitops.addMergedPull(PULL, PULL_HEAD_SHA, mergeSha, 'tune-churn');
  return { standIn, gitops, mergeSha };
}

const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : new TextDecoder().decode(bytes));
const modelPaths = (gitops: GitOpsState, branch: string) => gitops.paths(branch).filter((p) => p.startsWith('models/'));
const expectClean = (run: BundledActionRun) => {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
};

beforeAll(async () => {
  // The pull request run, as issue 7 built it: train, gate, upload the output dir as mltrain-churn.
  const prStandIn = await GitHubStandIn.start();
  try {
    const workspace = writeWorkspace(repositoryFiles());
    const payload = {
      action: 'synchronize',
      number: PULL,
      pull_request: { number: PULL, base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'acme/models' } }, head: { ref: 'tune-churn', sha: PULL_HEAD_SHA, repo: { full_name: 'acme/models' } } },
      repository: REPOSITORY,
    };
    const run = await runBundledAction(prStandIn, { workspace, eventName: 'pull_request', payload, ref: `refs/pull/${PULL}/merge`, sha: 'd'.repeat(40), inputs: { config: 'churn/training_config.yaml' } });
    expectClean(run);
    reviewedZip = prStandIn.state.artifact(`mltrain-${NAME}`)!.content!;
    reviewedDir = join(workspace, '.mltrain', NAME);
    expect(zipEntryNames(reviewedZip)).toEqual(expect.arrayContaining(PROMOTED));
  } finally {
    await prStandIn.close();
  }
}, 60_000);

describe.concurrent('the bundled action on a push to the default branch', () => {
  it('commits exactly the reviewed artifact\'s files under models/churn/ and trains nothing', async () => {
    const { standIn, gitops, mergeSha } = await mergedRepository();
    gitops.addRun(PULL_HEAD_SHA, [{ name: 'mltrain-other', zip: reviewedZip }, { name: `mltrain-${NAME}`, zip: reviewedZip }]);
    const workspace = writeWorkspace(repositoryFiles());
    const run = await runBundledAction(standIn, { workspace, eventName: 'push', payload: mergePush(mergeSha), ref: 'refs/heads/main', sha: mergeSha, inputs: CONFIG_INPUT });
    expectClean(run);
    expect(run.outputs.promotion).toBe('promoted');
    expect(run.stdout).toContain(`promoting ${NAME} as reviewed in #${PULL}`);
    // Nothing trained: no training log, no output folder, no training outputs.
    expect(run.stdout).not.toContain(`: ${NAME} (logistic) from churn/training_config.yaml`);
    expect(readdirSync(workspace)).not.toContain('.mltrain');
    expect(run.outputs.passed).toBeUndefined();
    expect(run.outputs['metrics-json']).toBeUndefined();
    // The job summary says what the step did, though nothing was trained.
    expect(run.summary).toContain(`Promoted the model reviewed in pull request #${PULL}`);
    expect(standIn.state.artifacts).toEqual([]);
    // Exactly the artifact's promoted files, byte for byte, in one commit on top of the merge.
    expect(modelPaths(gitops, 'main')).toEqual(PROMOTED.map((f) => `models/${NAME}/${f}`));
    for (const file of PROMOTED) expect(text(gitops.fileAt('main', `models/${NAME}/${file}`))).toBe(readFileSync(join(reviewedDir, file), 'utf8'));
    const head = gitops.commit(gitops.branches.get('main')!);
    expect(head.parents).toEqual([mergeSha]);
    expect(head.message).toBe(`mltrain: promote ${NAME}: the model reviewed in #${PULL} [mltrain]`);
    expect(standIn.requestsTo('artifact-zip.blob')).toHaveLength(1);
    expect([standIn.requestsTo('git-trees.create').length, standIn.requestsTo('git-commits.create').length]).toEqual([1, 1]);
    expect(standIn.requestsTo('git-refs.update').map((r) => [r.status, (r.body as { force: boolean }).force])).toEqual([[200, false]]);
    expect(run.stdout.replaceAll(`::add-mask::${standIn.state.token}`, '')).not.toContain(standIn.state.token);
  }, 30_000);

  it('trains, then commits what it trained, and says so, when no reviewed artifact matches', async () => {
    const { standIn, gitops, mergeSha } = await mergedRepository();
    const run0 = gitops.addRun(PULL_HEAD_SHA, [{ name: 'mltrain-other', zip: reviewedZip }]);
    const workspace = writeWorkspace(repositoryFiles());
    const run = await runBundledAction(standIn, { workspace, eventName: 'push', payload: mergePush(mergeSha), ref: 'refs/heads/main', sha: mergeSha, inputs: CONFIG_INPUT });
    expectClean(run);
    expect(run.stdout).toContain(`::notice::mltrain: no reviewed model of ${NAME} matches today's config and data, so this push trains one: run ${run0.id} has no artifact mltrain-${NAME}`);
    expect(run.outputs).toMatchObject({ promotion: 'trained', passed: 'true' });
    const trainedDir = join(workspace, '.mltrain', NAME);
    expect(modelPaths(gitops, 'main')).toEqual(PROMOTED.map((f) => `models/${NAME}/${f}`));
    for (const file of PROMOTED) expect(text(gitops.fileAt('main', `models/${NAME}/${file}`))).toBe(readFileSync(join(trainedDir, file), 'utf8'));
    expect(gitops.commit(gitops.branches.get('main')!).message).toBe(`mltrain: promote ${NAME}: a model trained on push (no reviewed artifact of #${PULL} matched) [mltrain]`);
    expect(run.summary).toContain(`mltrain: \`${NAME}\``);
  }, 30_000);

  it('opens a pull request from mltrain/promote-churn when branch protection refuses the commit', async () => {
    const { standIn, gitops, mergeSha } = await mergedRepository();
    gitops.addRun(PULL_HEAD_SHA, [{ name: `mltrain-${NAME}`, zip: reviewedZip }]);
    gitops.protectedBranches.add('main');
    const workspace = writeWorkspace(repositoryFiles());
    const run = await runBundledAction(standIn, { workspace, eventName: 'push', payload: mergePush(mergeSha), ref: 'refs/heads/main', sha: mergeSha, inputs: CONFIG_INPUT });
    expectClean(run);
    expect(gitops.branches.get('main')).toBe(mergeSha);
    const open = gitops.pulls.filter((p) => p.state === 'open');
    expect(open).toEqual([expect.objectContaining({ headRef: `mltrain/promote-${NAME}`, baseRef: 'main', title: `mltrain: promote ${NAME} (reviewed in #${PULL})` })]);
    expect(gitops.commit(gitops.branches.get(`mltrain/promote-${NAME}`)!).parents).toEqual([mergeSha]);
    expect(standIn.requestsTo('git-commits.create')).toHaveLength(1); // the refused commit is the one proposed
    for (const file of PROMOTED) expect(text(gitops.fileAt(`mltrain/promote-${NAME}`, `models/${NAME}/${file}`))).toBe(readFileSync(join(reviewedDir, file), 'utf8'));
    expect(run.stdout).toMatch(/::warning::main refused the commit \(Protected branch update failed for refs\/heads\/main\..*\); opened pull request #\d+ from mltrain\/promote-churn instead/);
    expect(run.outputs.promotion).toBe('promoted');
    expect(run.outputs['pull-request-url']).toBe(`${standIn.serverUrl}/acme/models/pull/${open[0].number}`);
  }, 30_000);

  it("ignores the push of its own commit: exits 0 without a request, trains nothing", async () => {
    const { standIn, gitops, mergeSha } = await mergedRepository();
    gitops.addRun(PULL_HEAD_SHA, [{ name: `mltrain-${NAME}`, zip: reviewedZip }]);
    // The promotion commit (its message as the first test sees it written), pushed with a token
    // that does start workflows (a GitHub App's), so the promote workflow runs on it.
    const promoted = Object.fromEntries(PROMOTED.map((f) => [`models/${NAME}/${f}`, readFileSync(join(reviewedDir, f), 'utf8')]));
    const message = `mltrain: promote ${NAME}: the model reviewed in #${PULL} [mltrain]`;
    const ownSha = gitops.pushNow('main', promoted, message);
    expect(gitops.commit(ownSha).parents).toEqual([mergeSha]);
    const payload = pushPayload(ownSha, message, 'github-actions[bot]', { added: Object.keys(promoted) });
    const workspace = writeWorkspace({ ...repositoryFiles(), ...promoted });
    const run = await runBundledAction(standIn, { workspace, eventName: 'push', payload, ref: 'refs/heads/main', sha: ownSha, actor: 'github-actions[bot]', inputs: CONFIG_INPUT });
    expectClean(run);
    expect(run.outputs.promotion).toBe('skipped');
    expect(run.stdout).toContain(`::notice::mltrain: not training or promoting ${NAME}: the head commit's message carries [mltrain]`);
    expect(run.stdout).not.toContain(`: ${NAME} (logistic) from churn/training_config.yaml`);
    expect(standIn.requests).toEqual([]);
    expect(readdirSync(workspace)).not.toContain('.mltrain');
    expect(gitops.branches.get('main')).toBe(ownSha);
  }, 30_000);
});

describe.concurrent('the bundled action on a schedule', () => {
  it('opens one retraining pull request from mltrain/retrain-churn, then updates it the next week', async () => {
    // main holds the promoted model; the week's runs re-score it on today's test rows.
    const promoted = Object.fromEntries(PROMOTED.map((f) => [`models/${NAME}/${f}`, readFileSync(join(reviewedDir, f), 'utf8')]));
    const { standIn, gitops } = await mergedRepository({ ...repositoryFiles(), ...promoted });
    const weekly = async (rows: number) => {
      const sha = gitops.branches.get('main')!;
      return runBundledAction(standIn, { workspace: writeWorkspace({ ...repositoryFiles(rows), ...promoted }), eventName: 'schedule', payload: schedulePayload, ref: 'refs/heads/main', sha, inputs: CONFIG_INPUT });
    };
    const first = await weekly(800);
    expectClean(first);
    const pull = gitops.pulls.find((p) => p.headRef === `mltrain/retrain-${NAME}`);
    expect(pull).toMatchObject({ state: 'open', baseRef: 'main', title: `mltrain: retrained ${NAME}` });
    expect(first.outputs).toMatchObject({ promotion: 'retrain-pull-request', 'pull-request-url': `${standIn.serverUrl}/acme/models/pull/${pull!.number}`, passed: 'true' });
    expect(first.stdout).toContain(`opened the retraining pull request #${pull!.number} for ${NAME}`);
    // The body is the report, diffing the candidate against the promoted model re-scored on
    // today's test rows; made with the default token, it says checks will not run on it.
    // Read at the commit being built (the default branch's head when the schedule fired).
    expect(first.stdout).toMatch(new RegExp(`baseline models/${NAME}/model\\.json@[0-9a-f]{40} re-scored on today's`));
    expect(pull!.body).toContain("Baseline: the model on `main` re-scored on this run's test rows.");
    expect(pull!.body).toMatch(/\| `roc_auc` \| \d\.\d{4} \| \d\.\d{4} \| [+-]?\d\.\d{4} \|/);
    expect(pull!.body).toContain('made with the default GITHUB_TOKEN');
    const firstModel = text(gitops.fileAt(`mltrain/retrain-${NAME}`, `models/${NAME}/model.json`));
    expect(modelPaths(gitops, `mltrain/retrain-${NAME}`)).toEqual(PROMOTED.map((f) => `models/${NAME}/${f}`));

    // A week later: someone pushed to main, and the data grew.
    gitops.pushNow('main', { 'churn/data/churn.csv': dataOf(1000), 'README.md': '# models, edited\n' }, 'more rows');
    const second = await weekly(1000);
    expectClean(second);
    expect(second.outputs).toMatchObject({ promotion: 'retrain-pull-request', 'pull-request-url': first.outputs['pull-request-url'] });
    expect(second.stdout).toContain(`updated the retraining pull request #${pull!.number} for ${NAME}`);
    expect(gitops.pulls.filter((p) => p.headRef === `mltrain/retrain-${NAME}`)).toHaveLength(1);
    expect(standIn.requestsTo('pulls.create')).toHaveLength(1);
    expect(standIn.requestsTo('pulls.update')).toHaveLength(1);
    // The branch was rebuilt on main's new head, with the new candidate.
    const branchHead = gitops.commit(gitops.branches.get(`mltrain/retrain-${NAME}`)!);
    expect(branchHead.parents).toEqual([gitops.branches.get('main')]);
    expect(branchHead.message).toMatch(new RegExp(`^mltrain: retrain ${NAME} on the data of \\d{4}-\\d{2}-\\d{2} \\[mltrain\\]$`));
    expect(text(gitops.fileAt(`mltrain/retrain-${NAME}`, 'README.md'))).toBe('# models, edited\n');
    expect(text(gitops.fileAt(`mltrain/retrain-${NAME}`, `models/${NAME}/model.json`))).not.toBe(firstModel);
    // main is only ever changed by merging the pull request.
    expect(modelPaths(gitops, 'main')).toEqual(PROMOTED.map((f) => `models/${NAME}/${f}`));
    expect(text(gitops.fileAt('main', `models/${NAME}/model.json`))).toBe(promoted[`models/${NAME}/model.json`]);
  }, 60_000);
});
