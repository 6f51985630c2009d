/**
 * An incremental RFC 4180 scanner over bytes. It never builds a string for the whole input: it
 * finds record and field boundaries in the chunks it is given and hands each complete record to a
 * sink as byte ranges. An incomplete record at the end of a chunk is kept (with its scan state) and
 * resumed when the next chunk arrives, so the cost stays linear however records fall on chunks.
 *
 * Handles quotes, escaped quotes (""), delimiters and newlines inside quotes, CRLF, lone CR, a
 * UTF-8 byte order mark and blank lines (which are not records). Line numbers are 1-based physical
 * lines: a record's line is the line it starts on, so a quoted newline moves later records down.
 */
export const FIELD_QUOTED = 1;
/** The field contains "" pairs that stand for one quote each. */
export const FIELD_ESCAPED = 2;
/** Text follows a closing quote (`"ab"c`): not RFC 4180, reported by the sink. */
export const FIELD_STRAY_QUOTE = 4;

export interface CsvRecordSink {
  /**
   * One record: field i is bytes [starts[i], ends[i]) of buf with the flags above (quoted fields
   * exclude their quotes). The arrays are reused: copy what must outlive the call.
   */
  record(buf: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array, count: number, line: number): void;
  /** A quoted field has grown past the record limit: almost surely a quote never closed. */
  oversizedRecord(at: UnterminatedQuote, bytes: number): never;
}

/** A record (one row) larger than this while inside quotes stops the read instead of buffering the file. */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

export interface UnterminatedQuote {
  /** Line of the record whose quote is never closed. */
  readonly line: number;
  /** 1-based field position of the open quote. */
  readonly field: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export class CsvScanner {
  private buf: Uint8Array = new Uint8Array(1 << 16);
  private len = 0;
  private pos = 0;
  private recordStart = 0;
  private fieldStart = 0;
  private fieldEnd = -1;
  private flag = 0;
  private inQuotes = false;
  private count = 0;
  private starts: Int32Array = new Int32Array(64);
  private ends: Int32Array = new Int32Array(64);
  private flags: Uint8Array = new Uint8Array(64);
  private line = 1;
  private recordLine = 1;
  private skipLineFeed = false;
  private started = false;
  private finished = false;

  constructor(
    private readonly sink: CsvRecordSink,
    private readonly delimiter = 0x2c,
    private readonly maxRecordBytes = MAX_RECORD_BYTES,
  ) {}

  /** Total bytes seen so far. */
  bytesSeen = 0;

  push(chunk: Uint8Array): void {
    if (this.finished) throw new Error('internal error: CsvScanner.push after finish');
    this.bytesSeen += chunk.length;
    this.append(chunk);
    this.scan(false);
    const pending = this.len - this.recordStart;
    if (this.inQuotes && pending > this.maxRecordBytes) this.sink.oversizedRecord({ line: this.recordLine, field: this.count + 1 }, pending);
  }

  /** Flushes the last record; returns where a quote was left open, if one was. */
  finish(): UnterminatedQuote | undefined {
    this.finished = true;
    this.scan(true);
    if (this.inQuotes) return { line: this.recordLine, field: this.count + 1 };
    if (this.pos > this.recordStart || this.count > 0) this.endRecord(this.pos);
    return undefined;
  }

  private append(chunk: Uint8Array): void {
    // Drop the bytes of records already handed out; keep the pending record.
    if (this.recordStart > 0) {
      const shift = this.recordStart;
      this.buf.copyWithin(0, shift, this.len);
      this.len -= shift;
      this.pos -= shift;
      this.fieldStart -= shift;
      if (this.fieldEnd >= 0) this.fieldEnd -= shift;
      for (let i = 0; i < this.count; i++) {
        this.starts[i] -= shift;
        this.ends[i] -= shift;
      }
      this.recordStart = 0;
    }
    let offset = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      // A BOM split over tiny first chunks stays in the first header field, where the UTF-8
      // decoder drops it (TextDecoder removes a leading BOM), so the names come out the same.
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) offset = 3;
    }
    const needed = this.len + chunk.length - offset;
    if (needed > this.buf.length) {
      const grown = new Uint8Array(Math.max(needed, this.buf.length * 2));
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
    }
    this.buf.set(offset === 0 ? chunk : chunk.subarray(offset), this.len);
    this.len = needed;
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    const len = this.len;
    const delimiter = this.delimiter;
    let pos = this.pos;
    if (this.skipLineFeed && pos < len) {
      this.skipLineFeed = false;
      if (buf[pos] === LF && pos === this.recordStart) {
        pos++;
        this.recordStart = pos;
        this.fieldStart = pos;
      }
    }
    while (pos < len) {
      if (this.inQuotes) {
        let quote = buf.indexOf(QUOTE, pos);
        if (quote >= len) quote = -1;
        const stop = quote < 0 ? len : quote;
        for (let i = pos; i < stop; i++) if (buf[i] === LF) this.line++;
        if (quote < 0) {
          pos = len;
          break;
        }
        if (quote + 1 >= len && !final) {
          pos = quote; // need the next byte to tell "" from a closing quote
          break;
        }
        if (quote + 1 < len && buf[quote + 1] === QUOTE) {
          this.flag |= FIELD_ESCAPED;
          pos = quote + 2;
          continue;
        }
        this.inQuotes = false;
        this.fieldEnd = quote;
        pos = quote + 1;
        continue;
      }
      const b = buf[pos];
      if (b === delimiter) {
        this.endField(pos);
        pos++;
        this.fieldStart = pos;
        continue;
      }
      if (b === LF || b === CR) {
        this.endRecord(pos);
        this.line++;
        pos++;
        if (b === CR) {
          if (pos < len) {
            if (buf[pos] === LF) pos++;
          } else {
            this.skipLineFeed = true;
          }
        }
        this.recordStart = pos;
        this.fieldStart = pos;
        this.recordLine = this.line;
        continue;
      }
      if (b === QUOTE && pos === this.fieldStart && this.flag === 0) {
        this.inQuotes = true;
        this.flag = FIELD_QUOTED;
        this.fieldStart = pos + 1;
        pos++;
        continue;
      }
      if (this.fieldEnd >= 0) this.flag |= FIELD_STRAY_QUOTE;
      // Plain bytes: run to the next special byte in a tight loop.
      pos++;
      while (pos < len) {
        const c = buf[pos];
        if (c === delimiter || c === LF || c === CR) break;
        pos++;
      }
    }
    this.pos = pos;
  }

  private endField(pos: number): void {
    const i = this.count;
    if (i === this.starts.length) {
      this.starts = grow32(this.starts);
      this.ends = grow32(this.ends);
      const flags = new Uint8Array(this.flags.length * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    this.starts[i] = this.fieldStart;
    const quotedEnd = this.fieldEnd >= 0 && (this.flag & FIELD_STRAY_QUOTE) === 0;
    this.ends[i] = quotedEnd ? this.fieldEnd : pos;
    this.flags[i] = this.flag;
    this.count = i + 1;
    this.flag = 0;
    this.fieldEnd = -1;
  }

  private endRecord(pos: number): void {
    const blank = this.count === 0 && pos === this.fieldStart && this.flag === 0;
    if (!blank) {
      this.endField(pos);
      this.sink.record(this.buf, this.starts, this.ends, this.flags, this.count, this.recordLine);
    }
    this.count = 0;
    this.flag = 0;
    this.fieldEnd = -1;
  }
}

function grow32(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
