/** Eight block heights, lowest first: GitHub renders them in any comment (no images needed). */
export const SPARK_BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * A Unicode sparkline of a series; missing values print as a space. Longer series are cut into
 * `width` buckets, each shown by its last value (a running best stays monotone that way).
 */
export function sparkline(values: readonly (number | null)[], width = 48): string {
  const buckets = bucketLast(values, width);
  const finite = buckets.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return '';
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  return buckets
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return ' ';
      const level = high === low ? SPARK_BLOCKS.length - 1 : Math.round(((v - low) / (high - low)) * (SPARK_BLOCKS.length - 1));
      return SPARK_BLOCKS[level];
    })
    .join('');
}

function bucketLast(values: readonly (number | null)[], width: number): (number | null)[] {
  if (values.length <= width) return [...values];
  const out: (number | null)[] = [];
  for (let b = 0; b < width; b++) {
    const end = Math.floor(((b + 1) * values.length) / width);
    const start = Math.floor((b * values.length) / width);
    let last: number | null = null;
    for (let i = start; i < end; i++) if (values[i] !== null) last = values[i];
    out.push(last);
  }
  return out;
}
