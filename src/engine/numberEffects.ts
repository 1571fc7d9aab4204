import type { Effect, EffectDraft } from '../model/types';
import { withFields } from '../model/withFields';

/**
 * Gives each effect its envelope (SPEC §8): the order id, the order's version after the change,
 * its index in the call, and the deterministic key `${orderId}:${version}:${index}`.
 */
export function numberEffects(drafts: readonly EffectDraft[], orderId: string, version: number): Effect[] {
  return drafts.map(
    (draft, index) =>
      withFields(draft, { orderId, version, index, idempotencyKey: `${orderId}:${version}:${index}` }) as Effect,
  );
}
