import { join } from 'node:path';
import { EnvironmentError } from '../core/errors/environment-error';
import type { FileSystem } from '../ports/file-system';

/** What `mltrain init` writes: template file (under templates/workflows/; the config is not named training_config.yaml there, so no config glob finds it) -> path in the target folder. */
export const INIT_FILES = [
  { template: 'training_config.template.yaml', target: 'training_config.yaml' },
  { template: 'mltrain-pr.yml', target: '.github/workflows/mltrain-pr.yml' },
  { template: 'mltrain-promote.yml', target: '.github/workflows/mltrain-promote.yml' },
  { template: 'mltrain-retrain.yml', target: '.github/workflows/mltrain-retrain.yml' },
] as const;

export interface InitRequest {
  /** The folder holding the templates (the package's templates/workflows). */
  templatesDir: string;
  /** The repository folder to write into (absolute). */
  targetDir: string;
}

export interface InitOutcome {
  /** Paths written, relative to the target folder. */
  written: string[];
  /** What the CLI prints. */
  lines: string[];
}

/**
 * `mltrain init [dir]`: a commented training_config.yaml and the workflow files. Refuses to
 * overwrite anything: when one target exists, nothing is written and the error (exit 2) names it.
 */
export async function initTemplates(fs: FileSystem, request: InitRequest): Promise<InitOutcome> {
  const existing: string[] = [];
  for (const file of INIT_FILES) if (await fs.exists(join(request.targetDir, file.target))) existing.push(file.target);
  if (existing.length > 0) {
    throw new EnvironmentError(`mltrain init refuses to overwrite ${existing.join(', ')} in ${request.targetDir}; move ${existing.length === 1 ? 'it' : 'them'} away first`);
  }
  const contents = await Promise.all(INIT_FILES.map((file) => fs.readText(join(request.templatesDir, file.template))));
  await fs.makeDirectory(join(request.targetDir, '.github', 'workflows'));
  const written: string[] = [];
  for (const [i, file] of INIT_FILES.entries()) {
    await fs.writeText(join(request.targetDir, file.target), contents[i]);
    written.push(file.target);
  }
  return {
    written,
    lines: [
      ...written.map((path) => `wrote ${path}`),
      'next: edit training_config.yaml (name, data, target, gates), check it with `mltrain validate training_config.yaml`,',
      'label a self-hosted GPU runner `gpu`, and make the `mltrain` check required in branch protection.',
    ],
  };
}
