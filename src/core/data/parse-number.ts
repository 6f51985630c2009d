/**
 * Decimal numbers parsed straight from bytes, so numeric columns never become JS strings.
 *
 * The fast path is Clinger's: when the significant digits fit in 15 decimal digits (below 2^53)
 * and the power of ten is at most 22 (10^22 is the largest power of ten a double holds exactly),
 * one multiplication or division of two exact doubles is correctly rounded, so the result equals
 * `Number(text)`. Anything else falls back to `Number` on the text, after a strict syntax check
 * (no hex, no empty string, no "1_000").
 */
const POW10 = Float64Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const MAX_FAST_DIGITS = 15;

const SPACE = 0x20;
const TAB = 0x09;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

/** Returns the number in bytes [start, end), or NaN when they are not a decimal number. */
export function parseNumberBytes(buf: Uint8Array, start: number, end: number): number {
  // Fast path for the common spelling: [-+]digits[.digits], at most 15 digits.
  let i = start;
  const first = buf[i];
  const negative = first === MINUS;
  if (negative || first === PLUS) i++;
  let mantissa = 0;
  const intStart = i;
  while (i < end) {
    const d = buf[i] - ZERO;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    i++;
  }
  let digits = i - intStart;
  let scale = 0;
  if (i < end && buf[i] === DOT) {
    i++;
    const fracStart = i;
    while (i < end) {
      const d = buf[i] - ZERO;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      i++;
    }
    digits += i - fracStart;
    scale = fracStart - i;
  }
  if (i === end && digits > 0 && digits <= MAX_FAST_DIGITS) {
    const value = scale === 0 ? mantissa : mantissa / POW10[-scale];
    return negative ? -value : value;
  }
  return parseNumberGeneral(buf, start, end);
}

/** Spaces, exponents, long mantissas, infinities, and the verdict on what is not a number. */
function parseNumberGeneral(buf: Uint8Array, start: number, end: number): number {
  while (start < end && (buf[start] === SPACE || buf[start] === TAB)) start++;
  while (end > start && (buf[end - 1] === SPACE || buf[end - 1] === TAB)) end--;
  if (start === end) return NaN;
  let i = start;
  let negative = false;
  if (buf[i] === MINUS || buf[i] === PLUS) {
    negative = buf[i] === MINUS;
    i++;
  }
  let mantissa = 0;
  let significant = 0;
  let digits = 0;
  let scale = 0;
  for (; i < end; i++) {
    const d = buf[i] - ZERO;
    if (d < 0 || d > 9) break;
    digits++;
    if (mantissa !== 0 || d !== 0) {
      significant++;
      mantissa = mantissa * 10 + d;
    }
  }
  if (i < end && buf[i] === DOT) {
    i++;
    for (; i < end; i++) {
      const d = buf[i] - ZERO;
      if (d < 0 || d > 9) break;
      digits++;
      scale--;
      if (mantissa !== 0 || d !== 0) {
        significant++;
        mantissa = mantissa * 10 + d;
      }
    }
  }
  if (digits === 0) return parseSpecial(buf, start, end);
  if (i < end && (buf[i] === LOWER_E || buf[i] === UPPER_E)) {
    i++;
    let expNegative = false;
    if (i < end && (buf[i] === MINUS || buf[i] === PLUS)) {
      expNegative = buf[i] === MINUS;
      i++;
    }
    const expStart = i;
    let exponent = 0;
    for (; i < end; i++) {
      const d = buf[i] - ZERO;
      if (d < 0 || d > 9) break;
      if (exponent < 100000) exponent = exponent * 10 + d;
    }
    if (i === expStart) return NaN;
    scale += expNegative ? -exponent : exponent;
  }
  if (i !== end) return NaN;
  if (significant <= MAX_FAST_DIGITS && scale >= -22 && scale <= 22) {
    const value = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale];
    return negative ? -value : value;
  }
  return Number(latin1(buf, start, end));
}

const SPECIALS = new Map<string, number>([
  ['inf', Infinity],
  ['+inf', Infinity],
  ['-inf', -Infinity],
  ['infinity', Infinity],
  ['+infinity', Infinity],
  ['-infinity', -Infinity],
]);

function parseSpecial(buf: Uint8Array, start: number, end: number): number {
  if (end - start > 9) return NaN;
  return SPECIALS.get(latin1(buf, start, end).toLowerCase()) ?? NaN;
}

function latin1(buf: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(buf[i]);
  return text;
}

/** The same rules for a JS string (JSON Lines, Parquet strings, tests). */
export function parseNumberText(text: string): number {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return NaN;
    bytes[i] = code;
  }
  return parseNumberBytes(bytes, 0, bytes.length);
}

