import { EXTRA_DAYS_MAX, ITEMS_MAX, invalidOrder, itemsEmpty, RECORDS_MAX } from '../../errors';
import type { Extra, Item, Offer } from '../../model/types';
import { EXTRA_KINDS, OFFER_STATUSES } from '../../model/vocabulary';
import { readArray } from '../readers';
import { id, instant, integer, label, oneOf, price, type ReadContext, readFields, readList } from './fields';

/**
 * The lines of an order: checkout items, extras (options bought, offers accepted) and offers.
 * Invariants checked here, one line at a time: ids and labels in their limits, prices above zero
 * in the currency's exact form, `extraDays` 0–365 (SPEC §3). Whether ids are unique across the
 * three lists, and whether extras match their payments, is checked once the order is read.
 */

const ITEM = { id, label, price };
const EXTRA = {
  kind: oneOf(EXTRA_KINDS),
  id,
  label,
  price,
  extraDays: integer(0, EXTRA_DAYS_MAX),
  paymentId: id,
  at: instant,
};
const OFFER = {
  id,
  label,
  price,
  extraDays: integer(0, EXTRA_DAYS_MAX),
  proposedAt: instant,
  status: oneOf(OFFER_STATUSES),
};

/**
 * Reads the checkout items (SPEC §4): at least one, the service bought, and at most `ITEMS_MAX`.
 *
 * Refuses `INVALID_ORDER` (after conversion) naming the first wrong field, through `refused`.
 */
export function parseItems(value: unknown, path: string, context: ReadContext): Item[] {
  const items = readArray(value, path, ITEMS_MAX);
  if (items.length === 0) invalidOrder(itemsEmpty, { path });
  return readList(items, path, (item, at) => readFields<Item>(item, at, ITEM, context));
}

/**
 * Reads the extras: options bought and offers accepted, in the order they joined S.
 *
 * Refuses `INVALID_ORDER` (after conversion) naming the first wrong field, through `refused`.
 */
export function parseExtras(value: unknown, path: string, context: ReadContext): Extra[] {
  return readList(readArray(value, path, RECORDS_MAX), path, (extra, at) =>
    readFields<Extra>(extra, at, EXTRA, context),
  );
}

/**
 * Reads the custom offers the seller proposed, whatever became of them.
 *
 * Refuses `INVALID_ORDER` (after conversion) naming the first wrong field, through `refused`.
 */
export function parseOffers(value: unknown, path: string, context: ReadContext): Offer[] {
  return readList(readArray(value, path, RECORDS_MAX), path, (offer, at) =>
    readFields<Offer>(offer, at, OFFER, context),
  );
}
