import { describe, expect, it } from 'vitest';
import {
  type Actor,
  applyEvent,
  availableActions,
  type ErrorCode,
  type Order,
  type OrderEvent,
  type Result,
} from '../../src';
import { at, BUYER, DAY, deepFreeze, PLATFORM, placed, run, SELLER, SYSTEM, t0 } from '../support/fixtures';
import { SPEC_SENDERS as TABLE } from '../support/specSenders';

type Role = Actor['role'];

/** Every way to say who sends an event, and what SPEC §3 answers when the role may send the type. */
const SENDERS: readonly { name: string; by: Actor; role: Role; party: 'right' | 'wrong' | 'missing' | 'unchecked' }[] =
  [
    { name: 'the buyer', by: BUYER, role: 'buyer', party: 'right' },
    { name: 'another buyer id', by: { role: 'buyer', id: 's-1' }, role: 'buyer', party: 'wrong' },
    { name: 'a buyer without id', by: { role: 'buyer' }, role: 'buyer', party: 'missing' },
    { name: 'the seller', by: SELLER, role: 'seller', party: 'right' },
    { name: 'another seller id', by: { role: 'seller', id: 'b-1' }, role: 'seller', party: 'wrong' },
    { name: 'a seller without id', by: { role: 'seller' }, role: 'seller', party: 'missing' },
    { name: 'the platform', by: PLATFORM, role: 'platform', party: 'unchecked' },
    {
      name: 'the platform under another id',
      by: { role: 'platform', id: 'agent-99' },
      role: 'platform',
      party: 'unchecked',
    },
    { name: 'the platform without id', by: { role: 'platform' }, role: 'platform', party: 'unchecked' },
    { name: 'the system', by: SYSTEM, role: 'system', party: 'unchecked' },
  ];

// Orders in which many events are possible, and some where they are not: FORBIDDEN must win over
// NOT_ALLOWED and ORDER_CLOSED, and INVALID_INPUT over everything.
const pending = placed();
const working = run(pending, { type: 'order.accept', at: at(t0, 1000), by: SELLER }).order;
const inProgress = run(
  working,
  {
    type: 'offer.propose',
    at: at(t0, 2000),
    by: SELLER,
    offer: { id: 'off-1', label: 'More', price: '10.00', extraDays: 1 },
  },
  { type: 'cancellation.request', at: at(t0, 3000), by: BUYER },
  { type: 'refund.propose', at: at(t0, 4000), by: SELLER, amount: '5.00' },
  { type: 'extension.request', at: at(t0, 5000), by: SELLER, days: 1 },
).order;
const delivered = run(inProgress, { type: 'order.deliver', at: at(t0, DAY), by: SELLER }).order;
const disputed = run(delivered, { type: 'dispute.open', at: at(t0, DAY + 1000), by: BUYER }).order;
const revisionRequested = run(delivered, { type: 'revision.request', at: at(t0, DAY + 1000), by: BUYER }).order;
const completed = run(delivered, { type: 'order.complete', at: at(t0, DAY + 1000), by: BUYER }).order;
const ORDERS: readonly Order[] = [pending, working, inProgress, delivered, revisionRequested, disputed, completed];
const AT = at(t0, DAY + 2000);

/** What SPEC §3 says the sender check answers, or undefined when the state's own rules decide. */
function expected(who: readonly Role[], sender: (typeof SENDERS)[number]): ErrorCode | undefined {
  if (sender.party === 'missing') return 'INVALID_INPUT';
  if (!who.includes(sender.role)) return 'FORBIDDEN';
  return sender.party === 'wrong' ? 'FORBIDDEN' : undefined;
}

const codeOf = (result: Result) => (result.ok ? 'ok' : result.error.code);

describe('who may send what (SPEC §3)', () => {
  describe.each(TABLE)('$type', ({ type, who, payload }) => {
    it.each(SENDERS)('from $name', (sender) => {
      const answer = expected(who, sender);
      for (const order of ORDERS) {
        const event = { type, at: AT, by: sender.by, ...payload } as OrderEvent;
        const result = applyEvent(deepFreeze(order), event);
        if (answer === undefined) {
          // The sender passes; the state decides, and never on the sender's account.
          expect(
            ['FORBIDDEN', 'INVALID_INPUT'],
            `${type} from ${sender.name} on a ${order.status} order`,
          ).not.toContain(codeOf(result));
        } else {
          expect(codeOf(result), `${type} from ${sender.name} on a ${order.status} order`).toBe(answer);
        }
      }
    });
  });

  it.each(TABLE)(
    'accepts $type from some sender the table allows, in some order: the payloads are valid',
    ({ type, who, payload }) => {
      const accepted = SENDERS.filter(
        (sender) => who.includes(sender.role) && sender.party !== 'wrong' && sender.party !== 'missing',
      ).some((sender) =>
        ORDERS.some((order) => applyEvent(order, { type, at: AT, by: sender.by, ...payload } as OrderEvent).ok),
      );
      expect(accepted).toBe(true);
    },
  );

  it.each(TABLE)('checks no platform id for $type: any id or none gets the same answer', ({ type, payload }) => {
    for (const order of ORDERS) {
      const answers = [PLATFORM, { role: 'platform', id: 'agent-99' }, { role: 'platform' }].map((by) =>
        codeOf(applyEvent(order, { type, at: AT, by, ...payload } as OrderEvent)),
      );
      expect(new Set(answers).size, `${type} on a ${order.status} order: ${answers.join(', ')}`).toBe(1);
    }
  });

  it('answers FORBIDDEN before OUT_OF_ORDER, and INVALID_INPUT for a missing id before both', () => {
    const early = at(t0, 500);
    expect(codeOf(applyEvent(inProgress, { type: 'order.accept', at: early, by: BUYER }))).toBe('FORBIDDEN');
    expect(
      codeOf(applyEvent(inProgress, { type: 'order.deliver', at: early, by: { role: 'seller', id: 'intruder' } })),
    ).toBe('FORBIDDEN');
    expect(codeOf(applyEvent(inProgress, { type: 'order.deliver', at: early, by: { role: 'seller' } }))).toBe(
      'INVALID_INPUT',
    );
    expect(codeOf(applyEvent(inProgress, { type: 'order.deliver', at: early, by: SELLER }))).toBe('OUT_OF_ORDER');
  });
});

describe('availableActions follows the same table (SPEC §10)', () => {
  it.each(['buyer', 'seller', 'platform', 'system'] as const)(
    'lists for the %s exactly the types its role may send, in table order',
    (role) => {
      const viewer = SENDERS.find((sender) => sender.role === role && sender.party !== 'wrong')!.by;
      const listed = availableActions(inProgress, { viewer, at: AT }).map((action) => action.type);
      expect(listed).toEqual(TABLE.filter((row) => row.who.includes(role)).map((row) => row.type));
    },
  );

  it.each(SENDERS.filter((sender) => sender.party === 'wrong'))('answers every action FORBIDDEN to $name', (sender) => {
    for (const order of ORDERS) {
      const actions = availableActions(order, { viewer: sender.by, at: AT });
      expect(actions.length).toBeGreaterThan(0);
      expect(actions.filter((action) => action.reason !== 'FORBIDDEN')).toEqual([]);
    }
  });
});
