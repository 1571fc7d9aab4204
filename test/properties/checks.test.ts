import { describe, expect, it } from 'vitest';
import type { Effect, Order, OrderEvent, Result } from '../../src';
import { at, BUYER, DAY, expectOk, placed, run, SELLER, t0 } from '../support/fixtures';
import {
  checkChange,
  checkDuplicate,
  checkJson,
  checkMoney,
  checkNextDeadline,
  checkRefusal,
  checkStored,
} from './support/checks';

// The property tests are only as good as their checks: each one here must reject a broken step.
const pending = placed();
const accept: OrderEvent = { type: 'order.accept', at: at(t0, 1000), by: SELLER, id: 'e-1' };
const accepted = run(pending, accept);
const cancelled = run(pending, { type: 'order.cancel', at: at(t0, 1000), by: BUYER });

describe('the sequence checks', () => {
  it('reject a code outside SPEC §11 and a message that is not a sentence', () => {
    expect(() => checkRefusal({ ok: false, error: { code: 'TEAPOT' as never, message: 'No.' } })).toThrow();
    expect(() => checkRefusal({ ok: false, error: { code: 'CONFLICT', message: '' } })).toThrow();
    expect(() =>
      checkRefusal({ ok: false, error: { code: 'CONFLICT', message: 'A refund proposal is already pending.' } }),
    ).not.toThrow();
  });

  it('reject a version that jumps, effects without a change, and a change to a final order', () => {
    expect(() => checkChange(pending, { ...accepted, order: { ...accepted.order, version: 3 } })).toThrow();
    expect(() => checkChange(pending, { ok: true, order: pending, effects: accepted.effects })).toThrow();
    expect(() =>
      checkChange(cancelled.order, { ...accepted, order: { ...accepted.order, version: cancelled.order.version + 1 } }),
    ).toThrow();
    expect(() => checkChange(pending, accepted)).not.toThrow();
  });

  it('reject money that an effect does not explain, or that is not conserved', () => {
    const refund = cancelled.effects.filter((effect) => effect.type === 'refund');
    expect(() => checkMoney(pending, cancelled.order, [])).toThrow();
    expect(() => checkMoney(pending, cancelled.order, [...cancelled.effects, ...refund])).toThrow();
    const leaky: Order = {
      ...cancelled.order,
      escrow: { ...cancelled.order.escrow, ledger: cancelled.order.escrow.ledger.slice(0, 1) },
    };
    expect(() => checkMoney(pending, leaky, [])).toThrow();
    expect(() => checkMoney(pending, cancelled.order, cancelled.effects)).not.toThrow();
  });

  it('reject a next deadline at or before the last applied instant', () => {
    const deadline = Date.parse(at(t0, 2 * DAY));
    expect(() => checkNextDeadline(pending, deadline)).toThrow();
    expect(() => checkNextDeadline(pending, deadline - 1)).not.toThrow();
  });

  it('reject an order that is not plain JSON, or a result the original would not give', () => {
    const result: Result = expectOk(accepted);
    const withDate = { ...pending, placedAt: new Date(t0) } as unknown as Order;
    expect(() => checkJson(withDate, pending, accept, result)).toThrow();
    expect(() => checkJson(pending, pending, accept, { ...result, effects: [] as Effect[] })).toThrow();
    expect(() => checkJson(pending, pending, accept, result)).not.toThrow();
    expect(() => checkStored({ ...accepted.order, version: 9 })).toThrow();
  });

  it('reject an id that was never recorded as a duplicate, and an order that forgot the fingerprint', () => {
    expect(() => checkDuplicate(accepted.order, { ...accept, id: 'e-2' })).toThrow();
    const idsOnly: Order = { ...accepted.order, eventIds: [{ id: 'e-1', fingerprint: null }] };
    expect(() => checkDuplicate(idsOnly, accept)).toThrow();
    expect(() => checkDuplicate(accepted.order, accept)).not.toThrow();
  });
});
