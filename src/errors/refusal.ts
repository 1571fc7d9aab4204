import type { ErrorCode } from './errorCodes';
import type { CodeOf, DetailsOf, FactsOf, RefusalDetails, RefusalRule } from './refusalRules';
import { SequestreError } from './SequestreError';
import { asSentence } from './sentence';

/**
 * An expected refusal as a plain value (SPEC §2, §11): what `{ ok: false, error }` carries and
 * what a `SequestreError` is thrown with. `details.rule` names the precise rule, and the other
 * fields of `details` are that rule's facts, typed by the rule.
 */
export type Refusal = Readonly<{ code: ErrorCode; message: string; details?: RefusalDetails }>;

/**
 * A rule with its sentence (`messages/`): the sentence is built from the rule's typed details
 * and from whatever else it names that the details do not carry (`C`: the value as written, the
 * status, the order's id).
 */
export type Message<R extends RefusalRule, C extends readonly unknown[] = []> = {
  readonly rule: R;
  // A method, so that a message of one kind of request and one of another make a message of either.
  text(details: DetailsOf<R>, ...context: C): string;
};

/**
 * Declares the message of a rule; the details it is given are typed by `RefusalRules`. Marked
 * free of side effects, so that a bundle drops every message it never refuses with.
 */
/* @__NO_SIDE_EFFECTS__ */
export function message<R extends RefusalRule, C extends readonly unknown[] = []>(
  rule: R,
  text: (details: DetailsOf<R>, ...context: C) => string,
): Message<R, C> {
  return { rule, text };
}

/**
 * Builds a refusal: `refuse('TOO_EARLY', cancelBeforeLate, { from })`. The message names the
 * rule, `details` is `{ rule, ...facts }`, and the compiler checks the code against the rule, the
 * facts against the rule's and the rest of the arguments against what the message needs.
 */
export function refuse<R extends RefusalRule, C extends readonly unknown[]>(
  code: CodeOf<R>,
  message: Message<R, C>,
  facts: FactsOf<R>,
  ...context: C
): Refusal {
  const details = { rule: message.rule, ...facts } as DetailsOf<R>;
  return { code, message: asSentence(message.text(details, ...context)), details: details as RefusalDetails };
}

/** Turns a refusal into the error the queries throw. */
export function toError(refusal: Refusal): SequestreError {
  return new SequestreError(refusal.code, refusal.message, refusal.details);
}
