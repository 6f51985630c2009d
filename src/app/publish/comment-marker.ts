import { commentMarker } from '../../core/report/index';

/** The body with its marker (`<!-- mltrain:<name> -->`) first, added when the body lacks it. */
export function withMarker(body: string, name: string): string {
  const marker = commentMarker(name);
  return body.includes(marker) ? body : `${marker}\n${body}`;
}
