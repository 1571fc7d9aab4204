import { EXTRA_DAYS_MAX, ITEMS_MAX, RECORDS_MAX } from '../../errors';
import { readArray, readEnum, readId, readInteger, readLabel } from '../../input';
import { toAmount } from '../../money';
import type { Extra, Item, Offer } from '../../order/types';
import { readInstant } from './readInstant';
import { invalidOrder } from './invalidOrder';
import { readPositiveAmount } from './readAmount';
import { readRecord } from './readRecord';

/**
 * The lines of an order: checkout items, extras (options bought, offers accepted) and offers.
 * Invariants checked here, one line at a time: ids and labels in their limits, prices above zero
 * in the currency's exact form, `extraDays` 0–365 (SPEC §3). Whether ids are unique across the
 * three lists, and whether extras match their payments, is checked once the order is read.
 */

const ITEM_KEYS = ['id', 'label', 'price'];
const EXTRA_KEYS = ['kind', 'id', 'label', 'price', 'extraDays', 'paymentId', 'at'];
const OFFER_KEYS = ['id', 'label', 'price', 'extraDays', 'proposedAt', 'status'];
const OFFER_STATUSES: readonly Offer['status'][] = ['pending', 'accepted', 'declined', 'withdrawn', 'closed'];

/**
 * Reads the checkout items (SPEC §4): at least one, the service bought, and at most `ITEMS_MAX`.
 *
 * @throws SequestreError `INVALID_ORDER` (after conversion) naming the first wrong field.
 */
export function parseItems(value: unknown, digits: number): Item[] {
  const items = readArray(value, 'items', ITEMS_MAX, 'INVALID_ORDER');
  if (items.length === 0) invalidOrder('items', 'items.empty', 'items must hold at least one item: the service bought.');
  return items.map((raw, i) => {
    const path = `items[${i}]`;
    const item = readRecord(raw, path, ITEM_KEYS);
    return {
      id: readId(item.id, `${path}.id`, 'INVALID_ORDER'),
      label: readLabel(item.label, `${path}.label`, 'INVALID_ORDER'),
      price: toAmount(readPositiveAmount(item.price, digits, `${path}.price`), digits),
    };
  });
}

/**
 * Reads the extras: options bought and offers accepted, in the order they joined S.
 *
 * @throws SequestreError `INVALID_ORDER` (after conversion) naming the first wrong field.
 */
export function parseExtras(value: unknown, digits: number): Extra[] {
  return readArray(value, 'extras', RECORDS_MAX, 'INVALID_ORDER').map((raw, i) => {
    const path = `extras[${i}]`;
    const extra = readRecord(raw, path, EXTRA_KEYS);
    return {
      kind: readEnum(extra.kind, `${path}.kind`, ['option', 'offer'] as const, 'INVALID_ORDER'),
      id: readId(extra.id, `${path}.id`, 'INVALID_ORDER'),
      label: readLabel(extra.label, `${path}.label`, 'INVALID_ORDER'),
      price: toAmount(readPositiveAmount(extra.price, digits, `${path}.price`), digits),
      extraDays: readInteger(extra.extraDays, `${path}.extraDays`, 0, EXTRA_DAYS_MAX, 'INVALID_ORDER'),
      paymentId: readId(extra.paymentId, `${path}.paymentId`, 'INVALID_ORDER'),
      at: readInstant(extra.at, `${path}.at`),
    };
  });
}

/**
 * Reads the custom offers the seller proposed, whatever became of them.
 *
 * @throws SequestreError `INVALID_ORDER` (after conversion) naming the first wrong field.
 */
export function parseOffers(value: unknown, digits: number): Offer[] {
  return readArray(value, 'offers', RECORDS_MAX, 'INVALID_ORDER').map((raw, i) => {
    const path = `offers[${i}]`;
    const offer = readRecord(raw, path, OFFER_KEYS);
    return {
      id: readId(offer.id, `${path}.id`, 'INVALID_ORDER'),
      label: readLabel(offer.label, `${path}.label`, 'INVALID_ORDER'),
      price: toAmount(readPositiveAmount(offer.price, digits, `${path}.price`), digits),
      extraDays: readInteger(offer.extraDays, `${path}.extraDays`, 0, EXTRA_DAYS_MAX, 'INVALID_ORDER'),
      proposedAt: readInstant(offer.proposedAt, `${path}.proposedAt`),
      status: readEnum(offer.status, `${path}.status`, OFFER_STATUSES, 'INVALID_ORDER'),
    };
  });
}
