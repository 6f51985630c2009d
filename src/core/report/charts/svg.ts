import { escapeHtml } from '../escape';

export type SvgAttributes = Record<string, string | number | undefined>;

/** One SVG element as text; attribute values and text content are escaped. */
export function el(tag: string, attributes: SvgAttributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(typeof v === 'number' ? num(v) : String(v))}"`)
    .join('');
  return children.length === 0 ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${children.join('')}</${tag}>`;
}

/** Text content for an SVG element. */
export function text(content: string): string {
  return escapeHtml(content);
}

/** Coordinates with two decimals: small files, no visible loss. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** An SVG path through points. */
export function pathData(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)},${num(y)}`).join('');
}

/**
 * Drops points closer than `minDistance` pixels to the last kept one (a 10,000-point ROC curve
 * draws the same in a few hundred); the first and last always stay.
 */
export function thinPoints(points: readonly (readonly [number, number])[], minDistance = 0.75): [number, number][] {
  const kept: [number, number][] = [];
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i];
    const last = kept[kept.length - 1];
    if (!last || i === points.length - 1 || Math.hypot(x - last[0], y - last[1]) >= minDistance) kept.push([x, y]);
  }
  return kept;
}
