import { RATE_DECIMALS_MAX } from '../limits';
import { message } from '../refusal';

/**
 * The messages of the readers every parser shares (objects, lists, ids, labels, amounts,
 * currencies, rates, checkout items) and of the order argument's shape: all that
 * `sequestre/escrow` can refuse with.
 */
export const objectExpected = message('object.expected', ({ path }) => `${path} must be an object.`);
export const objectForbiddenKey = message(
  'object.forbiddenKey',
  ({ path }, key: string) => `${path.slice(0, -key.length - 1)} must not have a "${key}" key.`,
);
export const arrayExpected = message('array.expected', ({ path }) => `${path} must be an array.`);
export const arrayTooLong = message(
  'array.tooLong',
  ({ path, limit }) => `${path} must have at most ${limit} entries.`,
);
export const idFormat = message(
  'id.format',
  ({ path, limit }) => `${path} must be a non-empty string of at most ${limit} characters.`,
);
// Labels say something; messages and reasons may be empty; a policy's name has no stated limit.
export const textFormat = message('text.format', ({ path, limit }, emptyAllowed?: boolean) =>
  limit === undefined
    ? `${path} must be a non-empty string.`
    : `${path} must be ${emptyAllowed ? 'a' : 'a non-empty'} string of at most ${limit} characters.`,
);
export const amountMustBeString = message(
  'amount.mustBeString',
  ({ path }, value: unknown) => `${path} must be a decimal string such as "49.90", not ${describeType(value)}.`,
);
export const amountFormat = message(
  'amount.format',
  ({ path }, value: string) =>
    `${path} must be an amount such as "49.90", not "${clip(value)}": use digits with an optional decimal point, no sign, no leading zeros, no exponent and at most 15 integer digits, such as "49.90".`,
);
export const amountTooManyDecimals = message(
  'amount.tooManyDecimals',
  ({ path, limit }, value: string, decimals: number) =>
    `${path} has ${decimals} decimals in "${value}"; this currency allows at most ${limit}.`,
);
export const amountPositive = message('amount.positive', ({ path }) => `${path} must be above zero.`);
export const amountTotalTooLarge = message(
  'amount.totalTooLarge',
  ({ path }) => `The total exceeds 15 integer digits (at ${path}); split the order.`,
);
export const amountUnsafeInteger = message(
  'amount.unsafeInteger',
  ({ path, limit }, amount: string, currency: string, units: bigint) =>
    `${path} ${amount} ${currency} is ${units} minor units, more than a JavaScript number holds exactly (${limit}); pass the amount as a string instead.`,
);
// `formatAmount` says it shorter: it formats whatever case the host stored.
export const currencyUnknown = message('currency.unknown', ({ path }, brief?: boolean) =>
  brief
    ? `${path} must be an active ISO 4217 code such as "EUR".`
    : `${path} must be an active ISO 4217 code in upper case, such as "EUR", "USD" or "JPY".`,
);
export const rateFormat = message(
  'rate.format',
  ({ path }) =>
    `${path} must be a decimal string between "0" and "1" with at most ${RATE_DECIMALS_MAX} decimals, such as "0.05".`,
);
export const itemsEmpty = message(
  'items.empty',
  ({ path }) => `${path} must hold at least one item: the service bought.`,
);
export const itemsDuplicateId = message(
  'items.duplicateId',
  ({ path }, id: string) => `${path} "${id}" is used twice; item ids must be unique.`,
);
// The full check of the commands names the schema version it expects; the escrow's check does not need one.
export const orderShape = message(
  'order.shape',
  (_details, schemaVersion?: number) =>
    `The order argument is not an order produced by sequestre${schemaVersion === undefined ? '' : ` (schemaVersion ${schemaVersion})`}; load stored orders with parseOrder first.`,
);

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
