/** The HTTP status a port's failure carries (see the port contracts), or undefined for other errors. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = (error as { status: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** 403 and 404 on a write: the token may not do it (a fork's read-only token, missing permissions). */
export function isAccessDenied(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 403 || status === 404;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
