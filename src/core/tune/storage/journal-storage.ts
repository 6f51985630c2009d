import type { Operation } from './operations.js';
import { parseOperation, serializeOperation } from './operations.js';
import { ReplicaStorage } from './replica-storage.js';

/** Where journal lines go: a file (src/adapters/journal-file-storage.ts), a cache entry, a test array. */
export interface JournalBackend {
  /** Appends one line (no trailing newline; the backend adds its own separator). */
  append(line: string): void | Promise<void>;
  /** Every line written so far, in order; the last one may be torn by a crash. */
  readAll(): readonly string[] | Promise<readonly string[]>;
}

/**
 * An append-only journal of operations (JSON Lines): a study is the replay of its journal, so a
 * run that resumes from the file continues exactly where the last one stopped. A torn last line
 * (a crash mid-write) is ignored; a broken line anywhere else is corruption and throws.
 * One writer per journal at a time (several workers need a shared storage).
 */
export class JournalStorage extends ReplicaStorage {
  private appliedLines = 0;
  private pending: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(private readonly backend: JournalBackend) {
    super();
  }

  override async sync(_studyName: string): Promise<void> {
    await this.flush();
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
    this.appliedLines += 1;
    this.pending = this.pending.then(async () => {
      try {
        await this.backend.append(line);
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
