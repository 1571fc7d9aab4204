#!/usr/bin/env bash
# Mutation testing on demand: `npm run test:mutation` (options after `--` go to `stryker run`;
# MUTATE and STATIC are read by stryker.config.mjs; docs/quality.md says how to read the scores).
#
# Why this script: Stryker 10 and the Babel 8 it parses with require Node >= 22, while the
# project develops and runs CI on Node 20. Kept in devDependencies, they printed about 440 lines
# of engine warnings on every `npm install`. So they are installed only when a mutation run is
# asked for, and run on the npm package node@24.
#
# Where they go: node_modules/.cache/sequestre-stryker, a folder of its own inside the project's
# node_modules (outside the lockfile, never committed; `npm ci` wipes it and the next run
# installs it again, in about 15 seconds). It is installed without peer dependencies on purpose:
# Stryker imports `vitest` (its runner) and `typescript` (to rewrite tsconfig.json) from its own
# folder, and Node looks for packages up the folder tree, so both resolve to the project's own
# copies, the versions in package-lock.json. A second vitest installed beside Stryker (what
# `npx -p @stryker-mutator/vitest-runner` does) would be a second instance that the test files
# do not share, and Stryker would not find `typescript` at all.
set -euo pipefail
cd "$(dirname "$0")/.."

stryker_version=10.1.1
tools=node_modules/.cache/sequestre-stryker
core="$tools/node_modules/@stryker-mutator/core"

if [ ! -d node_modules/vitest ]; then
  echo "mutation: run npm ci first (Stryker uses the project's vitest and typescript)" >&2
  exit 1
fi

installed="$(node -p "try { require('./$core/package.json').version } catch { '' }")"
if [ "$installed" != "$stryker_version" ]; then
  echo "mutation: installing Stryker $stryker_version into $tools (once per npm ci)"
  rm -rf "$tools"
  mkdir -p "$tools"
  printf '{ "name": "sequestre-stryker-tools", "private": true }\n' > "$tools/package.json"
  # On Node 24 so that npm has no engine to warn about; --legacy-peer-deps keeps vitest out.
  npx -y -p node@24 -- npm install --prefix "$tools" --legacy-peer-deps --no-package-lock \
    --no-audit --no-fund \
    "@stryker-mutator/core@$stryker_version" "@stryker-mutator/vitest-runner@$stryker_version"
fi

exec npx -y -p node@24 -- node "$core/bin/stryker.js" run "$@"
