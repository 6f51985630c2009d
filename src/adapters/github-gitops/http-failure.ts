/** The HTTP status and message of an Octokit failure (RequestError), or undefined for other errors. */
export function failureOf(error: unknown): { status: number; message: string } | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error) || typeof error.status !== 'number') return undefined;
  return { status: error.status, message: error instanceof Error ? error.message : String(error) };
}

/** A ref or path for a `{+name}` route: each segment encoded, the slashes kept. */
export function encodeSegments(path: string): string {
  return path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
}
