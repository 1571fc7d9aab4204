import type { Order } from '../../model/types';
import { invalidOrder } from './invalidOrder';

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
 * @throws SequestreError `INVALID_ORDER` naming the first repeated or dangling id.
 */
export function checkIds(order: Order): void {
  if (order.buyer.id === order.seller.id) invalidOrder('seller.id', 'parties.same', 'buyer.id and seller.id must differ: nobody buys from themselves.');
  const used = new Set<string>();
  const claim = (id: string, path: string) => {
    if (used.has(id)) invalidOrder(path, 'ids.duplicate', `${path} "${id}" is already used in this order; item, option and offer ids are unique together.`);
    used.add(id);
  };
  order.items.forEach((item, i) => claim(item.id, `items[${i}].id`));
  order.offers.forEach((offer, i) => claim(offer.id, `offers[${i}].id`));
  const offers = new Map(order.offers.map((offer) => [offer.id, offer]));
  const offerExtras = new Set<string>();
  order.extras.forEach((extra, i) => {
    if (extra.kind === 'option') return claim(extra.id, `extras[${i}].id`);
    const offer = offers.get(extra.id);
    const same = offer !== undefined && offer.status === 'accepted' && offer.label === extra.label && offer.price === extra.price && offer.extraDays === extra.extraDays;
    if (!same) invalidOrder(`extras[${i}]`, 'extras.offerMismatch', `extras[${i}] is an offer extra, so it must repeat the accepted offer "${extra.id}" of offers.`);
    if (offerExtras.has(extra.id)) invalidOrder(`extras[${i}].id`, 'ids.duplicate', `extras[${i}].id "${extra.id}": the offer was accepted once, so it joins the extras once.`);
    offerExtras.add(extra.id);
  });
  order.offers.forEach((offer, i) => {
    if (offer.status === 'accepted' && !offerExtras.has(offer.id)) {
      invalidOrder(`offers[${i}].status`, 'offers.acceptedWithoutExtra', `offers[${i}] is accepted, so extras must hold it as an offer extra.`);
    }
  });
  const events = new Set<string>();
  order.eventIds.forEach(({ id }, i) => {
    if (events.has(id)) invalidOrder(`eventIds[${i}].id`, 'eventIds.duplicate', `eventIds[${i}].id "${id}" is recorded twice; event ids are unique.`);
    events.add(id);
  });
}
