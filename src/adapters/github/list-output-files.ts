import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The regular files directly inside the output dir, sorted: the artifact's top level. Sub-folders
 * (checkpoints, caches) stay out; a run puts everything people need at the top.
 */
export function listOutputFiles(outputDir: string): string[] {
  return readdirSync(outputDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(outputDir, entry.name))
    .sort();
}
