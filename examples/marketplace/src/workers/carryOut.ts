import type { EffectHandler } from 'sequestre-postgres';
import type { FakeMailer } from '../fake/fakeMailer';
import type { FakeProvider } from '../fake/fakeProvider';

/**
 * The outbox handler: each effect becomes one provider or mailer request under the effect's
 * idempotency key (SPEC §8). A crash after the request and before the effect is marked done makes
 * the store hand the same effect, with the same key, to the next worker; the provider then
 * returns its first result, so the money moves once.
 */
export function carryOut(provider: FakeProvider, mailer: FakeMailer): EffectHandler {
  return async (effect, { idempotencyKey: key }) => {
    switch (effect.type) {
      case 'refund':
        await provider.refund({
          key,
          orderId: effect.orderId,
          paymentId: effect.paymentId,
          amount: effect.amount,
          currency: effect.currency,
        });
        return;
      case 'payout':
        await provider.payout({
          key,
          orderId: effect.orderId,
          sellerId: effect.sellerId,
          amount: effect.amount,
          currency: effect.currency,
        });
        return;
      case 'revenue':
        await provider.bookRevenue({ key, orderId: effect.orderId, amount: effect.amount, currency: effect.currency });
        return;
      case 'notify':
        await mailer.send({
          key,
          orderId: effect.orderId,
          to: effect.to,
          toId: effect.toId ?? null,
          event: effect.event,
        });
        return;
    }
  };
}
