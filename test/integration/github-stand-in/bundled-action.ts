import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { GitHubStandIn } from './server';

/**
 * Runs the bundled action (dist/index.js, or MLTRAIN_DIST_DIR/index.js for a bundle built
 * elsewhere) as the runner does: inputs as INPUT_* variables with action.yml's defaults, the
 * event payload in GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the API at the
 * stand-in, and optionally the Actions runtime that @actions/artifact uploads to.
 */

const REPO_ROOT = resolve(__dirname, '../../..');
const DIST = resolve(process.env.MLTRAIN_DIST_DIR ?? join(REPO_ROOT, 'dist'));
const ACTION = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };

export interface BundledActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  /** What the action wrote to GITHUB_OUTPUT, by name. */
  outputs: Record<string, string>;
}

export interface BundledActionOptions {
  /** A checked-out repository (see `writeWorkspace`). */
  workspace: string;
  eventName: string;
  payload: unknown;
  /** GITHUB_REF and GITHUB_SHA. */
  ref: string;
  sha: string;
  /** GITHUB_ACTOR (default `alice`). */
  actor?: string;
  inputs?: Record<string, string>;
  /** Give the run ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL at the stand-in (default true). */
  artifactService?: boolean;
}

/** A temporary folder holding these files (paths relative to it); the caller removes it. */
export function writeWorkspace(files: Record<string, string>): string {
  const workspace = mkdtempSync(join(tmpdir(), 'mltrain-action-ws-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  return workspace;
}

/**
 * GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, the value's lines, `delimiter`
 * (the runner's file command format for multi-line values).
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${heredoc[1]}`);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/** Starts the bundle asynchronously (the stand-in lives in this process and must keep answering). */
export async function runBundledAction(standIn: GitHubStandIn, options: BundledActionOptions): Promise<BundledActionRun> {
  const runner = mkdtempSync(join(tmpdir(), 'mltrain-action-runner-'));
  const files = { output: join(runner, 'output'), summary: join(runner, 'summary'), event: join(runner, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(options.payload));
  const [owner] = standIn.state.repository.split('/');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: standIn.state.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_ACTOR: options.actor ?? 'alice',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    // A *.localhost server is one @actions/artifact accepts; only links are made from it.
    GITHUB_SERVER_URL: 'http://github.localhost',
    GITHUB_API_URL: standIn.apiUrl,
    RUNNER_TEMP: runner,
  };
  if (options.artifactService ?? true) {
    env.ACTIONS_RUNTIME_TOKEN = standIn.state.runtimeToken;
    env.ACTIONS_RESULTS_URL = `${standIn.serverUrl}/`;
  }
  for (const [name, spec] of Object.entries(ACTION.inputs)) {
    const value = options.inputs?.[name] ?? (spec.default === '${{ github.token }}' ? standIn.state.token : (spec.default ?? ''));
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [join(DIST, 'index.js')], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const run = { status, stdout, stderr, summary: readFileSync(files.summary, 'utf8'), outputs: parseOutputFile(readFileSync(files.output, 'utf8')) };
  rmSync(runner, { recursive: true, force: true });
  return run;
}
