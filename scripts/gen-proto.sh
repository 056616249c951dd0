#!/usr/bin/env bash
# Regenerates the checked-in protobuf modules of src/node/generated/ from their .proto files: the
# room payload, the history protocol (history/) and direct messages (dm/).
# protons emits a TypeScript namespace, which Node's type stripping cannot run, so each
# generated module is compiled to JS + declarations once and checked in.
set -euo pipefail
cd "$(dirname "$0")/../src/node/generated"
for name in payload history dm; do
  npx protons "$name.proto"
  npx tsc "$name.ts" --declaration --target es2022 --module nodenext --moduleResolution nodenext --skipLibCheck
  rm "$name.ts"
done
