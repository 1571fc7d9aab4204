// The one file that imports `describe`: it may move to a `sequestre/describe` entry point, and
// only this import would change.
import { describe, type Actor, type Description, type Order } from 'sequestre';

/** The order as this viewer reads it, in French or English. */
export function describeOrder(order: Order, viewer: Actor, at: string, locale: 'fr' | 'en'): Description {
  return describe(order, { viewer, at, locale });
}
