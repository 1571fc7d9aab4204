import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mismatchOf, more } from './harness/checkStated';
import { compileExamples } from './harness/compileExamples';
import { docExample } from './harness/docExample';
import { packageSources } from './harness/packageSources';
import { runExample } from './harness/runExample';
import { statedValue } from './harness/statedValue';

const root = process.cwd();
const page = (name: string, ...blocks: string[]) =>
  docExample(root, `test/docs/pages/${name}.md`, blocks.map((block) => `Text.\n\n${block}\n`).join('\n'));
const ts = (body: string, tag = '') => `\`\`\`ts${tag ? ` ${tag}` : ''}\n${body}\n\`\`\``;

describe('statedValue', () => {
  it('reads a literal at the start of a comment, with or without an arrow, and leaves the prose after it', () => {
    expect(statedValue(" '57.50'")).toBe("'57.50'");
    expect(statedValue(" → { held: '0.00' }")).toBe("{ held: '0.00' }");
    expect(statedValue(' null: nothing left to schedule')).toBe('null');
    expect(statedValue(' -5')).toBe('-5');
  });

  it('turns … outside strings into a spread of __docsMore, and keeps it inside strings', () => {
    expect(statedValue(" [{ type: 'notify', … }, …]")).toBe("[{ type: 'notify', ...__docsMore }, ...__docsMore]");
    expect(statedValue(" 'Le vendeur …'")).toBe("'Le vendeur …'");
  });

  it('takes prose for prose', () => {
    expect(statedValue(' refunds, payouts, notifications')).toBeUndefined();
    expect(statedValue(' 5days')).toBeUndefined();
    expect(statedValue(' input: the OrderInput')).toBeUndefined();
  });

  it('refuses an object that never closes', () => {
    expect(() => statedValue(" { held: '0.00'")).toThrow('is not closed');
  });
});

describe('mismatchOf', () => {
  it('wants exactly the keys of an object without …, and at least them with …', () => {
    expect(mismatchOf({ a: 1, b: 2 }, { a: 1 }, '')).toBe(
      'it also has b (add them, or end the object with …): {"a":1,"b":2}',
    );
    expect(mismatchOf({ a: 1, b: 2 }, { a: 1, ...more }, '')).toBeUndefined();
    expect(mismatchOf({ a: 1 }, { a: 1, c: 3, ...more }, '')).toBe('.c is missing from {"a":1}');
  });

  it('wants exactly the items of an array without …, and starts with them with …', () => {
    expect(mismatchOf([1, 2], [1], '')).toBe('it has 2 items: [1,2]');
    expect(mismatchOf([1, 2], [1, ...more], '')).toBeUndefined();
    expect(mismatchOf([2, 1], [1, ...more], '')).toBe('[0] is 2');
  });

  it('reads a string ending in … as the start of the string', () => {
    expect(mismatchOf('Livrée le 4 mars', 'Livrée …', '')).toBeUndefined();
    expect(mismatchOf('Annulée', 'Livrée …', '')).toBe('it is "Annulée", which does not start with "Livrée"');
  });

  it('compares anything else with Object.is, and names the path', () => {
    expect(mismatchOf({ total: '57.5' }, { total: '57.50' }, '')).toBe('.total is "57.5"');
    expect(mismatchOf(null, null, '')).toBeUndefined();
  });
});

describe('a page run through the harness', () => {
  const right = page(
    'right',
    ts(
      "import { quoteOrder } from 'sequestre';\n\nconst fees = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };",
    ),
    ts(
      "import { quoteOrder } from 'sequestre';\n\nquoteOrder({ currency: 'EUR', items: [{ id: 'a', label: 'A', price: '40.00' }], tip: '5.00', fees }).total; // → '47.00'",
    ),
  );
  const wrong = page(
    'wrong',
    ts(
      "import { quoteOrder } from 'sequestre/escrow';\n\nconst quote = quoteOrder({ currency: 'EUR', items: [{ id: 'a', label: 'A', price: '40.00' }], fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } } });\nquote.total; // '47.00'\nconsole.log(quote.buyerFee); // '2.50'",
    ),
  );
  const broken = page(
    'broken',
    ts("import { quoteOrder } from 'sequestre';\n\nquoteOrder({ currency: 'EUR' });"),
    ts("const late: number = 'soon';", 'compile-only'),
  );
  const fragment = page(
    'fragment',
    ts("throw new Error('a compile-only block ran');", 'compile-only'),
    ts('export const ran = true;'),
  );
  const throwing = page(
    'throwing',
    ts(
      "import { quoteOrder } from 'sequestre';\n\nquoteOrder({ currency: 'EUR', items: [], fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } } });",
    ),
  );

  it('runs blocks in order as one program, with their imports merged, and checks what they state', async () => {
    expect(right.statedValues).toBe(1);
    expect(compileExamples(root, [right])).toEqual([]);
    expect(await runExample(right)).toEqual([]);
  });

  it('fails a wrong stated value, naming the page, the line and what came out, console.log included', async () => {
    expect(await runExample(wrong)).toEqual([
      `test/docs/pages/wrong.md:7: quote.total is stated as '47.00', but it is "42.00"`,
      `test/docs/pages/wrong.md:8: quote.buyerFee is stated as '2.50', but it is "2.00"`,
    ]);
  });

  it('fails a block that does not compile, compile-only ones included, at the page’s line', () => {
    const errors = compileExamples(root, [broken]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^test\/docs\/pages\/broken\.md:6: TS2345 /);
    expect(errors[1]).toMatch(
      /^test\/docs\/pages\/broken\.md:12: TS2322 Type 'string' is not assignable to type 'number'\.$/,
    );
  });

  it('compiles a compile-only block but never runs it', async () => {
    expect(fragment.compileOnlyBlocks).toBe(1);
    await expect(runExample(fragment)).resolves.toEqual([]);
  });

  it('fails a page whose example throws, with the page’s name', async () => {
    await expect(runExample(throwing)).rejects.toThrow(/^test\/docs\/pages\/throwing\.md: the example threw /);
  });

  it('reports a value stated after a declaration, or in a compile-only block, since neither can be checked', () => {
    expect(page('declared', ts("const total = '57.50'; // '57.50'")).problems).toEqual([
      "test/docs/pages/declared.md:4: a stated value follows an expression on its own line (`total; // '57.50'`), not a declaration or a statement",
    ]);
    expect(page('unchecked', ts("'57.50'; // '57.50'", 'compile-only')).problems).toEqual([
      'test/docs/pages/unchecked.md:3: a compile-only block never runs, so it cannot state values',
    ]);
  });

  it('refuses a tag it does not know, so that a typo cannot skip a block', () => {
    expect(() => page('typo', ts('1;', 'compile_only'))).toThrow('unknown tag compile_only');
  });
});

describe('packageSources', () => {
  it('maps every entry of package.json’s exports to its source, so that no example runs the build', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; exports: Record<string, unknown> };
    const entries = Object.keys(pkg.exports)
      .filter((subpath) => subpath !== './package.json')
      .map((subpath) => join(pkg.name, subpath));
    const sources = packageSources(root);
    expect(entries.map((entry) => [entry, sources.get(entry)?.slice(root.length + 1)])).toEqual([
      ['sequestre', 'src/index.ts'],
      ['sequestre/escrow', 'src/entries/escrow.ts'],
      ['sequestre/describe', 'src/entries/describe.ts'],
      ['sequestre/describe/fr', 'src/entries/describe/fr.ts'],
      ['sequestre/describe/en', 'src/entries/describe/en.ts'],
    ]);
  });

  it('maps the packages of the workspaces too, through their own tsup entries', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sequestre-workspace-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    };
    write(
      'package.json',
      JSON.stringify({
        name: 'core',
        exports: { '.': { import: './dist/index.js' }, './package.json': './package.json' },
        workspaces: ['packages/*'],
      }),
    );
    write('tsup.config.ts', "export default [{ entry: { index: 'src/index.ts' } }];");
    write(
      'packages/store/package.json',
      JSON.stringify({
        name: 'core-store',
        exports: { '.': './dist/index.js', './testing': { import: { default: './dist/testing.js' } } },
      }),
    );
    write(
      'packages/store/tsup.config.ts',
      "export default { entry: { index: 'src/main.ts', testing: 'src/entries/testing.ts' } };",
    );
    try {
      expect(
        Object.fromEntries(
          [...packageSources(folder)].map(([name, source]) => [name, source.slice(folder.length + 1)]),
        ),
      ).toEqual({
        core: 'src/index.ts',
        'core-store': 'packages/store/src/main.ts',
        'core-store/testing': 'packages/store/src/entries/testing.ts',
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
