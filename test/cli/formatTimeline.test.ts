import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoEvents, demoInput } from '../../src/cli/demo/demoOrder';
import { stringsFor } from '../../src/cli/i18n/strings';
import { parseReplayFile } from '../../src/cli/replay/parseReplayFile';
import { formatTimeline } from '../../src/cli/timeline/formatTimeline';
import { playOrder, type ScriptedEvent, type TimelineStep } from '../../src/cli/timeline/playOrder';

function stepsOf(input: unknown, events: readonly ScriptedEvent[]): readonly TimelineStep[] {
  const timeline = playOrder(input, events);
  if (!timeline.ok) throw new Error(timeline.error.message);
  return timeline.steps;
}

// The lines from the one starting with `[n]` up to the next blank line.
function block(text: string, index: number): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`[${index}] `));
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

describe('formatTimeline', () => {
  const demo = stepsOf(demoInput, demoEvents);
  const english = formatTimeline(demo, stringsFor('en'));
  const french = formatTimeline(demo, stringsFor('fr'));

  it('opens with the order, its currency, policy and parties', () => {
    expect(english.split('\n')[0]).toBe(
      'order order-demo · EUR · policy comeup · buyer buyer-alice · seller seller-lea',
    );
    expect(french.split('\n')[0]).toBe(
      'commande order-demo · EUR · règles comeup · acheteur buyer-alice · vendeur seller-lea',
    );
  });

  it('shows the checkout: what was bought and paid, the status, the acceptance deadline, the effect and the balances', () => {
    expect(block(english, 0)).toEqual([
      '[0] 2026-03-02 09:00 UTC  buyer buyer-alice paid and placed the order: Logo design 40.00 EUR, tip 5.00 EUR, paid 47.00 EUR (pay-checkout)',
      '    status   pending (waiting for the seller to accept)',
      '    next     the seller must accept by 2026-03-04 09:00 UTC',
      '    effects  notify the seller: order.placed  [order-demo:1:0]',
      '    escrow   paid in 47.00 · held 47.00 · refunded 0.00 · paid out 0.00 · revenue 0.00 EUR',
    ]);
  });

  it('shows the deadline a tick applies, at its own instant, and the late mark', () => {
    expect(block(english, 3)).toEqual([
      '[3] 2026-03-06 14:00 UTC  system checked the deadlines (clock.tick)',
      '    ↳ 2026-03-06 14:00 UTC  the delivery deadline passed: the order is late',
      '    status   in progress · late since 2026-03-06 14:00 UTC',
      '    next     the order expires at 2026-08-02 09:00 UTC',
      '    effects  notify the buyer: order.late  [order-demo:4:0]',
      '             notify the seller: order.late  [order-demo:4:1]',
      '    escrow   paid in 57.50 · held 57.50 · refunded 0.00 · paid out 0.00 · revenue 0.00 EUR',
    ]);
  });

  it('shows the completion’s payout and revenue breakdown, and closes with the final balances', () => {
    expect(block(english, 8)).toEqual([
      '[8] 2026-03-09 10:00 UTC  buyer buyer-alice approved the delivery and completed the order',
      '    status   completed',
      '    next     nothing: the order is closed',
      '    effects  pay out 45.00 EUR to seller seller-lea  [order-demo:9:0]',
      '             book 12.50 EUR of platform revenue (commission 10.00, buyer fee 2.50)  [order-demo:9:1]',
      '             notify the seller: order.completed  [order-demo:9:2]',
      '    escrow   paid in 57.50 · held 0.00 · refunded 0.00 · paid out 45.00 · revenue 12.50 EUR',
    ]);
    expect(english.trimEnd().split('\n').at(-1)).toBe(
      'final balances: paid in 57.50 · held 0.00 · refunded 0.00 · paid out 45.00 · revenue 12.50 EUR · 8 events, 0 refused',
    );
  });

  it('writes French with day-first dates, decimal commas and ComeUp’s words', () => {
    expect(block(french, 2)).toEqual([
      '[2] 03/03/2026 10:00 UTC  acheteur buyer-alice a acheté une option : “Source files”, 10,00 EUR, +1 jour, payé 10,50 EUR (pay-option)',
      '    statut     en cours de réalisation',
      '    échéance   livraison attendue avant le 06/03/2026 14:00 UTC',
      '    effets     prévenir le vendeur : option.added  [order-demo:3:0]',
      '    séquestre  encaissé 57,50 · en séquestre 57,50 · remboursé 0,00 · versé 0,00 · revenu plateforme 0,00 EUR',
    ]);
  });

  it('prints a refused event with its code and message, and a duplicate as unchanged', () => {
    const recording = parseReplayFile(readFileSync('docs/examples/late-order.jsonl', 'utf8'), 'late-order.jsonl');
    const text = formatTimeline(
      stepsOf(
        recording.input,
        recording.events.map((event) => () => event),
      ),
      stringsFor('en'),
    );
    expect(block(text, 2)).toEqual([
      '[2] 2026-04-02 10:00 UTC  buyer b-77 cancelled the order: “Taking too long.”',
      '    refused  TOO_EARLY: The buyer can cancel alone from 2026-04-03T09:15:00.000Z, if the order is not delivered by then; before that, send a cancellation request.',
    ]);
    expect(block(text, 5)).toEqual([
      '[5] 2026-04-03 12:00:05 UTC  buyer b-77 cancelled the order: “Still nothing, and the deadline has passed.”',
      '    already applied (duplicate id): nothing changed',
    ]);
  });

  it('shows what it can of an event that is not one', () => {
    const text = formatTimeline(
      stepsOf(demoInput, [() => 'not an event', () => ({ type: 'order.fly', at: 'soon', by: { role: 'pilot' } })]),
      stringsFor('en'),
    );
    expect(block(text, 1)).toEqual(['[1] ?  "not an event"', '    refused  INVALID_INPUT: "event" must be an object.']);
    expect(block(text, 2)[0]).toBe('[2] ?  ? order.fly');
  });
});
