import type { Actor, Order } from '../../src';
import { at, BUYER, DAY, HOUR, PLATFORM, placed, run, SELLER, SYSTEM, t0 } from '../support/fixtures';

/**
 * Orders for the unit tests of src/order: real orders built through applyEvent, so every
 * field is consistent, then read by the rule or update under test.
 */
export { at, BUYER, DAY, HOUR, PLATFORM, placed, run, SELLER, SYSTEM, t0 };

/** Accepted at t0: delivery deadline t0 + 3 days. */
export function inProgress(overrides: Parameters<typeof placed>[0] = {}): Order {
  return run(placed(overrides), { type: 'order.accept', at: t0, by: SELLER }).order;
}

/** Delivered one day after acceptance. */
export function delivered(overrides: Parameters<typeof placed>[0] = {}): Order {
  return run(inProgress(overrides), { type: 'order.deliver', at: at(t0, DAY), by: SELLER }).order;
}

/** Disputed one hour after acceptance, by `by`. */
export function disputed(by: Actor = BUYER): Order {
  return run(inProgress(), { type: 'dispute.open', at: at(t0, HOUR), by }).order;
}

/** The instant in ms, for the `atMs` of an attempt. */
export const ms = (instant: string) => Date.parse(instant);
