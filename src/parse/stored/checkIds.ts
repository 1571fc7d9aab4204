import {
  eventIdsDuplicate,
  extrasOfferMismatch,
  idsDuplicate,
  invalidOrder,
  offersAcceptedWithoutExtra,
  partiesSame,
} from '../../errors';
import type { Order } from '../../model/types';

/**
 * Checks the ids of an order (SPEC §3, §4). Invariants:
 * - buyer and seller differ: nobody buys from themselves;
 * - item, option and offer ids are unique together (an accepted offer appears twice, as an
 *   offer with status `accepted` and as an extra of kind `offer` with the same id, label, price
 *   and days; that pair is one id);
 * - every accepted offer has its extra and every offer extra its accepted offer;
 * - recorded event ids are unique, since a repeated id is answered as a duplicate.
 * Payment ids are checked with the ledger.
 *
 * Refuses `INVALID_ORDER` naming the first repeated or dangling id, through `refused`.
 */
export function checkIds(order: Order): void {
  const stored = true;
  if (order.buyer.id === order.seller.id) invalidOrder(partiesSame, { path: 'seller.id' }, stored);
  const used = new Set<string>();
  const claim = (id: string, path: string) => {
    if (used.has(id)) invalidOrder(idsDuplicate, { path }, id);
    used.add(id);
  };
  order.items.forEach((item, i) => {
    claim(item.id, `items[${i}].id`);
  });
  order.offers.forEach((offer, i) => {
    claim(offer.id, `offers[${i}].id`);
  });
  const offers = new Map(order.offers.map((offer) => [offer.id, offer]));
  const offerExtras = new Set<string>();
  order.extras.forEach((extra, i) => {
    if (extra.kind === 'option') {
      claim(extra.id, `extras[${i}].id`);
      return;
    }
    const offer = offers.get(extra.id);
    const same =
      offer !== undefined &&
      offer.status === 'accepted' &&
      offer.label === extra.label &&
      offer.price === extra.price &&
      offer.extraDays === extra.extraDays;
    if (!same) invalidOrder(extrasOfferMismatch, { path: `extras[${i}]` }, extra.id);
    const offerExtra = true;
    if (offerExtras.has(extra.id)) invalidOrder(idsDuplicate, { path: `extras[${i}].id` }, extra.id, offerExtra);
    offerExtras.add(extra.id);
  });
  order.offers.forEach((offer, i) => {
    if (offer.status === 'accepted' && !offerExtras.has(offer.id)) {
      invalidOrder(offersAcceptedWithoutExtra, { path: `offers[${i}].status` });
    }
  });
  const events = new Set<string>();
  order.eventIds.forEach(({ id }, i) => {
    if (events.has(id)) invalidOrder(eventIdsDuplicate, { path: `eventIds[${i}].id` }, id);
    events.add(id);
  });
}
