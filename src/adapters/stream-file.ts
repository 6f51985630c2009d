import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { DataError } from '../core/data/data-error';

const CHUNK_BYTES = 1 << 20;

/** Streams a file's bytes in 1 MiB chunks; an unreadable file is a DataError (the user can fix the path). */
export async function forEachChunk(path: string, source: string, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) onChunk(chunk);
  } catch (error) {
    if (error instanceof DataError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new DataError(source, { problem: 'unreadable_file', message: `cannot read the file (${code}: ${(error as Error).message})`, count: 1 });
  } finally {
    stream.destroy();
  }
}

/** Streams a file into `onChunk` and returns the sha256 (hex) of its bytes, from the same pass. */
export async function hashWhileReading(path: string, source: string, onChunk: (chunk: Uint8Array) => void = () => {}): Promise<string> {
  const sha = createHash('sha256');
  await forEachChunk(path, source, (chunk) => {
    sha.update(chunk);
    onChunk(chunk);
  });
  return sha.digest('hex');
}
