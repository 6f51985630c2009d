import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file every templates/workflows folder holds, to recognise it. */
const MARKER = 'mltrain-pr.yml';

/**
 * The package's templates/workflows folder, found by walking up from a module's URL (pass
 * `import.meta.url`): the bundle runs from dist/ or dist/chunks/, the sources from src/cli/, so
 * no fixed relative path is right for all of them.
 */
export function findWorkflowTemplatesDir(moduleUrl: string): string {
  let folder = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const candidate = join(folder, 'templates', 'workflows');
    if (existsSync(join(candidate, MARKER))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`mltrain's templates/workflows folder was not found above ${fileURLToPath(moduleUrl)} (is the package installed whole?)`);
    folder = parent;
  }
}
