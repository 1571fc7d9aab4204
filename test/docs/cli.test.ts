import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src';
import { run } from '../../src/cli/run';
import { mismatchOf, more } from './harness/checkStated';
import { codeBlocks, readDoc } from './markdown';

// docs/cli.md shows what the commands print. Each excerpt must be what they print today.
const page = readDoc('docs/cli.md');

/** The CLI's stdout for a command line, files read from the repository or from `files`. */
function stdout(argv: string[], files: Record<string, string> = {}): string {
  let text = '';
  run(argv, {
    readFile: (path) => files[path] ?? readFileSync(path, 'utf8'),
    stdout: (chunk) => (text += chunk),
    stderr: () => {},
  });
  return text;
}

// docs/cli.md's invalid policy: ComeUp's preset with an unknown field and a bad duration.
const acme = JSON.stringify({ ...presets.comeup, name: 'acme', colour: 'blue', reviewWindow: 'three days' });
const outputs = [
  stdout(['demo']),
  stdout(['replay', 'docs/examples/late-order.jsonl']),
  stdout(['policy', 'check', 'acme.json'], { 'acme.json': acme }),
  stdout(['policy', 'check', 'docs/examples/comeup-policy.json']),
  stdout(['demo', '--preset', 'fiverr']),
  stdout(['policy', 'check', 'docs/examples/acme-policy.json', '--against', 'comeup']),
];

/** A JSON excerpt as a stated value: a `"…"` string is any string, a `"…": "…"` member "and more". */
function asStated(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asStated);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value)
    .filter(([key]) => key !== '…')
    .map(([key, item]) => [key, asStated(item)]);
  return Object.assign(Object.fromEntries(entries), '…' in value ? { ...more } : {});
}

describe('docs/cli.md', () => {
  it('shows excerpts of output that the commands print, line for line', () => {
    const excerpts = codeBlocks(page).filter((block) => block.lang === '');
    expect(excerpts.length).toBe(6);
    expect(
      excerpts
        .filter((excerpt) => !outputs.some((output) => output.includes(excerpt.body)))
        .map((excerpt) => `line ${excerpt.line}`),
    ).toEqual([]);
  });

  it('shows the JSON that replay --json prints for the late order', () => {
    const [shown] = codeBlocks(page).filter((block) => block.lang === 'json');
    const stated = asStated(JSON.parse(shown!.body)) as { order: unknown; steps: { step: number }[]; final: unknown };
    const printed = JSON.parse(stdout(['replay', 'docs/examples/late-order.jsonl', '--json'])) as {
      order: unknown;
      steps: { step: number }[];
      final: unknown;
    };
    expect(mismatchOf(printed.order, stated.order, '.order')).toBeUndefined();
    for (const step of stated.steps)
      expect(mismatchOf(printed.steps[step.step], step, `.steps[${step.step}]`)).toBeUndefined();
    expect(mismatchOf(printed.final, stated.final, '.final')).toBeUndefined();
  });
});
