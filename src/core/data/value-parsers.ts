/**
 * Text to boolean and datetime, for type inference and for columns the schema types.
 * Inference is strict (only true/false, only ISO 8601 dates) so that a categorical column is never
 * silently turned into something else; a schema-typed boolean column also accepts 1/0 and yes/no.
 */
const INFERRED_TRUE = new Set(['true']);
const INFERRED_FALSE = new Set(['false']);
const DECLARED_TRUE = new Set(['true', '1', 'yes', 'y', 't']);
const DECLARED_FALSE = new Set(['false', '0', 'no', 'n', 'f']);

/** 1, 0, or NaN when the text is not a boolean. `declared`: the schema says boolean (looser). */
export function parseBoolean(text: string, declared: boolean): number {
  const key = text.trim().toLowerCase();
  if ((declared ? DECLARED_TRUE : INFERRED_TRUE).has(key)) return 1;
  if ((declared ? DECLARED_FALSE : INFERRED_FALSE).has(key)) return 0;
  return NaN;
}

const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Milliseconds since the epoch for an ISO 8601 date or date-time, or NaN. A value without a zone
 * is taken as UTC (never the machine's local zone: the same file must give the same numbers on
 * every runner).
 */
export function parseIsoDatetime(text: string): number {
  const match = ISO_DATETIME.exec(text.trim());
  if (!match) return NaN;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = match;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31 || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return NaN;
  const millis = fraction === '' ? 0 : Math.round(Number(fraction) * 1000);
  const utc = Date.UTC(Number(year), m - 1, d, Number(hour), Number(minute), Number(second), millis);
  // Date.UTC rolls 31 February over into March: refuse dates that do not exist.
  if (new Date(utc).getUTCDate() !== d) return NaN;
  return utc - zoneOffsetMillis(zone);
}

function zoneOffsetMillis(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes) * 60000;
}
