import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { MESSAGES } from '../../src/describe/locales';
import { factsOf, isApplicable, PERSON_RULES, reasonOf } from '../../src/describe/reasonOf';
import { EVENT_TYPES } from '../../src/order/rules/roles';

/** The rules docs/errors.md names under each code, outside `INVALID_ORDER` (one sentence covers them all). */
function documentedRules(): string[] {
  const sections = readFileSync('docs/errors.md', 'utf8').split(/^### /m).slice(1);
  return sections
    .filter((section) => !section.startsWith('`INVALID_ORDER`'))
    .flatMap((section) => [...section.matchAll(/`([a-z]+\.[a-zA-Z0-9]+)`/g)].map((match) => match[1]!))
    .filter((name) => !name.startsWith('details.') && !(EVENT_TYPES as readonly string[]).includes(name));
}

group('refusal rules: every rule a person can meet has its own sentence', () => {
  it('knows every rule docs/errors.md lists (a new rule must be given a sentence)', () => {
    const documented = documentedRules();
    expect(documented.length).toBeGreaterThan(40);
    expect(documented.filter((rule) => !(PERSON_RULES as readonly string[]).includes(rule))).toEqual([]);
  });

  it('gives every INVALID_ORDER one sentence, whatever its rule, and an unknown rule none', () => {
    expect(reasonOf('INVALID_ORDER', undefined)).toBe('unreadableOrder');
    expect(reasonOf('INVALID_ORDER', 'order.closed')).toBe('unreadableOrder');
    expect(reasonOf('NOT_ALLOWED', undefined)).toBeUndefined();
    expect(reasonOf('NOT_ALLOWED', 'cancel.afterDelivery')).toBe('deliveredAlready');
  });

  it('reads the facts of details of any shape, keeping only what it knows', () => {
    expect(factsOf({ rule: 'revision.limitReached', limit: 2, from: '2026-03-04T10:00:00.000Z', status: 'delivered', below: '12.00', extra: true })).toEqual({
      rule: 'revision.limitReached',
      limit: 2,
      from: '2026-03-04T10:00:00.000Z',
      status: 'delivered',
      below: '12.00',
    });
    const none = { rule: undefined, limit: undefined, from: undefined, status: undefined, below: undefined };
    for (const details of [undefined, null, 'cancel.afterDelivery', 7, [], { rule: 'order.teleported', limit: '2', from: 4 }]) expect(factsOf(details)).toEqual(none);
  });

  it('leaves out of the choices only the actions that do not apply now', () => {
    expect(PERSON_RULES.filter((rule) => !isApplicable(rule)).sort()).toEqual([
      'cancellation.nonePending',
      'cancellation.notRequester',
      'cancellation.ownRequest',
      'dispute.notOpener',
      'extension.nonePending',
      'offer.nonePending',
      'offer.notPending',
      'refund.nonePending',
      'refund.notRequester',
      'refund.ownRequest',
      'sender.role',
      'status.refuses',
    ]);
    expect(isApplicable(undefined)).toBe(true);
  });

  for (const [locale, messages] of Object.entries(MESSAGES)) {
    it(`${locale}: writes a different sentence for every reason, none of them the code's own`, () => {
      const sentences = Object.values(messages.reasons).map((write) => write({ from: undefined, limit: undefined, status: undefined, below: undefined }));
      expect(new Set(sentences).size).toBe(sentences.length);
      const generic = Object.values(messages.errors).map((why) => `${why.charAt(0).toUpperCase()}${why.slice(1)}.`);
      expect(sentences.filter((sentence) => generic.includes(sentence))).toEqual([]);
    });
  }
});
