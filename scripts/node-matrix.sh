#!/usr/bin/env bash
# Runs the core test suites on Node 22 and 24 (binaries from the npm registry's `node` package),
# to check that the code and the pinned versions still run there. Usage: npm run test:matrix
set -euo pipefail
cd "$(dirname "$0")/.."
suites=(test/server/messages.test.ts test/routing test/matching test/kb test/dialogs/bookingDialog.test.ts
        test/storage/fileStorage.test.ts test/channels/directLine.test.ts test/cli/chat.test.ts)
npm run -s build
for version in 22 24; do
  echo "=== Node ${version}"
  npm exec --yes --package="node@${version}" -- node --version
  npm exec --yes --package="node@${version}" -- node node_modules/vitest/vitest.mjs run "${suites[@]}"
done
