import { createJsonLinesReader } from '../core/data/jsonl-reader';
import type { ParseOptions, ParseResult } from '../core/data/load-options';
import { hashWhileReading } from './stream-file';

/** Streams a JSON Lines file into the pure reader, hashing the same bytes. */
export async function readJsonLinesFile(path: string, options: ParseOptions): Promise<{ result: ParseResult; sha256: string }> {
  const reader = createJsonLinesReader(options);
  const sha256 = await hashWhileReading(path, options.source ?? path, (chunk) => reader.push(chunk));
  return { result: reader.finish(), sha256 };
}
