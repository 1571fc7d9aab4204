import { describe, expect, it } from 'vitest';
import { presets } from '../../src';
import { comparePolicies } from '../../src/cli/policy/comparePolicies';
import { run } from '../../src/cli/run';

// SPEC §9 in the CLI: `sequestre demo --preset` plays each preset's order, and `policy check
// --against <preset>` says what a policy changes from a preset's rules.

function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  const code = run(argv, { readFile: (path) => files[path]!, stdout: (text) => (stdout += text), stderr: () => {} });
  return { code, stdout };
}

describe('sequestre demo --preset', () => {
  it('plays a Fiverr order: in progress from checkout, a revision straight back to work, the Fiverr fees', () => {
    const { code, stdout } = cli(['demo', '--preset', 'fiverr']);
    expect(code).toBe(0);
    expect(stdout).toContain('under Fiverr’s rules (presets.fiverr)');
    expect(stdout).toContain('order order-demo · USD · policy fiverr');
    expect(stdout).not.toContain('accepted the order');
    expect(stdout).not.toContain('accepted the revision request');
    expect(stdout).toContain(
      '[4] 2026-03-07 09:00 UTC  buyer buyer-alice asked for a revision: “A darker blue, please.”\n    status   in progress\n',
    );
    // Fiverr never expires an order: once late, nothing is due until a party acts.
    expect(stdout).toContain('    next     nothing: no deadline runs, the order waits for the parties\n');
    expect(stdout).toContain(
      'final balances: paid in 57.75 · held 0.00 · refunded 0.00 · paid out 45.00 · revenue 12.75 USD · 6 events, 0 refused',
    );
  });

  it('plays an Upwork order with the freelancer paid 90 %, in French too', () => {
    expect(cli(['demo', '--preset', 'upwork']).stdout).toContain(
      'final balances: paid in 55.00 · held 0.00 · refunded 0.00 · paid out 50.00 · revenue 5.00 USD · 6 events, 0 refused',
    );
    expect(cli(['demo', '--preset', 'upwork', '--lang', 'fr']).stdout).toContain(
      'avec les règles de Upwork (presets.upwork)',
    );
  });

  it("plays ComeUp's order by default, with its acceptance and its revision answer", () => {
    const { stdout } = cli(['demo']);
    expect(stdout).toContain('accepted the order');
    expect(stdout).toContain('accepted the revision request');
    expect(cli(['demo', '--preset', 'comeup']).stdout).toBe(stdout);
  });
});

describe('sequestre policy check --against', () => {
  const file = (policy: object) => ({ 'p.json': JSON.stringify(policy) });

  it('prints each field that differs from the preset, with both values and what the field means', () => {
    const { code, stdout } = cli(
      ['policy', 'check', 'p.json', '--against', 'comeup'],
      file({ ...presets.comeup, name: 'acme', lateGrace: null, sellerCancel: 'request' }),
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        '  2 fields differ from presets.comeup:',
        '  ≠ lateGrace: null (comeup: "PT0S")',
        '    lateGrace: how long after the delivery deadline the buyer must wait before cancelling an undelivered order alone (an ISO 8601 duration, may be PT0S), or null: the buyer never cancels alone, only by request or dispute.',
        '  ≠ sellerCancel: "request" (comeup: "direct")',
      ].join('\n'),
    );
  });

  it("says when a policy has the preset's rules, whatever its name", () => {
    expect(
      cli(['policy', 'check', 'p.json', '--against', 'upwork'], file({ ...presets.upwork, name: 'ours' })).stdout,
    ).toContain('  = the same rules as presets.upwork, field for field.\n');
  });

  it('gives the differences in --json, and none for an invalid policy', () => {
    const parsed = JSON.parse(
      cli(
        ['policy', 'check', 'p.json', '--against', 'fiverr', '--json'],
        file({ ...presets.fiverr, reviewWindow: 'P5D' }),
      ).stdout,
    );
    expect(parsed).toMatchObject({
      valid: true,
      against: 'fiverr',
      differences: [{ field: 'reviewWindow', against: 'P3D', value: 'P5D' }],
    });
    const invalid = cli(
      ['policy', 'check', 'p.json', '--against', 'fiverr', '--json'],
      file({ ...presets.fiverr, reviewWindow: 'soon' }),
    );
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout).differences).toBeUndefined();
  });
});

describe('comparePolicies', () => {
  it('lists what Fiverr and Upwork change from ComeUp, in the order of Policy, the name aside', () => {
    expect(comparePolicies(presets.fiverr, presets.comeup).map((difference) => difference.field)).toEqual([
      'acceptanceWindow',
      'lateGrace',
      'reviewWindow',
      'reviewWindowAfterRevisionDecline',
      'onCancellationTimeout',
      'autoDisputeAfterDeclinedCancellations',
      'revisionResponse',
      'maxLifetime',
      'onExpiry',
      'refundBuyerFee',
      'sellerCancel',
      'partialRefunds',
    ]);
    expect(comparePolicies(presets.upwork, presets.comeup).map((difference) => difference.field)).toEqual([
      'acceptanceWindow',
      'lateGrace',
      'reviewWindow',
      'reviewWindowAfterRevisionDecline',
      'cancellationResponse',
      'onCancellationTimeout',
      'autoDisputeAfterDeclinedCancellations',
      'revisionResponse',
      'maxLifetime',
      'onExpiry',
      'refundBuyerFee',
    ]);
    expect(comparePolicies({ ...presets.comeup, name: 'acme' }, presets.comeup)).toEqual([]);
  });
});
