import { ERROR_CODES, type ErrorCode, orThrow, parsing } from '../errors';
import type { ActionInfo, OrderStatus } from '../model/types';
import { EVENT_TYPES, STATUSES } from '../model/vocabulary';
import { readBoolean, readEnum, readObject } from '../parse/readers';
import { parseInstant } from '../time';
import { dateWriter } from './dateWriter';
import type { Messages } from './messages';
import { readTimeOptions } from './readTimeOptions';
import { factsOf, percentOf, reasonOf } from './reasonOf';
import type { ErrorTextOptions, TimeOptions } from './types';

/**
 * `explainAction` in one locale: one line of `availableActions` as a sentence for the viewer,
 * that it can be done now, or why not, or from when. A line carries only the refusal's code;
 * `describeActions` gives the reason of the precise rule.
 *
 * @throws SequestreError `INVALID_INPUT` for a malformed action line or bad options.
 */
export function explainActionIn(messages: Messages, action: ActionInfo, options: TimeOptions): string {
  return orThrow(parsing(() => actionSentence(messages, action, options)));
}

function actionSentence(messages: Messages, action: ActionInfo, options: TimeOptions): string {
  const { timeZone, atMs } = readTimeOptions(options);
  const info = readObject(action, 'action');
  const type = readEnum(info.type, 'action.type', EVENT_TYPES);
  const allowed = readBoolean(info.allowed, 'action.allowed');
  const label = lowerFirst(messages.actions[type]);
  if (allowed) return messages.can(label);
  const reason = readEnum(info.reason, 'action.reason', ERROR_CODES);
  if (reason === 'TOO_EARLY' && info.from !== undefined) {
    const from = dateWriter(messages, timeZone, atMs)(parseInstant(info.from, 'action.from'));
    // SPEC §5: only the buyer's own cancellation waits for a time; say what it depends on.
    return type === 'order.cancel' ? messages.cancelFrom(from) : messages.canFrom(label, from);
  }
  return messages.cannot(label, messages.errors[reason]);
}

/**
 * `explainError` in one locale: a refusal as a sentence for a person, the precise rule's when
 * `details` name one (`details.from`, `limit` and `status` fill it in), else the code's. With
 * `TOO_EARLY`, `from` (or `details.from`) says when it opens.
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown code or bad options.
 */
export function explainErrorIn(messages: Messages, code: ErrorCode, options: ErrorTextOptions): string {
  return orThrow(parsing(() => errorSentence(messages, code, options)));
}

function errorSentence(messages: Messages, code: ErrorCode, options: ErrorTextOptions): string {
  const { timeZone, atMs } = readTimeOptions(options);
  const checked = readEnum(code, 'code', ERROR_CODES);
  const facts = factsOf(readObject(options, 'options').details);
  const fromValue = options.from ?? facts.from;
  const from =
    fromValue === undefined ? undefined : dateWriter(messages, timeZone, atMs)(parseInstant(fromValue, 'from'));
  const reason = reasonOf(checked, facts.rule);
  if (reason !== undefined) {
    const status = (STATUSES as readonly unknown[]).includes(facts.status)
      ? messages.titles[facts.status as OrderStatus]
      : undefined;
    // The currency is not known here, so a bound on an amount is left to the sentence's words.
    return messages.reasons[reason]({
      from,
      limit: facts.limit,
      status,
      below: undefined,
      max: undefined,
      share: percentOf(facts.maxShare),
    });
  }
  if (checked === 'TOO_EARLY' && from !== undefined) return messages.possibleFrom(from);
  const why = messages.errors[checked];
  return `${why.charAt(0).toUpperCase()}${why.slice(1)}.`;
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
