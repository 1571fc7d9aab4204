import {
  amountTotalTooLarge,
  ITEMS_MAX,
  invalidInput,
  itemsDuplicateId,
  itemsEmpty,
  type Parsed,
  parsing,
  type Refusal,
  refuse,
} from '../errors';
import type { Fees, Item } from '../model/escrow';
import {
  type Dec,
  hasTooManyIntegerDigits,
  parseAmount,
  parsePositiveAmount,
  readCurrency,
  toAmount,
  ZERO,
} from '../money';
import { readArray, readId, readLabel, readObject } from './readers';
import { readFees } from './readFees';

/** A validated checkout: items normalised, sums computed once. */
export type CheckedQuoteInput = {
  readonly currency: string;
  readonly digits: number;
  readonly items: readonly Item[];
  readonly subtotal: Dec;
  readonly tip: Dec;
  readonly fees: Fees;
};

/**
 * Validates the money half of an order input (SPEC §4): a known currency, at least one item
 * with a price above zero and a unique id, a tip of zero or more, fees with rates in [0, 1].
 *
 * @returns The checked input, or the `INVALID_INPUT` refusal naming the first field that is wrong.
 */
export function parseQuoteInput(value: unknown): Parsed<CheckedQuoteInput> {
  return parsing(() => readQuoteInput(value));
}

/** `parseQuoteInput` as a reader, for the parsers that read a checkout as part of their input. */
export function readQuoteInput(value: unknown): CheckedQuoteInput {
  const input = readObject(value, 'input');
  const digits = readCurrency(input.currency, 'currency');
  const rawItems = readArray(input.items, 'items', ITEMS_MAX);
  if (rawItems.length === 0) invalidInput(itemsEmpty, { path: 'items' });
  const ids = new Set<string>();
  let subtotal = ZERO;
  const items = rawItems.map((raw, i) => {
    const item = readObject(raw, `items[${i}]`);
    const id = readId(item.id, `items[${i}].id`);
    if (ids.has(id)) invalidInput(itemsDuplicateId, { path: `items[${i}].id` }, id);
    ids.add(id);
    const price = parsePositiveAmount(item.price, digits, `items[${i}].price`);
    subtotal = subtotal.plus(price);
    return { id, label: readLabel(item.label, `items[${i}].label`), price: toAmount(price, digits) };
  });
  const tip = input.tip === undefined ? ZERO : parseAmount(input.tip, digits, 'tip');
  const fees = readFees(input.fees, digits);
  return { currency: input.currency as string, digits, items, subtotal, tip, fees };
}

/** SPEC §4: a total over 15 integer digits is refused. */
export function refuseTotalTooLarge(total: Dec, path: string): Refusal | undefined {
  return hasTooManyIntegerDigits(total) ? refuse('INVALID_INPUT', amountTotalTooLarge, { path }) : undefined;
}
