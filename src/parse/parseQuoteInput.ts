import { ITEMS_MAX } from '../errors';
import { fail, readArray, readId, readLabel, readObject } from './readers';
import { Dec, ZERO, hasTooManyIntegerDigits, parseAmount, parsePositiveAmount, readCurrency, toAmount } from '../money';
import { parseFees } from './parseFees';
import type { Fees, Item } from '../model/escrow';

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
 * @throws SequestreError `INVALID_INPUT` naming the first field that is wrong.
 */
export function parseQuoteInput(value: unknown): CheckedQuoteInput {
  const input = readObject(value, 'input');
  const digits = readCurrency(input.currency, 'currency');
  const rawItems = readArray(input.items, 'items', ITEMS_MAX);
  if (rawItems.length === 0) fail('INVALID_INPUT', 'items', 'items.empty', 'items must hold at least one item: the service bought.');
  const ids = new Set<string>();
  let subtotal = ZERO;
  const items = rawItems.map((raw, i) => {
    const item = readObject(raw, `items[${i}]`);
    const id = readId(item.id, `items[${i}].id`);
    if (ids.has(id)) fail('INVALID_INPUT', `items[${i}].id`, 'items.duplicateId', `items[${i}].id "${id}" is used twice; item ids must be unique.`);
    ids.add(id);
    const price = parsePositiveAmount(item.price, digits, `items[${i}].price`);
    subtotal = subtotal.plus(price);
    return { id, label: readLabel(item.label, `items[${i}].label`), price: toAmount(price, digits) };
  });
  const tip = input.tip === undefined ? ZERO : parseAmount(input.tip, digits, 'tip');
  const fees = parseFees(input.fees, digits);
  return { currency: input.currency as string, digits, items, subtotal, tip, fees };
}

/** SPEC §4: a total over 15 integer digits is refused. */
export function assertTotalFits(total: Dec, path: string): void {
  if (hasTooManyIntegerDigits(total)) {
    fail('INVALID_INPUT', path, 'amount.totalTooLarge', `The total exceeds 15 integer digits (at ${path}); split the order.`);
  }
}
