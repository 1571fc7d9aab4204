/**
 * A failure the CLI explains in one sentence and turns into an exit code: 2 for a bad command
 * line (usage), 1 for a file it cannot use. Anything else that escapes is a bug and still gets
 * one sentence, never a stack trace.
 */
export class CliError extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
