import { describe, expect, it } from 'vitest';
import { parseOrder, presets, SequestreError } from '../../src';
import { parsing } from '../../src/errors';
import { parsePolicy, readPolicy } from '../../src/parse/parsePolicy';
import { placed } from '../support/fixtures';
import { parsedValue, refusalOf } from '../support/parsed';
import { thrownBy } from '../support/thrownBy';

const comeup = presets.comeup;

/** The refusal of the policy `value`, read at `path` (`policy` by default). */
function refusal(value: unknown, path?: string) {
  return refusalOf(path === undefined ? parsePolicy(value) : parsing(() => readPolicy(value, path)));
}

describe('presets.comeup', () => {
  it("holds ComeUp's published rules (SPEC §9), frozen", () => {
    expect(comeup).toEqual({
      name: 'comeup',
      acceptanceWindow: 'PT48H',
      lateGrace: 'PT0S',
      reviewWindow: 'P7D',
      reviewWindowAfterRevisionDecline: 'P7D',
      cancellationResponse: 'PT48H',
      onCancellationTimeout: 'expire',
      autoDisputeAfterDeclinedCancellations: 2,
      revisionResponse: 'PT48H',
      extensionResponse: 'PT48H',
      maxLifetime: 'P5M',
      onExpiry: 'forfeit',
      refundBuyerFee: { onCancel: true, onPartialRefund: 'proportional' },
      sellerCancel: 'direct',
      partialRefunds: { proposers: ['buyer', 'seller'], maxShare: null },
    });
    expect(Object.isFrozen(comeup)).toBe(true);
    expect(Object.isFrozen(comeup.refundBuyerFee)).toBe(true);
    expect(Object.isFrozen(comeup.partialRefunds)).toBe(true);
    expect(Object.isFrozen(comeup.partialRefunds.proposers)).toBe(true);
    expect(Object.isFrozen(presets)).toBe(true);
  });
});

describe('parsePolicy', () => {
  it('returns a fresh plain copy of a valid policy', () => {
    const parsed = parsedValue(parsePolicy(comeup));
    expect(parsed).toEqual(comeup);
    expect(parsed).not.toBe(comeup);
    expect(parsed.refundBuyerFee).not.toBe(comeup.refundBuyerFee);
    expect(Object.isFrozen(parsed)).toBe(false);
  });

  it('accepts the nullable fields as null and every enum value', () => {
    const policy = {
      ...comeup,
      maxLifetime: null,
      autoDisputeAfterDeclinedCancellations: null,
      onCancellationTimeout: 'dispute',
      onExpiry: 'release',
      refundBuyerFee: { onCancel: false, onPartialRefund: 'none' },
    };
    expect(parsedValue(parsePolicy(policy))).toEqual(policy);
    expect(parsedValue(parsePolicy({ ...comeup, onCancellationTimeout: 'accept', onExpiry: 'refund' }))).toMatchObject({
      onCancellationTimeout: 'accept',
      onExpiry: 'refund',
    });
  });

  it('refuses an unknown field, naming it', () => {
    expect(refusal({ ...comeup, surcharge: 'P1D' })).toEqual({
      code: 'INVALID_INPUT',
      message: '"policy.surcharge" is not a policy field.',
      details: { path: 'policy.surcharge', rule: 'policy.unknownField' },
    });
  });

  it('refuses a missing field, pointing to presets.comeup', () => {
    const { reviewWindow: _, ...rest } = comeup;
    expect(refusal(rest, 'input.policy')).toEqual({
      code: 'INVALID_INPUT',
      message: '"input.policy.reviewWindow" is missing; start from presets.comeup and override fields.',
      details: { path: 'input.policy.reviewWindow', rule: 'policy.missingField' },
    });
  });

  it.each([[''], ['x'.repeat(2001)], [7]])('refuses the name %j', (name) => {
    expect(refusal({ ...comeup, name })).toEqual({
      code: 'INVALID_INPUT',
      message: '"policy.name" must be a non-empty string.',
      details: { path: 'policy.name', rule: 'text.format' },
    });
  });

  it('accepts a name of one and of 2,000 characters', () => {
    expect(parsedValue(parsePolicy({ ...comeup, name: 'a' })).name).toBe('a');
    expect(parsedValue(parsePolicy({ ...comeup, name: 'x'.repeat(2000) })).name).toHaveLength(2000);
  });

  it.each([
    'acceptanceWindow',
    'reviewWindow',
    'reviewWindowAfterRevisionDecline',
    'cancellationResponse',
    'revisionResponse',
    'extensionResponse',
    'maxLifetime',
  ])('refuses a zero %s: it must be positive', (field) => {
    expect(refusal({ ...comeup, [field]: 'PT0S' })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { path: `policy.${field}` },
    });
  });

  it('accepts a zero lateGrace and refuses a malformed one', () => {
    expect(parsedValue(parsePolicy({ ...comeup, lateGrace: 'PT0S' })).lateGrace).toBe('PT0S');
    expect(refusal({ ...comeup, lateGrace: '2 hours' })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { path: 'policy.lateGrace' },
    });
  });

  it('checks autoDisputeAfterDeclinedCancellations against its range', () => {
    expect(refusal({ ...comeup, autoDisputeAfterDeclinedCancellations: 0 })).toMatchObject({
      details: { path: 'policy.autoDisputeAfterDeclinedCancellations' },
    });
    expect(refusal({ ...comeup, autoDisputeAfterDeclinedCancellations: 1.5 })).toMatchObject({
      details: { path: 'policy.autoDisputeAfterDeclinedCancellations' },
    });
    expect(
      parsedValue(parsePolicy({ ...comeup, autoDisputeAfterDeclinedCancellations: 1 }))
        .autoDisputeAfterDeclinedCancellations,
    ).toBe(1);
  });

  it('checks the enums and refundBuyerFee', () => {
    expect(refusal({ ...comeup, onCancellationTimeout: 'refund' })).toMatchObject({
      details: { path: 'policy.onCancellationTimeout' },
    });
    expect(refusal({ ...comeup, onExpiry: 'expire' })).toMatchObject({ details: { path: 'policy.onExpiry' } });
    expect(refusal({ ...comeup, refundBuyerFee: null })).toMatchObject({
      details: { path: 'policy.refundBuyerFee', rule: 'object.expected' },
    });
    expect(refusal({ ...comeup, refundBuyerFee: { onCancel: 'yes', onPartialRefund: 'none' } })).toMatchObject({
      details: { path: 'policy.refundBuyerFee.onCancel' },
    });
    expect(refusal({ ...comeup, refundBuyerFee: { onCancel: true, onPartialRefund: 'all' } })).toMatchObject({
      details: { path: 'policy.refundBuyerFee.onPartialRefund' },
    });
  });

  it('refuses an unknown field of refundBuyerFee', () => {
    expect(refusal({ ...comeup, refundBuyerFee: { ...comeup.refundBuyerFee, onExtra: true } })).toEqual({
      code: 'INVALID_INPUT',
      message: '"policy.refundBuyerFee.onExtra" is not a policy field.',
      details: { path: 'policy.refundBuyerFee.onExtra', rule: 'policy.unknownField' },
    });
  });

  it('is INVALID_ORDER, with the same path and rule, when the policy comes from a stored order', () => {
    const { name: _, ...nameless } = comeup;
    const broken: unknown[] = [
      { ...comeup, extra: 1 },
      { ...comeup, name: '' },
      nameless,
      { ...comeup, refundBuyerFee: { ...comeup.refundBuyerFee, x: 1 } },
      { ...comeup, autoDisputeAfterDeclinedCancellations: 0 },
      { ...comeup, onExpiry: 'x' },
      { ...comeup, onCancellationTimeout: 'x' },
      { ...comeup, refundBuyerFee: { onCancel: 1, onPartialRefund: 'none' } },
      { ...comeup, refundBuyerFee: { onCancel: true, onPartialRefund: 1 } },
      [],
    ];
    const stored = JSON.parse(JSON.stringify(placed())) as Record<string, unknown>;
    for (const policy of broken) {
      const input = refusal(policy);
      const error = thrownBy(() => parseOrder({ ...stored, policy }));
      if (!(error instanceof SequestreError)) throw new Error(`expected a SequestreError, got ${String(error)}`);
      expect({ code: error.code, details: error.details }).toMatchObject({
        code: 'INVALID_ORDER',
        details: input.details as object,
      });
    }
  });
});
