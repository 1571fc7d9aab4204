import { describe, expect, it } from 'vitest';
import { presets } from '../../src';
import { analyzeHold } from '../../src/cli/policy/analyzeHold';
import { checkPolicy } from '../../src/cli/policy/checkPolicy';
import { formatPolicyReport } from '../../src/cli/policy/formatPolicyReport';

const DAY = 86_400_000;

describe('analyzeHold', () => {
  it('bounds the hold by the longest real length of maxLifetime: ComeUp P5M is up to 153 days, over 90', () => {
    expect(analyzeHold(presets.comeup)).toEqual({
      bounded: true,
      maxLifetime: 'P5M',
      longestMs: 153 * DAY,
      maxHold: 'P90D',
      maxHoldMs: 90 * DAY,
      exceeds: true,
    });
  });

  it('is within a limit the longest hold does not pass, and equal is within', () => {
    expect(analyzeHold(presets.comeup, 'P153D')).toMatchObject({ exceeds: false });
    expect(analyzeHold(presets.comeup, 'P152D')).toMatchObject({ exceeds: true });
    expect(analyzeHold({ ...presets.comeup, maxLifetime: 'P90D' })).toMatchObject({ exceeds: false });
  });

  it('reads a provider limit in months at its shortest: P3M is 89 days at worst', () => {
    expect(analyzeHold({ ...presets.comeup, maxLifetime: 'P89D' }, 'P3M')).toMatchObject({
      maxHoldMs: 89 * DAY,
      exceeds: false,
    });
    expect(analyzeHold({ ...presets.comeup, maxLifetime: 'P90D' }, 'P3M')).toMatchObject({
      maxHoldMs: 89 * DAY,
      exceeds: true,
    });
  });

  it('is unbounded when orders never expire', () => {
    expect(analyzeHold({ ...presets.comeup, maxLifetime: null })).toEqual({
      bounded: false,
      maxHold: 'P90D',
      maxHoldMs: 90 * DAY,
    });
  });
});

describe('checkPolicy', () => {
  it('accepts ComeUp’s preset and warns that its 5-month expiry exceeds a 90-day hold', () => {
    const report = checkPolicy({ ...presets.comeup });
    expect(report.valid).toBe(true);
    expect(formatPolicyReport(report, 'comeup.json')).toBe(
      [
        'comeup.json: policy "comeup" is valid.',
        "  ⚠ maxLifetime P5M can keep money held up to 153 days from payment to payout (an order nobody completes expires only then), longer than the payment provider's maximum hold of 90 days (P90D); set maxLifetime to at most P90D, or move the funds out of the provider's hold before then.",
        '    Time spent disputed pauses expiry (SPEC §5) and adds to the hold: resolve disputes within the limit too.',
        '',
      ].join('\n'),
    );
  });

  it('says a policy whose orders never expire holds money without limit', () => {
    const text = formatPolicyReport(checkPolicy({ ...presets.comeup, maxLifetime: null }), 'p.json');
    expect(text).toContain(
      "  ⚠ maxLifetime is null: orders never expire, so money can stay held without limit (a late order waits for the buyer, extensions and revisions can go on), beyond the payment provider's maximum hold of 90 days (P90D).",
    );
  });

  it('passes a policy within the limit with a tick', () => {
    const text = formatPolicyReport(checkPolicy({ ...presets.comeup, maxLifetime: 'P60D' }), 'p.json');
    expect(text).toContain(
      "  ✓ maxLifetime P60D keeps money held at most 60 days from payment to payout, within the payment provider's maximum hold of 90 days (P90D).",
    );
  });

  it('reports every wrong field, not only the first, each with the library’s message and what the field means', () => {
    const { refundBuyerFee, ...rest } = presets.comeup;
    const report = checkPolicy({ ...rest, reviewWindow: '7 days', onExpiry: 'burn', colour: 'blue' });
    expect(refundBuyerFee).toBeDefined();
    expect(report.valid).toBe(false);
    if (report.valid) return;
    expect(report.errors.map((error) => [error.path, error.rule])).toEqual([
      ['policy.colour', 'policy.unknownField'],
      ['policy.reviewWindow', 'duration.format'],
      ['policy.onExpiry', 'enum.expected'],
      ['policy.refundBuyerFee', 'policy.missingField'],
    ]);
    const text = formatPolicyReport(report, 'bad.json');
    expect(text.split('\n').slice(0, 4)).toEqual([
      'bad.json: 4 errors',
      '  ✗ "policy.colour" is not a policy field.',
      '  ✗ "policy.reviewWindow" must be a positive ISO 8601 duration such as "PT48H", "P7D" or "P5M".',
      '    reviewWindow: how long the buyer has to review a delivery before it completes automatically (a positive ISO 8601 duration).',
    ]);
  });

  it('refuses what is not an object', () => {
    expect(checkPolicy(['P5M'])).toEqual({
      valid: false,
      errors: [
        {
          path: 'policy',
          rule: 'object.expected',
          message: 'The policy must be a JSON object with the fields of presets.comeup.',
        },
      ],
    });
  });
});
