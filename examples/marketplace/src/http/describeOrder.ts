// The one file that imports the texts: `sequestre/describe` carries French and English, chosen
// per request by the caller's language.
import type { Actor, Order } from 'sequestre';
import { type Description, describeOrder as describeIn } from 'sequestre/describe';

/** The order as this viewer reads it, in French or English. */
export function describeOrder(order: Order, viewer: Actor, at: string, locale: 'fr' | 'en'): Description {
  return describeIn(order, { viewer, at, locale });
}
