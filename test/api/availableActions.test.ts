import { describe, expect, it } from 'vitest';
import {
  type ActionInfo,
  type Actor,
  applyEvent,
  availableActions,
  type Order,
  type OrderEvent,
  type OrderEventType,
  quoteExtra,
  SequestreError,
} from '../../src';
import {
  at,
  BUYER,
  DAY,
  deepFreeze,
  HOUR,
  PAYLOAD_FREE,
  PLATFORM,
  placed,
  run,
  SELLER,
  SYSTEM,
  t0,
} from '../support/fixtures';

const accepted = () => run(placed(), { type: 'order.accept', at: t0, by: SELLER }).order;
const delivered = () => run(accepted(), { type: 'order.deliver', at: at(t0, DAY), by: SELLER }).order;
const offer = { id: 'of-1', label: 'Animated logo', price: '20.00', extraDays: 2 };

function actions(order: Order, viewer: Actor, when: string): ActionInfo[] {
  return availableActions(deepFreeze(order), { viewer, at: when });
}
const find = (list: ActionInfo[], type: OrderEventType) => list.find((action) => action.type === type);

describe('availableActions: the list', () => {
  it('lists exactly the buyer’s event types, in SPEC table order', () => {
    expect(actions(placed(), BUYER, t0).map((a) => a.type)).toEqual([
      'order.cancel',
      'order.complete',
      'revision.request',
      'cancellation.request',
      'cancellation.accept',
      'cancellation.decline',
      'cancellation.withdraw',
      'extension.accept',
      'extension.decline',
      'option.add',
      'offer.accept',
      'offer.decline',
      'refund.propose',
      'refund.accept',
      'refund.decline',
      'refund.withdraw',
      'dispute.open',
      'dispute.withdraw',
    ]);
  });

  it('lists exactly the seller’s event types, in SPEC table order', () => {
    expect(actions(placed(), SELLER, t0).map((a) => a.type)).toEqual([
      'order.accept',
      'order.decline',
      'order.cancel',
      'order.deliver',
      'revision.accept',
      'revision.decline',
      'cancellation.request',
      'cancellation.accept',
      'cancellation.decline',
      'cancellation.withdraw',
      'extension.request',
      'extension.withdraw',
      'offer.propose',
      'offer.withdraw',
      'refund.propose',
      'refund.accept',
      'refund.decline',
      'refund.withdraw',
      'dispute.open',
      'dispute.withdraw',
    ]);
  });

  it('lists exactly the platform’s and the system’s event types', () => {
    expect(actions(placed(), PLATFORM, t0).map((a) => a.type)).toEqual([
      'order.cancel',
      'dispute.open',
      'dispute.withdraw',
      'dispute.resolve',
    ]);
    expect(actions(placed(), SYSTEM, t0).map((a) => a.type)).toEqual(['clock.tick']);
  });

  it('answers each line as { type, allowed } or { type, allowed: false, reason }', () => {
    expect(actions(placed(), SELLER, at(t0, HOUR)).slice(0, 4)).toEqual([
      { type: 'order.accept', allowed: true },
      { type: 'order.decline', allowed: true },
      { type: 'order.cancel', allowed: true },
      { type: 'order.deliver', allowed: false, reason: 'NOT_ALLOWED' },
    ]);
  });
});

describe('availableActions: time guards', () => {
  it('is TOO_EARLY for the buyer’s order.cancel in progress before the deadline, from the deadline', () => {
    expect(find(actions(accepted(), BUYER, at(t0, DAY)), 'order.cancel')).toEqual({
      type: 'order.cancel',
      allowed: false,
      reason: 'TOO_EARLY',
      from: '2026-03-04T10:00:00.000Z',
    });
  });

  it('allows the buyer’s order.cancel from the deadline on', () => {
    expect(find(actions(accepted(), BUYER, '2026-03-04T10:00:00Z'), 'order.cancel')).toEqual({
      type: 'order.cancel',
      allowed: true,
    });
    expect(find(actions(accepted(), BUYER, '2026-03-10T10:00:00Z'), 'order.cancel')).toEqual({
      type: 'order.cancel',
      allowed: true,
    });
  });

  it('opens order.cancel later with a late grace: deadline + P1D', () => {
    const order = run(placed({ policy: { ...placed().policy, lateGrace: 'P1D' } }), {
      type: 'order.accept',
      at: t0,
      by: SELLER,
    }).order;
    expect(find(actions(order, BUYER, '2026-03-04T10:00:00Z'), 'order.cancel')).toEqual({
      type: 'order.cancel',
      allowed: false,
      reason: 'TOO_EARLY',
      from: '2026-03-05T10:00:00.000Z',
    });
  });

  it('takes a deadline due at `at` into account: at +49 h on a pending order every seller action is ORDER_CLOSED', () => {
    const list = actions(placed(), SELLER, at(t0, 49 * HOUR));
    expect(list).toHaveLength(20);
    for (const action of list) expect(action).toEqual({ type: action.type, allowed: false, reason: 'ORDER_CLOSED' });
  });

  it('still allows order.accept at +47 h, before the acceptance window closes', () => {
    expect(find(actions(placed(), SELLER, at(t0, 47 * HOUR)), 'order.accept')).toEqual({
      type: 'order.accept',
      allowed: true,
    });
  });
});

describe('availableActions: parties and viewers', () => {
  it('answers every action FORBIDDEN for a buyer with another id', () => {
    const list = actions(accepted(), { role: 'buyer', id: 'b-2' }, at(t0, HOUR));
    expect(list).toHaveLength(18);
    for (const action of list) expect(action).toEqual({ type: action.type, allowed: false, reason: 'FORBIDDEN' });
  });

  it('answers every action FORBIDDEN for a seller with another id', () => {
    const list = actions(placed(), { role: 'seller', id: 's-2' }, at(t0, HOUR));
    expect(list).toHaveLength(20);
    expect(list.every((action) => action.allowed === false && action.reason === 'FORBIDDEN')).toBe(true);
  });

  it.each<[string, unknown]>([
    ['no role', { id: 'b-1' }],
    ['an unknown role', { role: 'admin', id: 'b-1' }],
    ['a buyer without an id', { role: 'buyer' }],
    ['a seller without an id', { role: 'seller' }],
    ['no viewer at all', undefined],
  ])('throws SequestreError INVALID_INPUT for a viewer with %s', (_name, viewer) => {
    const call = () => availableActions(placed(), { viewer: viewer as Actor, at: t0 });
    expect(call).toThrow(SequestreError);
    try {
      call();
    } catch (error) {
      expect((error as SequestreError).code).toBe('INVALID_INPUT');
    }
  });

  it('throws SequestreError INVALID_INPUT for an `at` without an offset', () => {
    try {
      availableActions(placed(), { viewer: BUYER, at: '2026-03-01T10:00:00' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SequestreError);
      expect((error as SequestreError).code).toBe('INVALID_INPUT');
    }
  });
});

describe('availableActions: requests and offers', () => {
  it('allows offer.accept and offer.decline only while an offer is pending', () => {
    const before = accepted();
    expect(find(actions(before, BUYER, at(t0, HOUR)), 'offer.accept')).toEqual({
      type: 'offer.accept',
      allowed: false,
      reason: 'NOT_ALLOWED',
    });
    const proposed = run(before, { type: 'offer.propose', at: at(t0, HOUR), by: SELLER, offer }).order;
    expect(find(actions(proposed, BUYER, at(t0, 2 * HOUR)), 'offer.accept')).toEqual({
      type: 'offer.accept',
      allowed: true,
    });
    expect(find(actions(proposed, BUYER, at(t0, 2 * HOUR)), 'offer.decline')).toEqual({
      type: 'offer.decline',
      allowed: true,
    });
    expect(find(actions(proposed, SELLER, at(t0, 2 * HOUR)), 'offer.withdraw')).toEqual({
      type: 'offer.withdraw',
      allowed: true,
    });
    const withdrawn = run(proposed, {
      type: 'offer.withdraw',
      at: at(t0, 2 * HOUR),
      by: SELLER,
      offerId: 'of-1',
    }).order;
    expect(find(actions(withdrawn, BUYER, at(t0, 3 * HOUR)), 'offer.accept')).toEqual({
      type: 'offer.accept',
      allowed: false,
      reason: 'NOT_ALLOWED',
    });
  });

  it('answers refund.propose CONFLICT while a proposal is pending, and lets only the other party answer it', () => {
    const proposed = run(accepted(), { type: 'refund.propose', at: at(t0, HOUR), by: SELLER, amount: '10.00' }).order;
    const buyer = actions(proposed, BUYER, at(t0, 2 * HOUR));
    const seller = actions(proposed, SELLER, at(t0, 2 * HOUR));
    expect(find(buyer, 'refund.propose')).toEqual({ type: 'refund.propose', allowed: false, reason: 'CONFLICT' });
    expect(find(seller, 'refund.propose')).toEqual({ type: 'refund.propose', allowed: false, reason: 'CONFLICT' });
    expect(find(buyer, 'refund.accept')).toEqual({ type: 'refund.accept', allowed: true });
    expect(find(seller, 'refund.accept')).toEqual({ type: 'refund.accept', allowed: false, reason: 'NOT_ALLOWED' });
    expect(find(seller, 'refund.withdraw')).toEqual({ type: 'refund.withdraw', allowed: true });
    expect(find(buyer, 'refund.withdraw')).toEqual({ type: 'refund.withdraw', allowed: false, reason: 'NOT_ALLOWED' });
  });

  it('allows refund.propose in progress when no proposal is pending', () => {
    expect(find(actions(accepted(), BUYER, at(t0, HOUR)), 'refund.propose')).toEqual({
      type: 'refund.propose',
      allowed: true,
    });
  });
});

/** The statuses a scenario reaches, each with the instant it is looked at. */
function situations(): [string, Order, string][] {
  const working = accepted();
  const done = delivered();
  const revising = run(done, { type: 'revision.request', at: at(t0, 2 * DAY), by: BUYER }).order;
  const declined = run(revising, { type: 'revision.decline', at: at(t0, 2 * DAY + HOUR), by: SELLER }).order;
  const limited = run(run(placed({ maxRevisions: 0 }), { type: 'order.accept', at: t0, by: SELLER }).order, {
    type: 'order.deliver',
    at: at(t0, DAY),
    by: SELLER,
  }).order;
  const buyerRequest = run(working, { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER }).order;
  const sellerRequest = run(working, { type: 'cancellation.request', at: at(t0, HOUR), by: SELLER }).order;
  const extension = run(working, { type: 'extension.request', at: at(t0, HOUR), by: SELLER, days: 2 }).order;
  const refund = run(working, { type: 'refund.propose', at: at(t0, HOUR), by: BUYER, amount: '10.00' }).order;
  const disputedByBuyer = run(working, { type: 'dispute.open', at: at(t0, HOUR), by: BUYER }).order;
  const autoDisputed = run(
    working,
    { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER },
    { type: 'cancellation.decline', at: at(t0, 2 * HOUR), by: SELLER },
    { type: 'cancellation.request', at: at(t0, 3 * HOUR), by: BUYER },
    { type: 'cancellation.decline', at: at(t0, 4 * HOUR), by: SELLER },
  ).order;
  const completed = run(done, { type: 'order.complete', at: at(t0, 2 * DAY), by: BUYER }).order;
  const cancelled = run(working, { type: 'order.cancel', at: at(t0, HOUR), by: SELLER }).order;
  return [
    ['pending', placed(), at(t0, HOUR)],
    ['pending, acceptance window passed', placed(), at(t0, 49 * HOUR)],
    ['inProgress', working, at(t0, HOUR)],
    ['inProgress, deadline passed', working, at(t0, 4 * DAY)],
    ['inProgress, buyer cancellation request', buyerRequest, at(t0, 2 * HOUR)],
    ['inProgress, looked at before the last change', buyerRequest, at(t0, 30 * 60_000)],
    ['inProgress, seller cancellation request', sellerRequest, at(t0, 2 * HOUR)],
    ['inProgress, cancellation request expired', buyerRequest, at(t0, 50 * HOUR)],
    ['inProgress, extension request', extension, at(t0, 2 * HOUR)],
    ['inProgress, refund proposal', refund, at(t0, 2 * HOUR)],
    [
      'inProgress, offer pending',
      run(working, { type: 'offer.propose', at: at(t0, HOUR), by: SELLER, offer }).order,
      at(t0, 2 * HOUR),
    ],
    [
      'delivered, offer pending',
      run(done, { type: 'offer.propose', at: at(t0, DAY + HOUR), by: SELLER, offer }).order,
      at(t0, DAY + 2 * HOUR),
    ],
    ['delivered', done, at(t0, DAY + HOUR)],
    ['delivered, review window passed', done, at(t0, 9 * DAY)],
    ['delivered, revision limit 0', limited, at(t0, DAY + HOUR)],
    ['revisionRequested', revising, at(t0, 2 * DAY + HOUR)],
    ['revisionRequested, overdue', revising, at(t0, 5 * DAY)],
    ['delivered after a declined revision', declined, at(t0, 2 * DAY + 2 * HOUR)],
    ['disputed by the buyer', disputedByBuyer, at(t0, 2 * HOUR)],
    ['disputed automatically', autoDisputed, at(t0, 5 * HOUR)],
    ['completed', completed, at(t0, 3 * DAY)],
    ['cancelled', cancelled, at(t0, 2 * HOUR)],
    ['expired', working, '2026-08-02T10:00:00Z'],
  ];
}

describe('availableActions: agrees with applyEvent', () => {
  const viewers: [string, Actor][] = [
    ['buyer', BUYER],
    ['seller', SELLER],
    ['platform', PLATFORM],
    ['system', SYSTEM],
    ['another buyer', { role: 'buyer', id: 'b-2' }],
    ['another seller', { role: 'seller', id: 's-2' }],
  ];

  it('looks at every status of SPEC §5', () => {
    const statuses = situations().map(([, order, when]) => {
      const result = applyEvent(order, { type: 'clock.tick', at: when, by: SYSTEM });
      return result.ok ? result.order.status : result.error.code;
    });
    expect([...new Set(statuses)].sort()).toEqual([
      'cancelled',
      'completed',
      'delivered',
      'disputed',
      'expired',
      'inProgress',
      'pending',
      'revisionRequested',
    ]);
  });

  it.each(situations())(
    'says allowed exactly when applyEvent accepts, for every payload-free event: %s',
    (_name, order, when) => {
      const frozen = deepFreeze(order);
      for (const [, viewer] of viewers) {
        for (const action of availableActions(frozen, { viewer, at: when })) {
          if (!PAYLOAD_FREE.includes(action.type)) continue;
          const result = applyEvent(frozen, { type: action.type, at: when, by: viewer } as OrderEvent);
          const answer = result.ok
            ? { type: action.type, allowed: true }
            : result.error.code === 'TOO_EARLY'
              ? {
                  type: action.type,
                  allowed: false,
                  reason: 'TOO_EARLY',
                  from: (result.error.details as { from: string }).from,
                }
              : { type: action.type, allowed: false, reason: result.error.code };
          expect({ viewer: viewer.role, ...action }).toEqual({ viewer: viewer.role, ...answer });
        }
      }
    },
  );
});

/** One valid payload per event type that needs one, for the order at hand. */
function samplePayload(order: Order, type: OrderEventType): Record<string, unknown> {
  const offerId = order.offers.find((o) => o.status === 'pending')?.id ?? 'of-1';
  switch (type) {
    case 'extension.request':
      return { days: 1 };
    case 'option.add':
      return {
        option: { id: 'opt-9', label: 'Extra', price: '10.00', extraDays: 0 },
        payment: { id: 'pay-9', amount: quoteExtra(order, '10.00').total },
      };
    case 'offer.propose':
      return { offer: { id: 'of-9', label: 'More', price: '10.00', extraDays: 1 } };
    case 'offer.accept':
      return {
        offerId,
        payment: {
          id: 'pay-9',
          amount: quoteExtra(order, order.offers.find((o) => o.id === offerId)?.price ?? '20.00').total,
        },
      };
    case 'offer.decline':
    case 'offer.withdraw':
      return { offerId };
    case 'refund.propose':
      return { amount: '1.00' };
    case 'dispute.resolve':
      return { outcome: 'release' };
    default:
      return {};
  }
}

describe('availableActions: agrees with applyEvent for events with a payload', () => {
  it.each(situations())('says allowed exactly when a valid payload is accepted: %s', (_name, order, when) => {
    const frozen = deepFreeze(order);
    for (const viewer of [BUYER, SELLER, PLATFORM] as Actor[]) {
      for (const action of availableActions(frozen, { viewer, at: when })) {
        if (PAYLOAD_FREE.includes(action.type)) continue;
        const result = applyEvent(frozen, {
          type: action.type,
          at: when,
          by: viewer,
          ...samplePayload(frozen, action.type),
        } as OrderEvent);
        const answer = result.ok
          ? { type: action.type, allowed: true }
          : { type: action.type, allowed: false, reason: result.error.code };
        expect({ viewer: viewer.role, ...action }).toEqual({ viewer: viewer.role, ...answer });
      }
    }
  });
});
