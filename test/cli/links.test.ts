import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_DOCS_URL, ISSUES_URL, REPOSITORY_URL } from '../../src/cli/links';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
};

describe('the CLI’s links', () => {
  it('name the repository package.json names', () => {
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs.url).toBe(ISSUES_URL);
  });

  it('point at a docs page that exists in the repository', () => {
    const path = CLI_DOCS_URL.replace(`${REPOSITORY_URL}/blob/main/`, '');
    expect(path).toBe('docs/cli.md');
    expect(existsSync(path)).toBe(true);
  });
});
