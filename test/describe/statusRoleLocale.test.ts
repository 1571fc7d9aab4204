import { expect, describe as group, it } from 'vitest';
import { applyEvent, type Effect, getBalances, type Order, type OrderEvent } from '../../src';
import { describeOrder, formatAmount, type Locale, type Mover, type Situation } from '../../src/entries/describe';
import { BUYER, PLATFORM, SELLER } from '../support/fixtures';
import { SCENES } from './situations';

/**
 * Issue 13, "Proof": for every situation (the statuses, and the late, declined-revision and
 * unanswered-revision moments), every role and every locale, the description names whose move it
 * is in words, and, where money is held, shows an amount equal to what `getBalances` and the
 * effects say, written as `formatAmount` writes it. The words and the expected money are written
 * here by hand or read from the public API, never from the describe layer's own helpers.
 */
const VIEWERS = { buyer: BUYER, seller: SELLER, platform: PLATFORM } as const;
type Viewer = keyof typeof VIEWERS;

const MOVE_WORDS: Readonly<Record<Locale, Readonly<Record<Mover, string>>>> = {
  fr: {
    you: 'À vous d’agir',
    buyer: 'À l’acheteur d’agir',
    seller: 'Au vendeur d’agir',
    platform: 'À la plateforme d’agir',
    nobody: 'Plus rien à faire\u00a0: la commande est clôturée',
  },
  en: {
    you: 'Your move',
    buyer: 'The buyer’s move',
    seller: 'The seller’s move',
    platform: 'The platform’s move',
    nobody: 'Nothing left to do: the order is closed',
  },
};

/** Whose move it is (SPEC §5; ComeUp support-fr 1729, 1734, 1741, 1744): the party each situation waits for. */
const WAITS_FOR: Readonly<Record<Situation, Viewer | null>> = {
  pending: 'seller',
  inProgress: 'seller',
  late: 'seller',
  delivered: 'buyer',
  revisionDeclined: 'buyer',
  revisionRequested: 'seller',
  revisionOverdue: 'seller',
  disputed: 'platform',
  completed: null,
  cancelled: null,
  expired: null,
};

/** The order as the engine has it at `at`: a tick applies the deadlines due by then. */
function asOf(order: Order, at: string): Order {
  const tick = applyEvent(order, { type: 'clock.tick', at, by: { role: 'system' } });
  return tick.ok ? tick.order : order;
}

/** What the seller is paid if the order completes now, read from the effects of a real completion. */
function payoutIfCompleted(order: Order, at: string): string {
  let current = order;
  const take = (event: OrderEvent): readonly Effect[] => {
    const result = applyEvent(current, event);
    if (!result.ok) throw new Error(`${event.type}: ${result.error.message}`);
    current = result.order;
    return result.effects;
  };
  // The platform's release is the buyer's completion (SPEC §5), and it can be taken from any running status.
  if (current.status === 'pending') take({ type: 'order.accept', at, by: SELLER });
  if (current.status !== 'disputed') take({ type: 'dispute.open', at, by: PLATFORM });
  const payouts = take({ type: 'dispute.resolve', at, by: PLATFORM, outcome: 'release' }).filter(
    (effect) => effect.type === 'payout',
  );
  expect(payouts).toHaveLength(1);
  return (payouts[0] as { amount: string }).amount;
}

group('describe: every situation × role × locale names whose move it is and the money at stake', () => {
  for (const [situation, scene] of Object.entries(SCENES) as [Situation, (typeof SCENES)[Situation]][]) {
    for (const viewer of Object.keys(VIEWERS) as Viewer[]) {
      for (const locale of ['fr', 'en'] as const) {
        it(`${situation} × ${viewer} × ${locale}`, () => {
          const { order, at } = scene();
          const current = asOf(order, at);
          const d = describeOrder(order, { viewer: VIEWERS[viewer], at, locale });
          const waitsFor = WAITS_FOR[situation];
          const mover: Mover = waitsFor === null ? 'nobody' : waitsFor === viewer ? 'you' : waitsFor;
          expect(d.move).toEqual({ by: mover, text: MOVE_WORDS[locale][mover] });

          const balances = getBalances(current);
          const written = (amount: string) => formatAmount(amount, current.currency, locale);
          const line = (kind: string) => d.amounts.find((amount) => amount.kind === kind);
          if (Number(balances.held) > 0) {
            // The buyer and the platform read what is held; the seller reads what completion pays.
            const [kind, amount] =
              viewer === 'seller' ? ['payoutOnCompletion', payoutIfCompleted(current, at)] : ['held', balances.held];
            expect(line(kind)).toMatchObject({ amount });
            expect(line(kind)!.text).toContain(written(amount));
          } else {
            expect(line('held')).toBeUndefined();
            // Once final, every amount shown is one getBalances reports.
            for (const amount of d.amounts) {
              expect(['refunded', 'paidOut', 'revenue']).toContain(amount.kind);
              expect(amount.amount).toBe(balances[amount.kind as 'refunded' | 'paidOut' | 'revenue']);
              expect(amount.text).toContain(written(amount.amount));
            }
          }
        });
      }
    }
  }
});
