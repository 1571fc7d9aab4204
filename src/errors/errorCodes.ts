/**
 * Every refusal the library can answer. When several rules would refuse an event, the one that
 * answers is the first of these that applies (SPEC §3, "Checks run in this order"; the state's
 * own codes share the last rank), except for the first two, which `applyEvent` checks the other
 * way round: the order before the event, because it reads the event against the order (its
 * amounts in the order's currency), so an unusable order with a malformed event is
 * `INVALID_ORDER`. The list keeps its published order, which `explainAction` and hosts may show.
 *
 * - `INVALID_INPUT`: the event or input is malformed or a value is out of its allowed range.
 *   Fix the payload; retrying the same value never succeeds. (A value out of the range the
 *   order's state allows, a partial refund too large, is one of the state's own rules.)
 * - `INVALID_ORDER`: the order argument is not an order this library can use (wrong shape,
 *   unknown `schemaVersion`, broken money). Reload it with `parseOrder` from a trusted copy.
 *   It answers before `INVALID_INPUT` (see above).
 * - `FORBIDDEN`: the role may never send this event type, or the id is not this order's party.
 * - `OUT_OF_ORDER`: the event happened before the order's last change. Re-read the order and
 *   decide again; time never goes backwards.
 * - `ORDER_CLOSED`: the order is completed, cancelled or expired; nothing can change it.
 * - `NOT_ALLOWED`: the current status or a pending request refuses the event (`details.rule`).
 * - `CONFLICT`: an equivalent request is already pending, or an id is already used.
 * - `LIMIT_REACHED`: a counted allowance (revisions) is used up.
 * - `TOO_EARLY`: only a time guard refuses; `details.from` is the instant it opens.
 * - `AMOUNT_MISMATCH`: the payment does not equal what the quote asks for (`details.expected`).
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_ORDER',
  'FORBIDDEN',
  'OUT_OF_ORDER',
  'ORDER_CLOSED',
  'NOT_ALLOWED',
  'CONFLICT',
  'LIMIT_REACHED',
  'TOO_EARLY',
  'AMOUNT_MISMATCH',
] as const;

/** One of the ten refusal codes of SPEC §11. */
export type ErrorCode = (typeof ERROR_CODES)[number];
