#!/usr/bin/env bash
# Regenerates src/node/generated/payload.{js,d.ts} from payload.proto.
# protons emits a TypeScript namespace, which Node's type stripping cannot run, so the
# generated module is compiled to JS + declarations once and checked in.
set -euo pipefail
cd "$(dirname "$0")/../src/node/generated"
npx protons payload.proto
npx tsc payload.ts --declaration --target es2022 --module nodenext --moduleResolution nodenext --skipLibCheck
rm payload.ts
