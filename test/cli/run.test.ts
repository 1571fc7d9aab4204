import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../../src/cli/run';
import { toMermaid } from '../../src/diagram/toMermaid';

// The CLI in memory: files from a record (or the repo's docs/examples), output captured.
function cli(argv: string[], files: Record<string, string> = {}, overrides: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => {
      if (path in files) return files[path]!;
      if (path.startsWith('docs/examples/')) return readFileSync(path, 'utf8');
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...overrides,
  };
  const code = run(argv, io);
  return { code, stdout, stderr };
}

describe('sequestre (run)', () => {
  it('demo prints the timeline after a one-line introduction', () => {
    const { code, stdout, stderr } = cli(['demo']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'sequestre demo: one order on a simulated clock, under ComeUp’s rules. Replay your own with sequestre replay <file>.',
      '',
      'order order-demo · EUR · policy comeup · buyer buyer-alice · seller seller-lea',
    ]);
    expect(stdout).toContain(
      '[8] 2026-03-09 10:00 UTC  buyer buyer-alice approved the delivery and completed the order',
    );
  });

  it('demo --lang fr speaks French', () => {
    expect(cli(['demo', '--lang', 'fr']).stdout).toContain(
      '[8] 09/03/2026 10:00 UTC  acheteur buyer-alice a validé la livraison et terminé la commande',
    );
  });

  it('demo --json gives every step and the final balances as JSON', () => {
    const { code, stdout } = cli(['demo', '--json']);
    const parsed = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(parsed.steps).toHaveLength(9);
    expect(parsed.steps[3]).toMatchObject({
      step: 3,
      type: 'clock.tick',
      outcome: 'applied',
      transitions: [{ type: 'deadline.delivery', at: '2026-03-06T14:00:00.000Z' }],
    });
    expect(parsed.final).toEqual({
      status: 'completed',
      version: 9,
      balances: {
        currency: 'EUR',
        paidIn: '57.50',
        held: '0.00',
        refunded: '0.00',
        paidOut: '45.00',
        revenue: '12.50',
      },
    });
  });

  it('replay reads JSON Lines and JSON and prints the refused events with their error', () => {
    const lines = cli(['replay', 'docs/examples/late-order.jsonl']);
    expect(lines.code).toBe(0);
    expect(lines.stdout).toContain('    refused  TOO_EARLY: The buyer can cancel alone from 2026-04-03T09:15:00.000Z');
    expect(lines.stdout.trimEnd().split('\n').at(-1)).toBe(
      'final balances: paid in 63.00 · held 0.00 · refunded 63.00 · paid out 0.00 · revenue 0.00 EUR · 5 events, 1 refused',
    );
    const split = cli(['replay', 'docs/examples/split-dispute.json', '--json']);
    const parsed = JSON.parse(split.stdout);
    expect(parsed.steps[4]).toMatchObject({
      type: 'order.complete',
      outcome: 'refused',
      error: { code: 'NOT_ALLOWED' },
      status: 'disputed',
    });
    expect(parsed.final.balances).toEqual({
      currency: 'EUR',
      paidIn: '136.00',
      held: '0.00',
      refunded: '42.00',
      paidOut: '74.00',
      revenue: '20.00',
    });
  });

  it('replay of a refused checkout is one sentence and exit code 1', () => {
    const input = JSON.stringify({ id: 'o-1', buyer: { id: 'b' }, seller: { id: 's' }, currency: 'XXY' });
    expect(cli(['replay', 'bad.jsonl'], { 'bad.jsonl': `${input}\n` })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'sequestre: The order input of bad.jsonl is refused: INVALID_INPUT: "currency" must be an active ISO 4217 code in upper case, such as "EUR", "USD" or "JPY".\n',
    });
  });

  it('diagram prints the machine’s own Mermaid diagram', () => {
    expect(cli(['diagram'])).toEqual({ code: 0, stdout: toMermaid(), stderr: '' });
  });

  it('policy check explains a valid policy’s hold, and fails an invalid one with exit code 1', () => {
    const comeup = cli(['policy', 'check', 'docs/examples/comeup-policy.json']);
    expect(comeup.code).toBe(0);
    expect(comeup.stdout).toContain('⚠ maxLifetime P5M can keep money held up to 153 days from payment to payout');
    expect(cli(['policy', 'check', 'docs/examples/comeup-policy.json', '--max-hold', 'P2Y']).stdout).toContain(
      '✓ maxLifetime P5M keeps money held at most 153 days',
    );
    const bad = cli(['policy', 'check', 'p.json'], { 'p.json': '{ "name": "x" }' });
    expect(bad.code).toBe(1);
    // One error per missing field: the fourteen of SPEC §9 but the name.
    expect(bad.stdout.split('\n')[0]).toBe('p.json: 14 errors');
  });

  it('policy check --json lists the errors or the hold and its warnings', () => {
    const parsed = JSON.parse(cli(['policy', 'check', 'docs/examples/acme-policy.json', '--json']).stdout);
    expect(parsed).toMatchObject({
      file: 'docs/examples/acme-policy.json',
      valid: true,
      hold: { bounded: true, maxLifetime: 'P60D', exceeds: false },
      warnings: [],
    });
  });

  it.each([
    [['fly'], 2, 'sequestre: Unknown command "fly"; the commands are demo, replay, diagram and policy check.\n'],
    [['demo', '--lang', 'de'], 2, 'sequestre: The option --lang takes en or fr, not "de".\n'],
    [['replay', 'missing.json'], 1, 'sequestre: Cannot read missing.json: no such file.\n'],
  ])('%j fails with one sentence on stderr and exit code %i', (argv, code, stderr) => {
    expect(cli(argv, { 'p.json': '{' })).toEqual({ code, stdout: '', stderr });
  });

  it('names the file that is not JSON, with the parser’s reason, in one line', () => {
    const { code, stdout, stderr } = cli(['policy', 'check', 'p.json'], { 'p.json': '{' });
    expect([code, stdout]).toEqual([1, '']);
    // The parser's own words vary between Node versions; the sentence around them does not.
    expect(stderr).toMatch(/^sequestre: p\.json is not valid JSON \([^\n]+\)\.\n$/);
  });

  it('turns any other failure into one sentence, never a stack trace', () => {
    const failing = cli(
      ['diagram'],
      {},
      {
        stdout: () => {
          throw new Error('write EPIPE');
        },
      },
    );
    expect(failing).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'sequestre: unexpected error (write EPIPE); please report it at https://github.com/sequestre/sequestre/issues with the command you ran.\n',
    });
  });

  it('--help prints the usage', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('  sequestre policy check <file> [--max-hold P90D] [--json]');
  });

  it('--help ends with the docs page on the repository, reachable from an npm install', () => {
    expect(cli(['--help']).stdout.trimEnd().split('\n').at(-1)).toBe(
      'Docs: https://github.com/sequestre/sequestre/blob/main/docs/cli.md',
    );
  });
});
