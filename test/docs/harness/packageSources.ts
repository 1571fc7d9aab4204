import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The source file behind each import a doc example may write: `sequestre`, `sequestre/escrow`,
 * and the entries of every workspace package (e.g. `sequestre-postgres`). Each `exports` subpath
 * of a package maps by one rule: `.` → `src/index.ts`, `./name` → `src/name/index.ts` or
 * `src/name.ts`. Examples run against the source, not `dist/`, so that they are checked in the
 * unit tests, before the build, and fail on the very change that breaks them; the consumer checks
 * prove separately that the packed `dist/` exports the same surface.
 */
export function packageSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const dir of [root, ...workspaceDirs(root)]) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; exports?: Record<string, unknown> };
    for (const subpath of Object.keys(pkg.exports ?? { '.': null })) {
      if (subpath === './package.json') continue;
      const name = subpath === '.' ? 'index' : subpath.slice(2);
      const candidates = name === 'index' ? ['src/index.ts'] : [`src/${name}/index.ts`, `src/${name}.ts`];
      const source = candidates.map((candidate) => resolve(dir, candidate)).find((path) => existsSync(path));
      if (source !== undefined) sources.set(subpath === '.' ? pkg.name : `${pkg.name}/${name}`, source);
    }
  }
  return sources;
}

// The folders of package.json's `workspaces`: plain paths, or `dir/*` for every folder in dir.
function workspaceDirs(root: string): string[] {
  const { workspaces = [] } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  return workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [resolve(root, pattern)];
    const parent = resolve(root, pattern.slice(0, -2));
    return readdirSync(parent, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(parent, entry.name));
  }).filter((dir) => existsSync(join(dir, 'package.json')));
}
