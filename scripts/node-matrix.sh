#!/usr/bin/env bash
# Runs the test suite (vitest) again on other Node versions, by default 22 and 24, the supported LTS
# lines, with binaries from the npm registry's `node` package. The type check and lint do not depend on
# the Node version: `npm test` runs them once. `--in-process` runs only the in-process projects (`unit*`:
# understanding, dialogs, the server on loopback, storage, the database), about a third of the suite's time;
# `--without-eval` leaves out the blind evaluation sets (project `eval`: the same readings on every version).
# Usage: npm run test:matrix [-- [--in-process | --without-eval] 22 24]
set -euo pipefail
cd "$(dirname "$0")/.."
projects=()
versions=()
for argument in "$@"; do
  case "$argument" in
    --in-process) projects=(--project 'unit*') ;;
    --without-eval) projects=(--project '!eval') ;;
    *) versions+=("$argument") ;;
  esac
done
[ "${#versions[@]}" -gt 0 ] || versions=(22 24)
for version in "${versions[@]}"; do
  started=$SECONDS
  echo "=== Node ${version}: $(npm exec --yes --package="node@${version}" -- node --version)"
  npm exec --yes --package="node@${version}" -- node node_modules/vitest/vitest.mjs run "${projects[@]}"
  echo "=== Node ${version}: ${projects[*]:-the whole suite} in $((SECONDS - started)) s"
done
