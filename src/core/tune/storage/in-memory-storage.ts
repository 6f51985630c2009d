import type { Operation } from './operations.js';
import { ReplicaStorage } from './replica-storage.js';

/** Trials kept in this process only: the default storage. */
export class InMemoryStorage extends ReplicaStorage {
  protected persist(_operation: Operation): void {}

  async flush(): Promise<void> {}
}
