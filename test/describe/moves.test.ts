import { expect, describe as group, it } from 'vitest';
import { type Order, presets } from '../../src';
import { type DeadlineTopic, describeOrder, type Mover, type Situation } from '../../src/entries/describe';
import { at, BUYER, DAY, HOUR, PLATFORM, placed, run, SELLER, t0 } from '../support/fixtures';
import { SCENES } from './situations';

type Expected = { readonly move: Mover; readonly deadline: `${DeadlineTopic}` | `${DeadlineTopic} overdue` | null };
const VIEWERS = { buyer: BUYER, seller: SELLER, platform: PLATFORM } as const;
const seen = (
  order: Order,
  viewer: keyof typeof VIEWERS,
  when: string,
  locale: 'fr' | 'en' = 'en',
): Expected & { text: string } => {
  const d = describeOrder(order, { viewer: VIEWERS[viewer], at: when, locale });
  return {
    move: d.move.by,
    text: d.move.text,
    deadline: d.deadline === null ? null : d.deadline.overdue ? `${d.deadline.kind} overdue` : d.deadline.kind,
  };
};

/**
 * Whose move it is in each situation, and the deadline each party reads (SPEC §5; ComeUp
 * support-fr 1729, 1734, 1735, 1741, 1744; support-en 1767): the party the step waits for reads
 * "your move", the others read that party's name; a late delivery and an unanswered revision show
 * their passed deadline, never the order's expiry months away (issue 13).
 */
const TABLE: Readonly<Record<Situation, Readonly<Record<keyof typeof VIEWERS, Expected>>>> = {
  pending: {
    buyer: { move: 'seller', deadline: 'acceptance' },
    seller: { move: 'you', deadline: 'acceptance' },
    platform: { move: 'seller', deadline: 'acceptance' },
  },
  inProgress: {
    buyer: { move: 'seller', deadline: 'delivery' },
    seller: { move: 'you', deadline: 'delivery' },
    platform: { move: 'seller', deadline: 'delivery' },
  },
  late: {
    buyer: { move: 'seller', deadline: 'delivery overdue' },
    seller: { move: 'you', deadline: 'delivery overdue' },
    platform: { move: 'seller', deadline: 'delivery overdue' },
  },
  delivered: {
    buyer: { move: 'you', deadline: 'review' },
    seller: { move: 'buyer', deadline: 'review' },
    platform: { move: 'buyer', deadline: 'review' },
  },
  revisionDeclined: {
    buyer: { move: 'you', deadline: 'review' },
    seller: { move: 'buyer', deadline: 'review' },
    platform: { move: 'buyer', deadline: 'review' },
  },
  revisionRequested: {
    buyer: { move: 'seller', deadline: 'revisionResponse' },
    seller: { move: 'you', deadline: 'revisionResponse' },
    platform: { move: 'seller', deadline: 'revisionResponse' },
  },
  revisionOverdue: {
    buyer: { move: 'seller', deadline: 'revisionResponse overdue' },
    seller: { move: 'you', deadline: 'revisionResponse overdue' },
    platform: { move: 'seller', deadline: 'revisionResponse overdue' },
  },
  disputed: {
    buyer: { move: 'platform', deadline: null },
    seller: { move: 'platform', deadline: null },
    platform: { move: 'you', deadline: null },
  },
  completed: {
    buyer: { move: 'nobody', deadline: null },
    seller: { move: 'nobody', deadline: null },
    platform: { move: 'nobody', deadline: null },
  },
  cancelled: {
    buyer: { move: 'nobody', deadline: null },
    seller: { move: 'nobody', deadline: null },
    platform: { move: 'nobody', deadline: null },
  },
  expired: {
    buyer: { move: 'nobody', deadline: null },
    seller: { move: 'nobody', deadline: null },
    platform: { move: 'nobody', deadline: null },
  },
};

group('describe: whose move it is, and the deadline that matters', () => {
  for (const [situation, expected] of Object.entries(TABLE)) {
    it(`${situation}: names whose move it is and the deadline each party reads`, () => {
      const scene = SCENES[situation as Situation]();
      for (const viewer of ['buyer', 'seller', 'platform'] as const) {
        const { move, deadline } = seen(scene.order, viewer, scene.at);
        expect({ viewer, move, deadline }).toEqual({ viewer, ...expected[viewer] });
      }
    });
  }

  it('says whose move it is in words, naming the party', () => {
    const { order, at: when } = SCENES.delivered();
    expect(['buyer', 'seller'].map((viewer) => seen(order, viewer as 'buyer', when, 'fr').text)).toEqual([
      'À vous d’agir',
      'À l’acheteur d’agir',
    ]);
    expect(seen(SCENES.pending().order, 'buyer', SCENES.pending().at, 'fr').text).toBe('Au vendeur d’agir');
    expect(seen(SCENES.disputed().order, 'seller', SCENES.disputed().at, 'en').text).toBe('The platform’s move');
    expect(seen(SCENES.completed().order, 'buyer', SCENES.completed().at, 'fr').text).toBe(
      'Plus rien à faire\u00a0: la commande est clôturée',
    );
  });

  it('gives a late order whose late grace still runs the instant the buyer may cancel alone, to both parties', () => {
    const order = run(placed({ policy: { ...presets.comeup, name: 'acme', lateGrace: 'P1D' } }), {
      type: 'order.accept',
      at: t0,
      by: SELLER,
    }).order;
    const when = at(t0, 3 * DAY + HOUR);
    expect(seen(order, 'buyer', when)).toEqual({
      move: 'seller',
      text: 'The seller’s move',
      deadline: 'lateCancellation',
    });
    const line = describeOrder(order, { viewer: SELLER, at: when, locale: 'en' }).deadline;
    expect(line).toEqual({
      at: '2026-03-05T10:00:00.000Z',
      kind: 'lateCancellation',
      msLeft: 23 * HOUR,
      overdue: false,
      text: 'Cancellation without the seller’s agreement: March 5 at 10:00 (in 23 hours)',
    });
  });

  it('writes a passed deadline with the delay, the milliseconds negative', () => {
    const { order, at: when } = SCENES.late();
    expect(describeOrder(order, { viewer: SELLER, at: at(when, 2 * DAY), locale: 'fr' }).deadline).toEqual({
      at: '2026-03-04T10:00:00.000Z',
      kind: 'delivery',
      msLeft: -(2 * DAY + HOUR),
      overdue: true,
      text: 'Délai de réalisation\u00a0: 4\u00a0mars à 10\u00a0h (en retard de 2\u00a0jours)',
    });
  });

  it('gives the party who must answer a request its deadline and their move; the other keeps its own step', () => {
    const order = run(run(placed(), { type: 'order.accept', at: t0, by: SELLER }).order, {
      type: 'extension.request',
      at: at(t0, HOUR),
      by: SELLER,
      days: 2,
    }).order;
    const when = at(t0, 2 * HOUR);
    expect(seen(order, 'buyer', when)).toMatchObject({ move: 'you', deadline: 'extensionResponse' });
    expect(seen(order, 'seller', when)).toMatchObject({ move: 'you', deadline: 'delivery' });
    // The platform watches the step due first: the buyer's answer, due before the delivery.
    expect(seen(order, 'platform', when)).toMatchObject({ move: 'buyer', deadline: 'extensionResponse' });
  });

  it('gives the seller the review deadline while it must answer a refund proposal, which has none', () => {
    const order = run(SCENES.delivered().order, {
      type: 'refund.propose',
      at: at(t0, 2 * DAY),
      by: BUYER,
      amount: '5.00',
    }).order;
    expect(seen(order, 'seller', at(t0, 2 * DAY))).toMatchObject({ move: 'you', deadline: 'review' });
  });

  it('names the order’s expiry only when it comes before the step’s own deadline', () => {
    // 200 days to deliver: the five-month lifetime (SPEC §5, ComeUp support-en 1481) ends first.
    const order = run(placed({ deliveryDays: 200 }), { type: 'order.accept', at: t0, by: SELLER }).order;
    expect(seen(order, 'seller', at(t0, DAY))).toMatchObject({ move: 'you', deadline: 'expiry' });
    expect(describeOrder(order, { viewer: SELLER, at: at(t0, DAY), locale: 'en' }).deadline?.text).toBe(
      'Order expiry: August 1 at 10:00 (in 152 days)',
    );
    expect(seen(SCENES.inProgress().order, 'seller', SCENES.inProgress().at)).toMatchObject({ deadline: 'delivery' });
  });
});
