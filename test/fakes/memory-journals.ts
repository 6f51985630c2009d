import { JournalStorage, type JournalBackend } from '../../src/core/tune/index';

/** Study journals kept in memory by path: the same JSON Lines the file backend writes, replayable. */
export class MemoryJournals {
  readonly lines = new Map<string, string[]>();

  open(path: string): JournalStorage {
    const lines = this.lines.get(path) ?? [];
    this.lines.set(path, lines);
    const backend: JournalBackend = {
      append: (line: string) => {
        lines.push(line);
      },
      readAll: () => [...lines],
    };
    return new JournalStorage(backend);
  }
}
