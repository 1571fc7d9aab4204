#!/usr/bin/env bash
# The core's test suite against the lowest xstate of the peer range and the newest 5.x
# (issue 11): `npm run test:xstate`, run by .ci/run after `npm test`.
#
# Why: xstate is a peer dependency (`^5.33.0` in package.json), so users run sequestre on any
# xstate 5 from 5.33.0 on, while `npm test` only sees the version in package-lock.json. A minor
# xstate release that changes what the engine relies on must fail here, not in a user's app.
#
# How, and why this way: the project's own node_modules is never touched, so nothing can be left
# behind for the rest of .ci/run (or a developer's tree) by a failure or an interruption. For
# each version the script builds a throw-away copy of the project in a temporary folder: the
# files git knows (tracked, or new and not ignored, as they are in the working tree: the tests
# read docs/ and fixtures by relative path), a node_modules of links to the project's installed
# packages, and xstate itself unpacked there from the registry's tarball (`npm pack`: no
# install, no scripts; xstate has no dependencies). Node and Vite resolve `xstate` from the
# copied src/ and test/ to that folder; every other package, vitest included, resolves through
# its link to the project's copy, so the runner and the test files share one vitest. The suite
# is the root vitest config's (vitest run, without coverage): not the workspaces, which test
# through the core. The folder is removed on exit.
#
# Versions: the lowest is read from peerDependencies (it must be written ^X.Y.Z); the newest is
# what the registry serves for xstate@^5. Either is skipped, saying so, when it is the lockfile's
# version, which `npm test` runs (about 80 s saved in CI). Versions given as arguments always run.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

if [ ! -d node_modules/vitest ]; then
  echo "xstate-matrix: run npm ci first (the copies link to the project's node_modules)" >&2
  exit 1
fi

if [ "$#" -gt 0 ]; then
  versions=("$@")
else
  peer="$(node -p "require('./package.json').peerDependencies.xstate")"
  if [[ ! "$peer" =~ ^\^([0-9]+\.[0-9]+\.[0-9]+)$ ]]; then
    echo "xstate-matrix: peerDependencies.xstate is '$peer'; expected ^X.Y.Z" >&2
    exit 1
  fi
  versions=("${BASH_REMATCH[1]}" '^5')
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/sequestre-xstate-XXXXXX")"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
locked="$(node -p "require('./node_modules/xstate/package.json').version")"

summary=()
failed=0
for spec in "${versions[@]}"; do
  copy="$work/copy"
  rm -rf "$copy"
  mkdir -p "$copy/node_modules" "$work/pack"
  git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    # A file deleted in the working tree but still in the index is skipped.
    if [ -e "$file" ]; then printf '%s\0' "$file"; fi
  done | xargs -0 cp --parents -t "$copy"
  for entry in node_modules/*; do
    if [ "$entry" != node_modules/xstate ]; then ln -s "$repo/$entry" "$copy/$entry"; fi
  done
  tarball="$(cd "$work/pack" && npm pack --silent "xstate@$spec")"
  mkdir "$copy/node_modules/xstate"
  tar -xzf "$work/pack/$tarball" -C "$copy/node_modules/xstate" --strip-components=1
  rm -f "$work/pack/$tarball"
  version="$(node -p "require('$copy/node_modules/xstate/package.json').version")"
  if [ "$version" = "$locked" ] && [ "$#" -eq 0 ]; then
    # npm test has just run the whole suite, with coverage, on this very version.
    summary+=("xstate $version (xstate@$spec): the lockfile's version, run by npm test; not run again")
    continue
  fi

  echo "xstate-matrix: the core's suite on xstate $version (asked: xstate@$spec; lockfile: $locked)"
  start=$SECONDS
  if (cd "$copy" && node node_modules/vitest/vitest.mjs run); then
    result=passed
  else
    result=FAILED
    failed=1
  fi
  summary+=("xstate $version: $result in $((SECONDS - start)) s")
done

echo "xstate-matrix:"
printf '  %s\n' "${summary[@]}"
exit "$failed"
