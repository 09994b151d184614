#!/usr/bin/env bash
# Runs the whole test suite (vitest: unit and end-to-end) on other Node versions, by default 22
# and 24, the supported LTS lines, with binaries from the npm registry's `node` package. The
# type check and lint do not depend on the Node version: `npm test` runs them once.
# Usage: npm run test:matrix [-- 22 24]
set -euo pipefail
cd "$(dirname "$0")/.."
versions=("$@")
[ "${#versions[@]}" -gt 0 ] || versions=(22 24)
for version in "${versions[@]}"; do
  started=$SECONDS
  echo "=== Node ${version}: $(npm exec --yes --package="node@${version}" -- node --version)"
  npm exec --yes --package="node@${version}" -- node node_modules/vitest/vitest.mjs run
  echo "=== Node ${version}: the whole suite in $((SECONDS - started)) s"
done
