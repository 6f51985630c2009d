import type { Operation, OperationKind } from './operations.js';
import { parseOperation, serializeOperation } from './operations.js';
import { ReplicaStorage } from './replica-storage.js';

/** Where journal lines go: a file (src/adapters/journal-file-storage.ts), a cache entry, a test array. */
export interface JournalBackend {
  /**
   * Appends one line (no trailing newline; the backend adds its own separator). `durable` marks
   * lines worth an fsync (a study or trial created or finished); intermediate reports are not.
   */
  append(line: string, durable: boolean): void | Promise<void>;
  /** Every line written so far, in order; the last one may be torn by a crash. */
  readAll(): readonly string[] | Promise<readonly string[]>;
}

/** Operations after which a crash must not lose the line (the others can be redone). */
const DURABLE_OPERATIONS: readonly OperationKind[] = ['create_study', 'create_trial', 'finish_trial', 'set_study_user_attr'];

export interface JournalStorageOptions {
  /**
   * Other processes append to the same journal: re-read it before each trial (default false: the
   * journal is read once, when the study is opened).
   */
  shared?: boolean;
}

/**
 * An append-only journal of operations (JSON Lines): a study is the replay of its journal, so a
 * run that resumes from the file continues exactly where the last one stopped. A torn last line
 * (a crash mid-write) is ignored; a broken line anywhere else is corruption and throws.
 * Several writers on one journal (`shared`) work when appends are atomic and each writer syncs
 * before creating a trial; a server storage is the robust choice for many workers.
 */
export class JournalStorage extends ReplicaStorage {
  private appliedLines = 0;
  private pending: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private loaded = false;

  constructor(
    private readonly backend: JournalBackend,
    private readonly options: JournalStorageOptions = {},
  ) {
    super();
  }

  override async sync(_studyName: string): Promise<void> {
    await this.flush();
    if (this.loaded && !this.options.shared) return;
    this.loaded = true;
    const lines = await this.backend.readAll();
    for (let i = this.appliedLines; i < lines.length; i++) {
      const line = lines[i];
      if (line.trim() === '') continue;
      let operation: Operation;
      try {
        operation = parseOperation(line);
      } catch (error) {
        if (i === lines.length - 1) break; // torn by a crash while writing: the operation never happened
        throw new Error(`study journal is corrupt at line ${i + 1}: ${(error as Error).message}`, { cause: error });
      }
      this.apply(operation);
      this.appliedLines = i + 1;
    }
  }

  protected persist(operation: Operation): void {
    const line = serializeOperation(operation);
    const durable = DURABLE_OPERATIONS.includes(operation.op);
    this.appliedLines += 1;
    this.pending = this.pending.then(async () => {
      try {
        await this.backend.append(line, durable);
      } catch (error) {
        this.failure ??= error;
      }
    });
  }

  async flush(): Promise<void> {
    await this.pending;
    if (this.failure !== null) throw this.failure;
  }
}
