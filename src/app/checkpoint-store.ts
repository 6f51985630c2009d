import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { TrainRequest } from '../core/models/trainer';
import type { LoadedConfig } from './load-config';
import type { PreparedData } from './prepare-data';
import type { RunDependencies } from './run-dependencies';

/**
 * checkpoint.json in the output dir for plain training (model.checkpoint_every): the engine's
 * state with a fingerprint of the config and the data, so a re-run resumes only the very same
 * training; a checkpoint of another config or other data is ignored with a notice.
 */
export async function checkpointFor(deps: RunDependencies, loaded: LoadedConfig, data: PreparedData, outputDir: string): Promise<{ option?: TrainRequest['checkpoint']; flush(): Promise<void> }> {
  const every = loaded.config.model.checkpoint_every;
  if (!every) return { flush: async () => {} };
  const path = join(outputDir, 'checkpoint.json');
  const fingerprint = createHash('sha256').update(loaded.sha256).update(data.lineage.map((d) => d.sha256).join(',')).digest('hex');
  let resumeFrom: unknown;
  if (await deps.fs.exists(path)) {
    try {
      const saved = JSON.parse(await deps.fs.readText(path)) as { fingerprint?: string; state?: unknown };
      if (saved.fingerprint === fingerprint) {
        resumeFrom = saved.state;
        deps.logger.info(`resuming training from ${path}`);
      } else {
        deps.logger.notice(`${path} belongs to another config or other data: training starts afresh`);
      }
    } catch {
      deps.logger.warning(`${path} is unreadable (a torn write?): training starts afresh`);
    }
  }
  await deps.fs.makeDirectory(outputDir);
  let writes: Promise<void> = Promise.resolve();
  return {
    option: {
      every,
      resumeFrom,
      save: (state) => {
        const text = JSON.stringify({ fingerprint, state });
        writes = writes.then(() => deps.fs.writeText(path, text));
        return writes;
      },
    },
    flush: () => writes,
  };
}
