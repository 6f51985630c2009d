/** The error the GitHub fakes reject with: an Error carrying the HTTP status, as the port contracts say. */
export class FakeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'FakeApiError';
  }
}
