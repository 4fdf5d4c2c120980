// Errors that map to CLI exit codes: 2 for usage and config, 3 for runtime failures.
export class UsageError extends Error {
  readonly exitCode = 2;
}
export class RuntimeError extends Error {
  readonly exitCode = 3;
}
