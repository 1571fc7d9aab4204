import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// docs/api/ is the API reference a reader finds in the repository: TypeDoc's Markdown output
// (typedoc.json), committed. This test regenerates it elsewhere and compares, so that a change
// of an export, a type or a doc comment cannot land without its reference.
const scratch = mkdtempSync(join(tmpdir(), 'sequestre-api-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under a folder, by relative path, with its text. */
function filesOf(folder: string): Map<string, string> {
  const names = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    names.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(folder.length + 1), readFileSync(path, 'utf8')];
    }),
  );
}

describe('docs/api/', () => {
  it('is what `npm run docs:api` generates from the source today', () => {
    const typedoc = spawnSync(
      process.execPath,
      ['node_modules/typedoc/bin/typedoc', '--out', scratch, '--logLevel', 'Warn'],
      { encoding: 'utf8' },
    );
    expect(typedoc.status, `${typedoc.stdout}${typedoc.stderr}`).toBe(0);
    const committed = filesOf('docs/api');
    const generated = filesOf(scratch);
    const stale = [...new Set([...committed.keys(), ...generated.keys()])]
      .filter((path) => committed.get(path) !== generated.get(path))
      .sort();
    expect(stale, 'docs/api/ is out of date with the source: run `npm run docs:api` and commit docs/api/').toEqual([]);
  }, 60_000);
});
