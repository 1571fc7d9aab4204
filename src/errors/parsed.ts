import { type Message, type Refusal, refuse, toError } from './refusal';
import type { CodeOf, FactsOf, RulesAnswering } from './refusalRules';

/**
 * What every parser of untrusted input answers (`parseEvent`, `parseOrderInput`, `parsePolicy`,
 * `parseQuoteInput`, `parseStoredOrder`): the trusted value, or the first refusal, as a value.
 */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

/**
 * The readers' short-circuit. A parser reads a value field by field through small readers
 * (`readObject`, `parseAmount`, `parseInstant`, …), and the first field that is wrong ends the
 * whole read. Rather than thread a result through every reader, a reader that refuses throws
 * this private signal, and `parsing`, at the parser's entry, turns it back into a value: it
 * never leaves a parser. It is not an `Error`: it carries no stack trace and is never meant to
 * be seen, and a bug (an `Error`) passes through `parsing` untouched.
 */
class Refused {
  constructor(readonly refusal: Refusal) {}
}

/** Ends the read of the parser this runs in with `refusal`; call it only under `parsing`. */
export function refused(refusal: Refusal): never {
  throw new Refused(refusal);
}

/** A reader's refusal of a malformed value, `INVALID_INPUT`: `refused(refuse('INVALID_INPUT', …))`. */
export function invalidInput<R extends RulesAnswering<'INVALID_INPUT'>, C extends readonly unknown[]>(
  message: Message<R, C>,
  facts: FactsOf<R>,
  ...context: C
): never {
  return refused(refuse('INVALID_INPUT' as CodeOf<R>, message, facts, ...context));
}

/** A refusal of stored JSON, always `INVALID_ORDER` (SPEC §12): `refused(refuse('INVALID_ORDER', …))`. */
export function invalidOrder<R extends RulesAnswering<'INVALID_ORDER'>, C extends readonly unknown[]>(
  message: Message<R, C>,
  facts: FactsOf<R>,
  ...context: C
): never {
  return refused(refuse('INVALID_ORDER' as CodeOf<R>, message, facts, ...context));
}

/** Runs a read that may short-circuit with `refused`, and answers its value or its refusal. */
export function parsing<T>(read: () => T): Parsed<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
}

/** For the queries, which throw (SPEC §2): the value, or the refusal as a `SequestreError`. */
export function orThrow<T>(parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  throw toError(parsed.refusal);
}
