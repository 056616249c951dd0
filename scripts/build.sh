#!/usr/bin/env bash
# Compiles src/ to dist/ (run by `npm install` through `prepare`). The CLI runs dist/ when it is at
# least as new as src/: Node's type stripping keeps ~29 MB of transpiler resident per process,
# which adds up over dozens of nodes in an experiment (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist
node_modules/.bin/tsc -p tsconfig.build.json
# protons' generated module is checked in as JS + .d.ts, which tsc does not emit
mkdir -p dist/node/generated
cp src/node/generated/*.js dist/node/generated/
date +%s > dist/.build-stamp
