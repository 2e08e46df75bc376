#!/usr/bin/env bash
# npm run test:node26 — the app also builds and passes its unit tests on Node 26 (the Active LTS).
# A node_modules built under one Node major does not run under another, so this works on a copy of the
# checkout (committed and uncommitted files, without build output) in .tools/node26-check/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
copy="$root/.tools/node26-check"
source "$root/.ci/use-node.sh" 26

mkdir -p "$copy"
# A fresh copy, but for its node_modules (npm ci replaces them anyway, faster when they are there).
find "$copy" -mindepth 1 -maxdepth 1 ! -name node_modules -exec rm -rf {} +
# Tracked and untracked-but-not-ignored files, as they are now in the working tree.
cd "$root"
git ls-files -z --cached --others --exclude-standard --deduplicate \
  | while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done \
  | tar --null -T - -cf - | tar -xf - -C "$copy"
cd "$copy"
npm ci --no-audit --no-fund
npx nuxt build
npx vitest run
