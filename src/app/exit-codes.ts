/** Exit codes shared by the CLI and the action (DESIGN.md's contract). */
export const EXIT_CODES = {
  passed: 0,
  gatesFailed: 1,
  invalidInput: 2,
  internalError: 3,
} as const;
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
