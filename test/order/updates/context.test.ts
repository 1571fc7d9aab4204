import { describe, expect, it } from 'vitest';
import { actorOf, emit, type OrderContext, patch } from '../../../src/order/updates/context';
import { counterpartsOf, notify } from '../../../src/order/updates/notify';
import { BUYER, PLATFORM, placed, SELLER, SYSTEM, t0 } from '../orders';

const context = (): OrderContext => ({
  order: placed(),
  effects: [{ type: 'notify', to: 'seller', toId: 's-1', event: 'order.placed', at: t0 }],
  journal: [],
});

describe('patch, emit and actorOf', () => {
  it('patch replaces fields of the order only', () => {
    const before = context();
    const after = patch(before, { status: 'inProgress' });
    expect(after.order).toEqual({ ...before.order, status: 'inProgress' });
    expect(after.effects).toBe(before.effects);
    expect(before.order.status).toBe('pending');
  });

  it('emit appends effects after the ones already decided, and returns the context itself for none', () => {
    const after = emit(context(), [{ type: 'notify', to: 'buyer', toId: 'b-1', event: 'order.accepted', at: t0 }]);
    expect(after.effects.map((effect) => effect.type === 'notify' && effect.to)).toEqual(['seller', 'buyer']);
    const before = context();
    expect(emit(before, [])).toBe(before);
  });

  it('actorOf records the role, and the id when the sender has one', () => {
    expect(actorOf({ type: 'order.accept', at: t0, by: SELLER })).toEqual({ role: 'seller', id: 's-1' });
    expect(actorOf({ type: 'dispute.open', at: t0, by: { role: 'platform' } })).toEqual({ role: 'platform' });
    expect(Object.keys(actorOf({ type: 'clock.tick', at: t0, by: SYSTEM }))).toEqual(['role']);
  });
});

describe('notify', () => {
  it('tells the other party of a party event', () => {
    expect(counterpartsOf('buyer')).toEqual(['seller']);
    expect(counterpartsOf('seller')).toEqual(['buyer']);
  });

  it('tells both parties of a platform or automatic event', () => {
    expect(counterpartsOf('platform')).toEqual(['buyer', 'seller']);
    expect(counterpartsOf('system')).toEqual(['buyer', 'seller']);
  });

  it('emits one notify effect per recipient, with the event name and instant', () => {
    const after = notify(
      context(),
      { type: 'order.accept', at: '2026-03-02T00:00:00.000Z', by: SELLER },
      { event: 'order.accepted' },
    );
    expect(after.effects.slice(1)).toEqual([
      { type: 'notify', to: 'buyer', toId: 'b-1', event: 'order.accepted', at: '2026-03-02T00:00:00.000Z' },
    ]);
  });

  it('uses the recipients it is given, and adds the platform when asked', () => {
    const event = { type: 'dispute.open', at: t0, by: BUYER } as const;
    expect(
      notify(context(), event, { event: 'dispute.opened', to: ['buyer'] })
        .effects.slice(1)
        .map((effect) => effect.type === 'notify' && effect.to),
    ).toEqual(['buyer']);
    expect(
      notify(context(), event, { event: 'dispute.opened', alsoPlatform: true })
        .effects.slice(1)
        .map((effect) => effect.type === 'notify' && effect.to),
    ).toEqual(['seller', 'platform']);
    expect(
      notify(context(), { ...event, by: PLATFORM }, { event: 'dispute.opened', alsoPlatform: false }).effects,
    ).toHaveLength(3);
  });
});
