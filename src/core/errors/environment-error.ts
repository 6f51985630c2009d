/** A problem in the machine's environment that its operator can fix (exit code 2), e.g. a bad variable. */
export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvironmentError';
  }
}
