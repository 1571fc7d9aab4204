/**
 * Asserts an invariant that no input can break: a failure is a bug in this library, not a
 * refusal, so it throws a plain `Error` that must never be turned into an error code.
 * Assertions stay on in production because they are cheap next to the money at stake; a message
 * that names values is passed as a function, so that it is built only when the assertion fails
 * (never on the hot path, and never from a value that cannot become text).
 */
export function assert(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(`[sequestre] ${typeof message === 'string' ? message : message()}`);
}
