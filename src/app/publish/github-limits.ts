/** GitHub's limits (DESIGN.md): a comment body holds 65,536 characters, a job summary 1 MiB. */
export const COMMENT_MAX_CHARACTERS = 65_536;
export const SUMMARY_MAX_BYTES = 1024 * 1024;

/**
 * The last line of defence when a rendered body is still too long: cut at a line boundary and say
 * so. The renderer should have shortened the details first, so this rarely fires.
 */
export function fitComment(body: string, note: string): { body: string; truncated: boolean } {
  if (body.length <= COMMENT_MAX_CHARACTERS) return { body, truncated: false };
  const tail = `\n\n${note}\n`;
  return { body: cutAtLine(body, COMMENT_MAX_CHARACTERS - tail.length) + tail, truncated: true };
}

/** The same for the job summary, measured in UTF-8 bytes. */
export function fitSummary(body: string, note: string): { body: string; truncated: boolean } {
  const encoder = new TextEncoder();
  if (encoder.encode(body).length <= SUMMARY_MAX_BYTES) return { body, truncated: false };
  const tail = `\n\n${note}\n`;
  const budget = SUMMARY_MAX_BYTES - encoder.encode(tail).length;
  // UTF-8 uses at most 3 bytes per UTF-16 unit, so this character count always fits; grow it greedily.
  let low = Math.floor(budget / 3);
  let high = body.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encoder.encode(body.slice(0, mid)).length <= budget) low = mid;
    else high = mid - 1;
  }
  return { body: cutAtLine(body, low) + tail, truncated: true };
}

function cutAtLine(text: string, maxLength: number): string {
  const head = text.slice(0, maxLength);
  const newline = head.lastIndexOf('\n');
  return newline > 0 ? head.slice(0, newline) : head;
}
