/**
 * Asserts an invariant that no input can break: a failure is a bug in this library, not a
 * refusal, so it throws a plain `Error` that must never be turned into an error code.
 * Assertions stay on in production because they are cheap next to the money at stake.
 */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`[sequestre] ${message}`);
}
