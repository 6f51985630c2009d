#!/usr/bin/env bash
# Bundles the mlp benchmark job (esbuild, like the dist build: ESM with a require shim).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p bench/out
npx esbuild bench/nn/mlp-job.ts --bundle --platform=node --format=esm --outfile=bench/out/mlp-job.mjs --log-level=warning \
  --banner:js="import { createRequire as __mltrainCreateRequire } from 'node:module'; const require = __mltrainCreateRequire(import.meta.url);"
