// Where the CLI sends its reader. The docs are not in the npm tarball, so these are pages of the
// repository, reachable from any install (issue 15); test/cli/links.test.ts keeps them in step
// with package.json and with the files they name.

/** The repository, as package.json's `repository` and `homepage` give it. */
export const REPOSITORY_URL = 'https://github.com/sequestre/sequestre';

/** The CLI's page, docs/cli.md, on the repository's main branch. */
export const CLI_DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/cli.md`;

/** Where to report a bug, as package.json's `bugs` gives it. */
export const ISSUES_URL = `${REPOSITORY_URL}/issues`;
