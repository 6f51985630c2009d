import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface SourcePosition {
  line: number;
  column: number;
}

/** Splits a JSON pointer (RFC 6901) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON pointer as a YAML-ish path for messages: /gates/0/min -> gates[0].min */
export function pointerToPath(pointer: string): string {
  let path = '';
  for (const segment of pointerSegments(pointer)) {
    path += /^\d+$/.test(segment) ? `[${segment}]` : path ? `.${segment}` : segment;
  }
  return path || '(the document)';
}

/**
 * Finds where a JSON pointer's value (or, with `key: true`, its key) starts in the YAML source.
 * Falls back to the deepest existing ancestor, so a message always has a line.
 */
export class YamlLocator {
  constructor(
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  locate(pointer: string, options: { key?: boolean } = {}): SourcePosition {
    let node: unknown = this.document.contents;
    let keyNode: unknown;
    for (const segment of pointerSegments(pointer)) {
      const next = this.child(node, segment);
      if (!next) break;
      node = next.value;
      keyNode = next.key;
    }
    const target = options.key && keyNode ? keyNode : node ?? keyNode;
    const offset = isNode(target) && target.range ? target.range[0] : 0;
    const pos = this.lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  private child(node: unknown, segment: string): { key?: Node; value: unknown } | undefined {
    if (isMap(node)) {
      for (const item of node.items) {
        if (isPair(item) && isScalar(item.key) && String(item.key.value) === segment) {
          return { key: item.key, value: item.value ?? item.key };
        }
      }
      return undefined;
    }
    if (isSeq(node) && /^\d+$/.test(segment)) {
      const item = node.items[Number(segment)];
      return item === undefined ? undefined : { value: item };
    }
    return undefined;
  }
}
