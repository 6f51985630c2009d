#!/usr/bin/env bash
# On a GPU machine: the benchmark MLP (30 -> 64 -> 32 -> 1, batch 256, 3 epochs, 200k rows)
# with PyTorch CUDA, mltrain on webgpu (Dawn over the NVIDIA Vulkan driver) and mltrain on wasm,
# then PyTorch CPU; prints one JSON line per job (samples/s, test log loss, AUC) and the card.
# Usage: bash bench/gpu/run.sh CARRY_DIR   (CARRY_DIR made by bench/gpu/prepare.sh)
set -uo pipefail
carry="$(cd "${1:-bench/out/gpu-carry}" && pwd)"
work="$(mktemp -d)"
if command -v node >/dev/null 2>&1; then node=node; else xz -dc "$carry/node.xz" > "$work/node" && chmod +x "$work/node" && node="$work/node"; fi
if ! ldconfig -p | grep -q 'libvulkan.so.1'; then export LD_LIBRARY_PATH="$carry/vulkan${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"; fi
for icd in /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json /usr/share/vulkan/icd.d/nvidia_icd.json /etc/vulkan/icd.d/nvidia_icd.json; do
  if [ -f "$icd" ]; then export VK_DRIVER_FILES="$icd" VK_ICD_FILENAMES="$icd"; break; fi
done
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp}" PYTHONUNBUFFERED=1
echo "card: $(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>&1 | head -n 1)"
echo "node: $("$node" --version); python: $(python3 -c 'import torch, sys; print(sys.version.split()[0], "torch", torch.__version__, "cuda", torch.version.cuda)' 2>&1)"
python3 "$carry/make_data.py" "$work/data"
run() { echo "== $*"; timeout 900 "$@" 2>&1 | grep -v "artificially reduced" | tail -n 8; }
run python3 "$carry/torch_job.py" "$work/data" --device cuda
run "$node" "$carry/mlp-job.mjs" "$work/data" --backend webgpu
run "$node" "$carry/mlp-job.mjs" "$work/data" --backend wasm
run python3 "$carry/torch_job.py" "$work/data" --device cpu
rm -rf "$work"
