import { join } from 'node:path';
import type { FileSystem } from '../../ports/file-system';
import type { Logger } from '../../ports/logger';
import { collectPromotedFiles } from './collect-promoted-files';

/**
 * The files of a finished run that promotion commits, read from its output dir (those present),
 * by '/'-separated path relative to it: a command model's files keep their sub-paths. Refused or
 * missing command model files are logged as warnings when a logger is given.
 */
export async function readPromotedRunFiles(fs: FileSystem, outputDir: string, logger?: Pick<Logger, 'warning'>): Promise<Map<string, Uint8Array>> {
  const read = async (path: string): Promise<Uint8Array | null> => {
    const file = join(outputDir, ...path.split('/'));
    return (await fs.exists(file)) ? fs.readBytes(file) : null;
  };
  const metricsBytes = await read('metrics.json');
  let modelPath: string | undefined;
  if (metricsBytes) {
    const metrics = JSON.parse(new TextDecoder().decode(metricsBytes)) as { model?: { path?: string } };
    modelPath = metrics.model?.path;
  }
  const collected = await collectPromotedFiles(read, modelPath, `the output dir ${outputDir}`);
  for (const warning of collected.warnings) logger?.warning(warning);
  return collected.files;
}
