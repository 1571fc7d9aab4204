import { describe, expect, it } from 'vitest';
import { applyEvent, type Order, type OrderEvent, presets, type Result } from '../../src';
import { at, BUYER, DAY, deepFreeze, expectOk, HOUR, placed, run, SELLER, SYSTEM, t0 } from '../support/fixtures';

/** Accepted at t0 (delivery deadline 2026-03-04T10:00Z), then a buyer cancellation request at t0 + 1 h (answer due 2026-03-03T11:00Z). */
function withPendingRequest(): Order {
  return run(
    placed(),
    { type: 'order.accept', at: t0, by: SELLER },
    { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER },
  ).order;
}

/** What a host would see of a result: the effects without anything but their facts. */
const effectLines = (result: Extract<Result, { ok: true }>) =>
  result.effects.map((e) => [e.type, 'event' in e ? e.event : '', 'to' in e ? e.to : '', e.at, e.idempotencyKey]);

describe('applyEvent: versions', () => {
  it('grows the version by exactly one per accepted event', () => {
    const accepted = run(placed(), { type: 'order.accept', at: at(t0, HOUR), by: SELLER }).order;
    expect(accepted.version).toBe(2);
    const delivered = run(accepted, { type: 'order.deliver', at: at(t0, DAY), by: SELLER }).order;
    expect(delivered.version).toBe(3);
  });

  it('counts the deadlines applied before an event and the event itself as one change', () => {
    const order = deepFreeze(withPendingRequest());
    expect(order.version).toBe(3);
    const result = expectOk(applyEvent(order, { type: 'order.deliver', at: '2026-03-05T10:00:00Z', by: SELLER }));
    expect(result.order.version).toBe(4);
    expect(result.order.status).toBe('delivered');
    expect(result.order.lateSince).toBe('2026-03-04T10:00:00.000Z');
    expect(result.order.requests.cancellation).toBeNull();
    expect(result.order.history.slice(3)).toEqual([
      { version: 4, type: 'deadline.cancellationResponse', at: '2026-03-03T11:00:00.000Z', by: { role: 'system' } },
      { version: 4, type: 'deadline.delivery', at: '2026-03-04T10:00:00.000Z', by: { role: 'system' } },
      { version: 4, type: 'order.deliver', at: '2026-03-05T10:00:00.000Z', by: { role: 'seller', id: 's-1' } },
    ]);
    expect(result.effects.map((e) => e.idempotencyKey)).toEqual([
      'o-1:4:0',
      'o-1:4:1',
      'o-1:4:2',
      'o-1:4:3',
      'o-1:4:4',
    ]);
  });

  it('opens the dispute of an unanswered cancellation by system, within the deadline’s own entry', () => {
    const policy = { ...presets.comeup, onCancellationTimeout: 'dispute' as const };
    const order = deepFreeze(
      run(
        placed({ policy }),
        { type: 'order.accept', at: t0, by: SELLER },
        { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER, reason: 'Too slow' },
      ).order,
    );
    const result = expectOk(applyEvent(order, { type: 'clock.tick', at: '2026-03-05T10:00:00Z', by: SYSTEM }));
    expect(result.order.status).toBe('disputed');
    expect(result.order.dispute).toEqual({
      openedBy: { role: 'system' },
      openedAt: '2026-03-03T11:00:00.000Z',
      from: 'inProgress',
    });
    expect(result.order.history.slice(3)).toEqual([
      { version: 4, type: 'deadline.cancellationResponse', at: '2026-03-03T11:00:00.000Z', by: { role: 'system' } },
    ]);
  });

  it('counts a tick that applies two deadlines as one change, with no history entry of its own', () => {
    const order = deepFreeze(withPendingRequest());
    const result = expectOk(applyEvent(order, { type: 'clock.tick', at: '2026-03-05T10:00:00Z', by: SYSTEM }));
    expect(result.order.version).toBe(4);
    expect(result.order.history.slice(3)).toEqual([
      { version: 4, type: 'deadline.cancellationResponse', at: '2026-03-03T11:00:00.000Z', by: { role: 'system' } },
      { version: 4, type: 'deadline.delivery', at: '2026-03-04T10:00:00.000Z', by: { role: 'system' } },
    ]);
    expect(effectLines(result)).toEqual([
      ['notify', 'cancellation.expired', 'buyer', '2026-03-03T11:00:00.000Z', 'o-1:4:0'],
      ['notify', 'cancellation.expired', 'seller', '2026-03-03T11:00:00.000Z', 'o-1:4:1'],
      ['notify', 'order.late', 'buyer', '2026-03-04T10:00:00.000Z', 'o-1:4:2'],
      ['notify', 'order.late', 'seller', '2026-03-04T10:00:00.000Z', 'o-1:4:3'],
    ]);
  });

  it('keeps the version when a tick changes nothing: ok, the same order, no effects', () => {
    const order = deepFreeze(withPendingRequest());
    const result = expectOk(applyEvent(order, { type: 'clock.tick', at: at(t0, 2 * HOUR), by: SYSTEM }));
    expect(result.order.version).toBe(3);
    expect(result.order).toEqual(order);
    expect(result.effects).toEqual([]);
  });

  it('keeps the version when an event id is re-applied (duplicate: true)', () => {
    const first = run(placed(), { type: 'order.accept', at: t0, by: SELLER, id: 'evt-1' }).order;
    const again = expectOk(applyEvent(deepFreeze(first), { type: 'order.accept', at: t0, by: SELLER, id: 'evt-1' }));
    expect(again.duplicate).toBe(true);
    expect(again.order.version).toBe(2);
    expect(again.effects).toEqual([]);
  });

  it('keeps the version of the caller’s order when an event is refused', () => {
    const order = deepFreeze(placed());
    const result = applyEvent(order, { type: 'order.deliver', at: t0, by: SELLER });
    expect(result.ok).toBe(false);
    expect(order.version).toBe(1);
  });
});

describe('applyEvent: ticks and time', () => {
  it('dates a tick’s change at the last deadline it applied, so a later event before the tick’s at is in order', () => {
    const ticked = expectOk(
      applyEvent(deepFreeze(withPendingRequest()), { type: 'clock.tick', at: '2026-03-10T10:00:00Z', by: SYSTEM }),
    ).order;
    expect(ticked.history[ticked.history.length - 1]!.at).toBe('2026-03-04T10:00:00.000Z');
    const result = expectOk(
      applyEvent(deepFreeze(ticked), { type: 'order.deliver', at: '2026-03-04T11:00:00Z', by: SELLER }),
    );
    expect(result.order.status).toBe('delivered');
    expect(result.order.version).toBe(5);
  });

  it('never fails a tick because of time: a tick before the last change is ok with no change', () => {
    const order = deepFreeze(withPendingRequest());
    const result = expectOk(applyEvent(order, { type: 'clock.tick', at: '2026-01-01T00:00:00Z', by: SYSTEM }));
    expect(result.order).toEqual(order);
    expect(result.effects).toEqual([]);
  });

  it('answers a tick on a final order with ok and no change', () => {
    const cancelled = run(placed(), { type: 'order.cancel', at: t0, by: SELLER }).order;
    const result = expectOk(
      applyEvent(deepFreeze(cancelled), { type: 'clock.tick', at: '2027-01-01T00:00:00Z', by: SYSTEM }),
    );
    expect(result.order.version).toBe(2);
    expect(result.effects).toEqual([]);
  });
});

describe('applyEvent: idempotency keys', () => {
  it('does not record the id of a refused event: the same id is applied once the event is valid', () => {
    const order = deepFreeze(placed());
    expect(applyEvent(order, { type: 'order.deliver', at: t0, by: SELLER, id: 'evt-9' }).ok).toBe(false);
    const result = expectOk(applyEvent(order, { type: 'order.accept', at: t0, by: SELLER, id: 'evt-9' }));
    expect(result.duplicate).toBeUndefined();
    expect(result.order.version).toBe(2);
  });

  it('does not record the id of a tick that changed nothing', () => {
    const order = deepFreeze(placed());
    const early = expectOk(applyEvent(order, { type: 'clock.tick', at: at(t0, HOUR), by: SYSTEM, id: 'tick-1' }));
    const late = expectOk(
      applyEvent(deepFreeze(early.order), { type: 'clock.tick', at: at(t0, 48 * HOUR), by: SYSTEM, id: 'tick-1' }),
    );
    expect(late.duplicate).toBeUndefined();
    expect(late.order.status).toBe('cancelled');
    expect(late.order.version).toBe(2);
  });

  it('answers a re-applied id as a duplicate whatever the order’s state is now', () => {
    const first = run(
      placed(),
      { type: 'order.accept', at: t0, by: SELLER, id: 'evt-1' },
      { type: 'order.cancel', at: at(t0, HOUR), by: SELLER },
    ).order;
    const again = expectOk(applyEvent(deepFreeze(first), { type: 'order.accept', at: t0, by: SELLER, id: 'evt-1' }));
    expect(again).toEqual({ ok: true, order: first, effects: [], duplicate: true });
  });
});

describe('applyEvent: fields an event does not list', () => {
  it('ignores unlisted fields and stores none of them', () => {
    const event = {
      type: 'order.accept',
      at: t0,
      by: { role: 'seller', id: 's-1', name: 'Sam' },
      amount: 'x',
      offerId: 42,
      foo: { bar: 1 },
      reason: 'r',
    };
    const result = expectOk(applyEvent(deepFreeze(placed()), event as unknown as OrderEvent));
    expect(result.order.status).toBe('inProgress');
    const json = JSON.stringify(result.order);
    expect(json).not.toContain('foo');
    expect(json).not.toContain('Sam');
    expect(json).not.toContain('offerId');
    expect(result.order.history[1]).toEqual({
      version: 2,
      type: 'order.accept',
      at: '2026-03-01T10:00:00.000Z',
      by: { role: 'seller', id: 's-1' },
    });
  });

  it('does not store a reason on order.deliver, which lists only message', () => {
    const accepted = run(placed(), { type: 'order.accept', at: t0, by: SELLER }).order;
    const event = { type: 'order.deliver', at: at(t0, DAY), by: SELLER, message: 'Here it is', reason: 'hidden' };
    const result = expectOk(applyEvent(deepFreeze(accepted), event as OrderEvent));
    expect(result.order.history[2]).toEqual({
      version: 3,
      type: 'order.deliver',
      at: '2026-03-02T10:00:00.000Z',
      by: { role: 'seller', id: 's-1' },
      message: 'Here it is',
    });
    expect(JSON.stringify(result.order)).not.toContain('hidden');
  });
});

describe('applyEvent: instants', () => {
  it('stores an at with the offset "+02:00" in UTC Z form', () => {
    const result = expectOk(
      applyEvent(deepFreeze(placed()), { type: 'order.accept', at: '2026-03-01T14:00:00+02:00', by: SELLER }),
    );
    expect(result.order.history[1]!.at).toBe('2026-03-01T12:00:00.000Z');
    expect(result.order.acceptedAt).toBe('2026-03-01T12:00:00.000Z');
    expect(result.order.deliveryDeadline).toBe('2026-03-04T12:00:00.000Z');
    expect(result.effects[0]!.at).toBe('2026-03-01T12:00:00.000Z');
  });

  it('stores a negative offset and a fraction the same way: "2026-03-01T07:30:00.5-04:30" → "2026-03-01T12:00:00.500Z"', () => {
    const result = expectOk(
      applyEvent(deepFreeze(placed()), { type: 'order.accept', at: '2026-03-01T07:30:00.5-04:30', by: SELLER }),
    );
    expect(result.order.history[1]!.at).toBe('2026-03-01T12:00:00.500Z');
  });

  it('accepts an at equal to the last change and refuses an earlier one as OUT_OF_ORDER', () => {
    const order = deepFreeze(placed());
    expect(applyEvent(order, { type: 'order.accept', at: '2026-03-01T11:00:00+01:00', by: SELLER }).ok).toBe(true);
    const result = applyEvent(order, { type: 'order.accept', at: '2026-03-01T10:59:59+01:00', by: SELLER });
    expect(result.ok ? 'ok' : result.error.code).toBe('OUT_OF_ORDER');
  });
});

describe('applyEvent: a full scenario through JSON storage', () => {
  const steps: [string, OrderEvent][] = [
    ['order.accept', { type: 'order.accept', at: at(t0, HOUR), by: SELLER, id: 'e-1' }],
    [
      'option.add',
      {
        type: 'option.add',
        at: at(t0, 2 * HOUR),
        by: BUYER,
        id: 'e-2',
        option: { id: 'opt-1', label: 'Source files', price: '15.00', extraDays: 2 },
        payment: { id: 'pay-2', amount: '15.75' },
      },
    ],
    ['order.deliver', { type: 'order.deliver', at: at(t0, 2 * DAY), by: SELLER, message: 'First version' }],
    ['revision.request', { type: 'revision.request', at: at(t0, 3 * DAY), by: BUYER, message: 'Bigger logo, please' }],
    ['revision.accept', { type: 'revision.accept', at: at(t0, 3 * DAY + HOUR), by: SELLER }],
    ['order.deliver (again)', { type: 'order.deliver', at: at(t0, 4 * DAY), by: SELLER }],
    ['order.complete', { type: 'order.complete', at: at(t0, 5 * DAY), by: BUYER }],
  ];

  it('gives identical results for the live order and its JSON copy at every step, on deep-frozen inputs', () => {
    let live: Order = deepFreeze(placed());
    const statuses: string[] = [];
    for (const [, event] of steps) {
      const stored = deepFreeze(JSON.parse(JSON.stringify(live)) as Order);
      expect(stored).toStrictEqual(live);
      const fromLive = applyEvent(live, deepFreeze({ ...event }));
      const fromStored = applyEvent(stored, deepFreeze({ ...event }));
      expect(fromStored).toStrictEqual(fromLive);
      live = deepFreeze(expectOk(fromLive).order);
      statuses.push(`${live.status}@${live.version}`);
    }
    expect(statuses).toEqual([
      'inProgress@2',
      'inProgress@3',
      'delivered@4',
      'revisionRequested@5',
      'inProgress@6',
      'delivered@7',
      'completed@8',
    ]);
  });

  it.each(steps.map(([name], index) => [name, index] as const))(
    'leaves the caller’s order unchanged at step %s',
    (_name, index) => {
      let order: Order = placed();
      for (const [, event] of steps.slice(0, index)) order = expectOk(applyEvent(order, event)).order;
      const frozen = deepFreeze(JSON.parse(JSON.stringify(order)) as Order);
      const before = JSON.stringify(frozen);
      expectOk(applyEvent(frozen, deepFreeze({ ...steps[index]![1] })));
      expect(JSON.stringify(frozen)).toBe(before);
    },
  );

  it('ends with the money released: the seller paid, nothing held', () => {
    const result = run(placed(), ...steps.map(([, event]) => event));
    expect(result.order.status).toBe('completed');
    expect(result.order.escrow.subtotal).toBe('65.00');
    expect(result.effects.map((e) => [e.type, 'amount' in e ? e.amount : e.to])).toEqual([
      ['payout', '57.00'],
      ['revenue', '16.25'],
      ['notify', 'seller'],
    ]);
  });
});
