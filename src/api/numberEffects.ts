import type { Effect, EffectDraft } from '../order/types';

/** Gives each effect its deterministic key `${orderId}:${version}:${index}` (SPEC §8). */
export function numberEffects(drafts: readonly EffectDraft[], orderId: string, version: number): Effect[] {
  return drafts.map((draft, index) => ({ ...draft, idempotencyKey: `${orderId}:${version}:${index}` }) as Effect);
}
