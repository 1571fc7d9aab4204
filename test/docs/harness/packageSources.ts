import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Manifest = { name: string; exports?: Record<string, unknown>; workspaces?: string[] };

/**
 * The source file behind each import a doc example may write: `sequestre`, `sequestre/escrow`,
 * and the entries of every workspace package (e.g. `sequestre-postgres`). Each `exports` subpath
 * of a package names a file of `dist/` (`./escrow` → `./dist/escrow.js`), and the package's
 * tsup.config.ts names the source tsup builds it from (`escrow: 'src/entries/escrow.ts'`): one
 * source of truth, the build's. Examples run against the source, not `dist/`, so that they are
 * checked in the unit tests, before the build, and fail on the very change that breaks them; the
 * consumer checks prove separately that the packed `dist/` exports the same surface.
 */
export function packageSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const dir of [root, ...workspaceDirs(root)]) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    const entries = tsupEntries(dir);
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      const built = /\.\/dist\/([\w/-]+)\.[cm]?js$/.exec(distFileOf(target) ?? '')?.[1];
      const source = built === undefined ? undefined : entries.get(built);
      if (source !== undefined)
        sources.set(subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, resolve(dir, source));
    }
  }
  return sources;
}

// The file an `exports` target points at for `import` (or for every condition).
function distFileOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (typeof target !== 'object' || target === null) return undefined;
  const conditions = target as Record<string, unknown>;
  return distFileOf(conditions.import ?? conditions.default);
}

// The `entry: { name: 'path', … }` objects of tsup.config.ts, read as text: the config is a
// TypeScript module, and these literal objects are all the harness needs from it.
function tsupEntries(dir: string): Map<string, string> {
  const config = join(dir, 'tsup.config.ts');
  if (!existsSync(config)) return new Map();
  const objects = [...readFileSync(config, 'utf8').matchAll(/entry:\s*\{([^}]*)\}/g)].map((match) => match[1]!);
  // Keys are names (`escrow`) or quoted paths (`'describe/fr'`).
  return new Map(
    objects.flatMap((object) =>
      [...object.matchAll(/'?([\w/-]+)'?:\s*'([^']+)'/g)].map((pair) => [pair[1]!, pair[2]!] as const),
    ),
  );
}

// The folders of package.json's `workspaces`: plain paths, or `dir/*` for every folder in dir.
function workspaceDirs(root: string): string[] {
  const { workspaces = [] } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  return workspaces
    .flatMap((pattern) => {
      if (!pattern.endsWith('/*')) return [resolve(root, pattern)];
      const parent = resolve(root, pattern.slice(0, -2));
      return readdirSync(parent, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(parent, entry.name));
    })
    .filter((dir) => existsSync(join(dir, 'package.json')));
}
