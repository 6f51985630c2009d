#!/usr/bin/env bash
# Packs what bench/gpu/run.sh needs on a GPU machine that may lack Node and cannot reach a
# registry: this machine's Node binary (xz), the bundled mlp job with the tfjs wasm files and
# dawn.node (linux-x64) beside it, the Vulkan loader, the data generator and the PyTorch job.
# Usage (here): bash bench/gpu/prepare.sh [OUT=bench/out/gpu-carry]   (~35 MB)
# Then on the GPU machine: bash bench/gpu/run.sh bench/out/gpu-carry
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-bench/out/gpu-carry}"
rm -rf "$out"
mkdir -p "$out/dawn/linux-x64" "$out/vulkan"
bash bench/nn/build.sh
cp bench/out/mlp-job.mjs "$out/"
cp node_modules/@tensorflow/tfjs-backend-wasm/dist/*.wasm "$out/"
cp node_modules/webgpu/dist/linux-x64/dawn.node "$out/dawn/linux-x64/"
cp bench/nn/make_data.py bench/nn/torch_job.py "$out/"
xz -T0 -3 -c "$(readlink -f "$(command -v node)")" > "$out/node.xz"
# The Vulkan loader, in case the GPU image has none (Dawn dlopens libvulkan.so.1).
tmp="$(mktemp -d)"
(cd "$tmp" && apt-get download libvulkan1 >/dev/null 2>&1) && dpkg -x "$tmp"/libvulkan1_*.deb "$tmp/root" && cp -a "$tmp"/root/usr/lib/x86_64-linux-gnu/libvulkan.so.1* "$out/vulkan/" || echo "prepare: libvulkan1 not packed (apt-get download failed)" >&2
rm -rf "$tmp"
du -sh "$out"
