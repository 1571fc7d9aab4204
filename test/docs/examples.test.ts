/**
 * Every TypeScript example of README.md and docs/*.md (docs/api/ is generated, and left out)
 * compiles and runs as printed (issue 15). How the harness reads a page:
 *
 * - Each ```ts, ```typescript or ```tsx block is taken. The blocks of one page are one program,
 *   in order: a later block sees what an earlier one declared, and the imports of all blocks
 *   are merged at the top. `sequestre`, `sequestre/escrow` and any workspace package resolve to
 *   their TypeScript source (harness/packageSources.ts says why; vitest.config.ts does the same
 *   for a workspace package's own imports of `sequestre`). So docs/integration.md's blocks run
 *   `sequestre-postgres` from its source, on PGlite in memory, as its readers would.
 * - A page may rely on a "given" file, test/docs/given/<page>.ts: its exports are in scope, so
 *   that a fragment can talk about `order` without building one on the page.
 * - The whole page is compiled with the project's tsconfig.json (strict,
 *   noUncheckedIndexedAccess), then run. A value stated in a trailing comment after an
 *   expression, `getBalances(order); // { held: '0.00', … }` or `x; // → '57.50'`, is checked
 *   (harness/statedValue.ts and checkStated.ts give the rules; `…` means "and more").
 * - A block fenced ```ts compile-only is compiled but never run. It is for fragments that need a
 *   host's database, provider or web server, or React; every one is counted in COMPILE_ONLY.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileExamples } from './harness/compileExamples';
import { docExample } from './harness/docExample';
import { runExample } from './harness/runExample';

const root = process.cwd();
const pages = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];
const examples = pages.map((page) => docExample(root, page)).filter((example) => example.blocks > 0);

/**
 * The blocks that are compiled but not run, per page, and why. Adding one is a decision: say it
 * here. A page not listed has none.
 */
const COMPILE_ONLY: Record<string, number> = {
  // The browser's fetch and the server's route: a web server, a session and an order store.
  // The React component: React is not a dependency (its types are, to compile the component).
  'docs/frontend.md': 2,
};

describe('the examples of README.md and docs/*.md', () => {
  it('include the README’s, with the values it states (an empty harvest would pass everything)', () => {
    expect(examples.find((example) => example.doc === 'README.md')?.statedValues).toBeGreaterThan(0);
  });

  it('are written so that the harness can check them', () => {
    expect(examples.flatMap((example) => example.problems)).toEqual([]);
  });

  it('compile with the project’s compiler settings', () => {
    expect(compileExamples(root, examples)).toEqual([]);
  }, 30_000);

  it('leave out of the run only the compile-only blocks listed here', () => {
    const marked = Object.fromEntries(
      examples
        .filter((example) => example.compileOnlyBlocks > 0)
        .map((example) => [example.doc, example.compileOnlyBlocks]),
    );
    expect(marked).toEqual(COMPILE_ONLY);
  });

  for (const example of examples.filter((each) => each.blocks > each.compileOnlyBlocks)) {
    const values = example.statedValues === 1 ? '1 stated value holds' : `${example.statedValues} stated values hold`;
    it(`${example.doc} runs, and its ${values}`, async () => {
      expect(await runExample(example)).toEqual([]);
    });
  }
});
