import * as core from '@actions/core';
import { relative } from 'node:path';
import { classifyError } from '../app/classify-error';
import { EXIT_CODES, type ExitCode } from '../app/exit-codes';
import { runTraining } from '../app/run-training';
import { createNodeRunDependencies } from '../adapters/node-run-dependencies';
import { createGitHubPorts } from '../adapters/github/github-ports';
import { listOutputFiles } from '../adapters/github/list-output-files';
import { publishRun } from '../app/publish/publish-run';
import { baselineModelFromRepository } from '../app/baseline-model-source';
import { createActionsStudyCache } from '../adapters/actions-study-cache';
import { cancelOnSignals } from '../adapters/cancel-on-signals';
import { toJson } from '../core/report/metrics-document';
import type { ActionInput } from './action-inputs';
import { actionsLogger } from './actions-logger';
import { readSettings } from './settings';
import { gitopsRun } from './gitops-run';

/**
 * The action: read the inputs, run the pipeline, set every output, write the job summary, and
 * fail the step on a failed gate (unless fail-on-gates is false) or on bad input.
 */
export async function runAction(version: string, env: NodeJS.ProcessEnv = process.env): Promise<ExitCode> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  try {
    const settings = readSettings((name: ActionInput) => core.getInput(name), workspace);
    if (settings.githubToken) core.setSecret(settings.githubToken);
    const github = createGitHubPorts({ env, token: settings.githubToken, logger: actionsLogger });
    const deps = {
      ...createNodeRunDependencies({ logger: actionsLogger, cwd: settings.workingDirectory, env, version }),
      baselineModel: baselineModelFromRepository(github.contents, github.event, actionsLogger),
      studyCache: createActionsStudyCache(actionsLogger),
      cancelSignal: cancelOnSignals((signal) => actionsLogger.warning(`${signal}: stopping the run and saving the study journal`)).signal,
    };
    const displayPath = relative(workspace, settings.configPath) || settings.configPath;
    const train = () => runTraining(deps, { configPath: settings.configPath, displayPath, outputDir: settings.outputDir, baseDirectory: settings.workingDirectory });
    const gitops = await gitopsRun({ settings, env, github, deps, displayPath, train });
    if (gitops && !gitops.run) return EXIT_CODES.passed;
    const result = gitops?.run ?? (await train());
    core.setOutput('passed', String(result.document.passed));
    core.setOutput('metrics-json', toJson(result.document, 0).trim());
    core.setOutput('metrics-path', result.paths.metrics);
    core.setOutput('model-path', result.paths.model);
    core.setOutput('model-card-path', result.paths.modelCard ?? '');
    core.setOutput('cost-usd', result.document.cost.usd.toFixed(6));
    // Artifact, sticky PR comment (403 falls back to the summary), baseline read: src/app/publish.
    const files = settings.publish === 'none' ? [] : listOutputFiles(result.paths.outputDir, (message) => actionsLogger.warning(message));
    const published = await publishRun({ ...github, fs: deps.fs, logger: actionsLogger }, { result, configPath: settings.configPath, displayPath, publishMode: settings.publish, files });
    if (published.summary !== null) await core.summary.addRaw(published.summary).write();
    core.info(result.verdictLine);
    if (result.exitCode === EXIT_CODES.gatesFailed) {
      const names = result.failedGates.map((g) => g.name).join('; ');
      if (settings.failOnGates) core.setFailed(`quality gates failed: ${names}`);
      else core.warning(`quality gates failed (fail-on-gates is false): ${names}`);
      return settings.failOnGates ? EXIT_CODES.gatesFailed : EXIT_CODES.passed;
    }
    return result.exitCode;
  } catch (error) {
    const classified = classifyError(error);
    for (const problem of classified.problems) actionsLogger.error(problem.message, problem.location);
    if (classified.stack) core.debug(classified.stack);
    core.setFailed(classified.problems.length === 1 ? classified.problems[0].message : `${classified.problems.length} problems, see the annotations`);
    return classified.exitCode;
  }
}
