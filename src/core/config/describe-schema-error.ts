import type { ErrorObject } from 'ajv';
import { didYouMean } from './did-you-mean';
import { pointerSegments, pointerToPath } from './yaml-locator';

/** One schema violation in words, and whether it points at a key (rather than a value). */
export interface DescribedError {
  pointer: string;
  message: string;
  atKey: boolean;
}

const FRIENDLY_FORMATS: Record<string, string> = {
  '#/$defs/duration': 'a duration like 90s, 30m, 2h or 1h30m, or a positive number of seconds',
};

/**
 * Turns ajv's errors into one message per problem. Errors from the branches of an `anyOf` that
 * merely say "wrong type" are dropped when a branch of the right type explains the problem better.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[]): DescribedError[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const explained = new Set<string>();
  const described: DescribedError[] = [];
  const inAnyOf = (e: ErrorObject) => [...anyOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)) && e.schemaPath.includes('/anyOf/');
  for (const error of errors) {
    if (error.keyword === 'anyOf' || (inAnyOf(error) && error.keyword === 'type')) continue;
    if (error.keyword === 'if') continue;
    const one = describeOne(error);
    const key = `${one.pointer}\u0000${one.message}`;
    if (explained.has(key)) continue;
    explained.add(key);
    described.push(one);
  }
  for (const error of errors) {
    if (error.keyword !== 'anyOf') continue;
    const covered = described.some((d) => d.pointer === error.instancePath || d.pointer.startsWith(`${error.instancePath}/`));
    if (covered) continue;
    const description = typeof error.parentSchema?.description === 'string' ? error.parentSchema.description : 'a value of another form';
    described.push({ pointer: error.instancePath, atKey: false, message: `'${name(error.instancePath)}' is not valid: expected ${lowerFirst(description)} Got ${show(error.data)}.` });
  }
  return described;
}

function describeOne(error: ErrorObject): DescribedError {
  const at = error.instancePath;
  const key = name(at);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const nearest = didYouMean(extra, allowed);
      const hint = nearest ? `did you mean '${nearest}'?` : allowed.length ? `allowed keys here: ${allowed.join(', ')}` : 'no keys are allowed here';
      const where = at ? ` in '${pointerToPath(at)}'` : '';
      return { pointer: `${at}/${escape(extra)}`, atKey: true, message: `'${extra}' is not allowed here${where}; ${hint}` };
    }
    case 'required':
      return { pointer: at, atKey: true, message: `missing required key '${String(params.missingProperty)}'${at ? ` in '${pointerToPath(at)}'` : ''}` };
    case 'type':
      return { pointer: at, atKey: false, message: `'${key}' must be ${article(String(params.type))}, got ${show(error.data)}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const nearest = typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined;
      return { pointer: at, atKey: false, message: `'${key}' must be one of ${allowed.join(', ')}; got ${show(error.data)}${nearest ? ` (did you mean '${nearest}'?)` : ''}` };
    }
    case 'const':
      return { pointer: at, atKey: false, message: `'${key}' must be ${show(params.allowedValue)}, got ${show(error.data)}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer: at, atKey: false, message: `'${key}' must be ${params.comparison} ${params.limit}, got ${show(error.data)}` };
    case 'pattern': {
      const friendly = Object.entries(FRIENDLY_FORMATS).find(([path]) => error.schemaPath.startsWith(path))?.[1];
      const expected = friendly ?? (key === 'name' ? 'lowercase letters, digits, _ and - (starting with a letter or digit)' : `text matching ${String(params.pattern)}`);
      return { pointer: at, atKey: false, message: `'${key}' must be ${expected}, got ${show(error.data)}` };
    }
    case 'minItems':
      return { pointer: at, atKey: false, message: `'${key}' must have at least ${params.limit} item(s)` };
    case 'minLength':
      return { pointer: at, atKey: false, message: `'${key}' must not be empty` };
    case 'maxLength':
      return { pointer: at, atKey: false, message: `'${key}' must be at most ${params.limit} characters` };
    case 'uniqueItems':
      return { pointer: at, atKey: false, message: `'${key}' lists the same item twice (items ${params.j} and ${params.i})` };
    default:
      return { pointer: at, atKey: false, message: `'${key}' ${error.message ?? 'is not valid'}` };
  }
}

function name(pointer: string): string {
  const segments = pointerSegments(pointer);
  return segments.length ? pointerToPath(pointer) : '(the document)';
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function article(type: string): string {
  const words = type.split(',').map((t) => (t === 'integer' ? 'an integer' : t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : t === 'null' ? 'null' : `a ${t}`));
  return words.join(' or ');
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value}'`;
  return String(value);
}

function lowerFirst(text: string): string {
  const sentence = text.endsWith('.') ? text : `${text}.`;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
