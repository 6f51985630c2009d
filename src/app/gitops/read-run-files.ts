import { join } from 'node:path';
import { promotedFileNames } from '../../core/gitops/model-files';
import type { FileSystem } from '../../ports/file-system';

/** The files of a finished run that promotion commits, read from its output dir (those present). */
export async function readPromotedRunFiles(fs: FileSystem, outputDir: string): Promise<Map<string, Uint8Array>> {
  const metricsPath = join(outputDir, 'metrics.json');
  let modelPath: string | undefined;
  if (await fs.exists(metricsPath)) {
    const metrics = JSON.parse(await fs.readText(metricsPath)) as { model?: { path?: string } };
    modelPath = metrics.model?.path;
  }
  const files = new Map<string, Uint8Array>();
  for (const name of promotedFileNames(modelPath)) {
    const path = join(outputDir, name);
    if (await fs.exists(path)) files.set(name, await fs.readBytes(path));
  }
  return files;
}
