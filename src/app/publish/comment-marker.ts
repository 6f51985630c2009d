/**
 * The hidden line that identifies a config's sticky comment: `<!-- mltrain:<name> -->`. Config names
 * match ^[a-z0-9][a-z0-9_-]*$, so the marker is always a well-formed HTML comment.
 * (The renderer in src/core/report writes the same marker; the format is fixed by issue 7.)
 */
export function commentMarker(name: string): string {
  return `<!-- mltrain:${name} -->`;
}

/** The body with its marker first, added when the renderer did not put it there. */
export function withMarker(body: string, name: string): string {
  const marker = commentMarker(name);
  return body.includes(marker) ? body : `${marker}\n${body}`;
}
