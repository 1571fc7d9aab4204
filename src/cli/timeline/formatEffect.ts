import type { Effect } from '../../index';
import type { Strings } from '../i18n/lang';
import { isZero } from './isZero';

/** One effect as a sentence for the host's operator (its idempotency key is printed beside it). */
export function formatEffect(effect: Effect, strings: Strings): string {
  const money = (amount: string) =>
    `${strings.amount(amount)} ${'currency' in effect ? effect.currency : ''}`.trimEnd();
  switch (effect.type) {
    case 'refund':
      return strings.effects.refund(money(effect.amount), effect.paymentId, effect.reason);
    case 'payout':
      return strings.effects.payout(money(effect.amount), effect.sellerId);
    case 'revenue': {
      // Only the parts that are not zero: a completion usually has no forfeit, an expiry nothing else.
      const parts = (['commission', 'tipCommission', 'buyerFee', 'forfeited'] as const)
        .filter((part) => !isZero(effect.breakdown[part]))
        .map((part) => `${strings.effects.breakdown[part]} ${strings.amount(effect.breakdown[part])}`);
      return strings.effects.revenue(money(effect.amount), parts.join(', '));
    }
    case 'notify':
      return strings.effects.notify(effect.to, effect.event);
  }
}
