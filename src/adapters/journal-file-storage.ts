import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { JournalBackend, JournalStorageOptions } from '../core/tune/storage/journal-storage';
import { JournalStorage } from '../core/tune/storage/journal-storage';

export interface JournalFileOptions {
  /**
   * When to fsync: 'durable' (default) after lines that create or finish a study or trial, 'always'
   * after every line, 'never'. Every line reaches the OS before `append` returns, so nothing is
   * lost when the process is killed (SIGTERM, SIGKILL); fsync guards against power loss.
   */
  fsync?: 'durable' | 'always' | 'never';
}

/**
 * A study journal in a JSON Lines file. Lines are written synchronously, so a runner cancelled
 * with SIGINT/SIGTERM loses nothing already told to the study. A torn last line (the process died
 * mid-write) is cut off when the file is read, before anything else is appended.
 */
export class JournalFileBackend implements JournalBackend {
  private fd: number | null = null;

  constructor(
    readonly path: string,
    private readonly options: JournalFileOptions = {},
  ) {}

  readAll(): string[] {
    if (!existsSync(this.path)) return [];
    const text = readFileSync(this.path, 'utf8');
    const end = text.lastIndexOf('\n') + 1;
    if (end < text.length) truncateSync(this.path, Buffer.byteLength(text.slice(0, end), 'utf8'));
    return text
      .slice(0, end)
      .split('\n')
      .filter((line) => line.length > 0);
  }

  append(line: string, durable = true): void {
    if (this.fd === null) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.fd = openSync(this.path, 'a');
    }
    writeSync(this.fd, `${line}\n`);
    const policy = this.options.fsync ?? 'durable';
    if (policy === 'always' || (policy === 'durable' && durable)) fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** A study storage backed by the journal file at `path` (created on first write). */
export function journalFileStorage(path: string, options: JournalFileOptions & JournalStorageOptions = {}): JournalStorage {
  return new JournalStorage(new JournalFileBackend(path, options), options);
}
