import * as cache from '@actions/cache';
import type { Logger } from '../ports/logger';
import type { StudyCache } from '../ports/study-cache';

/**
 * The study journal in the Actions cache: restored by key prefix at start, saved under a fresh
 * key (prefix + trial count + time) after trials and on cancellation. Without a cache service
 * (a local run, or a runner without one) it says so once and does nothing.
 */
export function createActionsStudyCache(logger: Logger): StudyCache | undefined {
  if (!cache.isFeatureAvailable()) {
    logger.notice('no Actions cache service here: the study journal is kept in the output dir only');
    return undefined;
  }
  let saves = 0;
  return {
    restore: async (path, keyPrefix) => {
      try {
        return (await cache.restoreCache([path], `${keyPrefix}latest`, [keyPrefix])) !== undefined;
      } catch (error) {
        logger.warning(`could not restore the study journal from the Actions cache: ${(error as Error).message}`);
        return false;
      }
    },
    save: async (path, keyPrefix) => {
      saves += 1;
      try {
        await cache.saveCache([path], `${keyPrefix}${Date.now()}-${saves}`);
      } catch (error) {
        logger.warning(`could not save the study journal to the Actions cache: ${(error as Error).message}`);
      }
    },
  };
}
