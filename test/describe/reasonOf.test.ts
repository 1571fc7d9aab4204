import { readFileSync } from 'node:fs';
import { expect, describe as group, it } from 'vitest';
import { MESSAGES } from '../../src/describe/locales';
import { factsOf, isApplicable, PERSON_RULES, percentOf, reasonOf } from '../../src/describe/reasonOf';
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
    expect(
      factsOf({
        rule: 'revision.limitReached',
        limit: 2,
        from: '2026-03-04T10:00:00.000Z',
        status: 'delivered',
        below: '12.00',
        extra: true,
      }),
    ).toEqual({
      rule: 'revision.limitReached',
      limit: 2,
      from: '2026-03-04T10:00:00.000Z',
      status: 'delivered',
      below: '12.00',
      max: undefined,
      maxShare: undefined,
    });
    expect(factsOf({ rule: 'refund.aboveMaxShare', maxShare: '0.6', max: '8.00' })).toMatchObject({
      rule: 'refund.aboveMaxShare',
      maxShare: '0.6',
      max: '8.00',
    });
    const none = {
      rule: undefined,
      limit: undefined,
      from: undefined,
      status: undefined,
      below: undefined,
      max: undefined,
      maxShare: undefined,
    };
    for (const details of [
      undefined,
      null,
      'cancel.afterDelivery',
      7,
      [],
      { rule: 'order.teleported', limit: '2', from: 4 },
    ])
      expect(factsOf(details)).toEqual(none);
  });

  it("writes a policy's share of the items as a percentage without a float, and nothing for a share it cannot read", () => {
    expect(['0.6', '0.125', '1', '0.05', '0', '1.5'].map(percentOf)).toEqual(['60', '12.5', '100', '5', '0', '150']);
    for (const share of [undefined, '', '.5', '0,6', '-0.1', '1e-2']) expect(percentOf(share)).toBeUndefined();
  });

  it("gives each refusal rule of SPEC §9's policy behaviours its own sentence", () => {
    expect(reasonOf('NOT_ALLOWED', 'cancel.noLateCancellation')).toBe('noLateCancellation');
    expect(reasonOf('NOT_ALLOWED', 'cancel.sellerMustRequest')).toBe('sellerMustRequest');
    expect(reasonOf('NOT_ALLOWED', 'refund.proposerNotAllowed')).toBe('proposerNotAllowed');
    expect(reasonOf('INVALID_INPUT', 'refund.aboveMaxShare')).toBe('aboveMaxShare');
    expect(reasonOf('INVALID_INPUT', 'policy.duplicateProposer')).toBe('malformed');
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
      const sentences = Object.values(messages.reasons).map((write) =>
        write({
          from: undefined,
          limit: undefined,
          status: undefined,
          below: undefined,
          max: undefined,
          share: undefined,
        }),
      );
      expect(new Set(sentences).size).toBe(sentences.length);
      const generic = Object.values(messages.errors).map((why) => `${why.charAt(0).toUpperCase()}${why.slice(1)}.`);
      expect(sentences.filter((sentence) => generic.includes(sentence))).toEqual([]);
    });
  }
});
