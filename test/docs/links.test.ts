import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPOSITORY_FILES = 'https://github.com/sequestre/sequestre/blob/main/';

/** The link targets of a page: inline `[text](target)` and definitions `[name]: target`, code left out. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^( *)```[\s\S]*?^\1```$/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)|^\[[^\]]+\]:\s*(\S+)/gm)].map((match) => (match[1] ?? match[2])!);
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
function anchors(markdown: string): Set<string> {
  const prose = markdown.replace(/^( *)```[\s\S]*?^\1```$/gm, '');
  const seen = new Map<string, number>();
  return new Set(
    [...prose.matchAll(/^#{1,6} (.+)$/gm)].map((match) => {
      const slug = match[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      return count === 0 ? slug : `${slug}-${count}`;
    }),
  );
}

/** Why a link from `page` to a file of the repository is broken, or undefined when it works. */
function brokenLink(page: string, target: string): string | undefined {
  const [path = '', anchor] = target.split('#');
  const file = path === '' ? page : normalize(join(dirname(page), path));
  if (!existsSync(file)) return `${page} links to ${target}: no file ${file}`;
  if (anchor === undefined || !file.endsWith('.md')) return undefined;
  return anchors(readFileSync(file, 'utf8')).has(anchor)
    ? undefined
    : `${page} links to ${target}: no heading #${anchor} in ${file}`;
}

const guides = readdirSync('docs', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md') && !name.startsWith('playground'))
  .map((name) => join('docs', name));

describe('links', () => {
  it('in README.md are absolute, since the npm package has no docs/, and name files of the repository', () => {
    const targets = linkTargets(readFileSync('README.md', 'utf8'));
    expect(targets.filter((target) => !/^(https:\/\/|#)/.test(target))).toEqual([]);
    const repository = targets
      .filter((target) => target.startsWith(REPOSITORY_FILES))
      .map((target) => target.slice(REPOSITORY_FILES.length));
    expect(repository.length).toBeGreaterThan(0);
    const inPage = targets.filter((target) => target.startsWith('#'));
    expect([...repository, ...inPage].map((path) => brokenLink('README.md', path)).filter(Boolean)).toEqual([]);
  });

  it('between the guides of docs/ lead to files and headings that exist', () => {
    const broken = guides.flatMap((page) =>
      linkTargets(readFileSync(page, 'utf8'))
        .filter((target) => !/^[a-z]+:/.test(target))
        .map((target) => brokenLink(page, target)),
    );
    expect(broken.filter(Boolean)).toEqual([]);
  });

  it('are reported when the file or the heading is missing', () => {
    expect(brokenLink('docs/policy.md', 'cli.md#sequestre-policy-check')).toBeUndefined();
    expect(brokenLink('docs/policy.md', 'cli.md#sequestre-policy-checks')).toBe(
      'docs/policy.md links to cli.md#sequestre-policy-checks: no heading #sequestre-policy-checks in docs/cli.md',
    );
    expect(brokenLink('docs/policy.md', 'clis.md')).toBe('docs/policy.md links to clis.md: no file docs/clis.md');
  });

  it('are checked for anchors the way GitHub writes them', () => {
    expect(
      anchors(
        '## sequestre policy check\n### How long can money stay held?\n## `describe`, step 1\n## Tones\n## Tones',
      ),
    ).toEqual(
      new Set(['sequestre-policy-check', 'how-long-can-money-stay-held', 'describe-step-1', 'tones', 'tones-1']),
    );
  });
});
