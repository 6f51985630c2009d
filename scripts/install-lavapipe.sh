#!/usr/bin/env bash
# Fetches Mesa's lavapipe (a CPU Vulkan driver) from bookworm-backports into a private folder,
# without installing anything system-wide, so Dawn (npm `webgpu`) finds a WebGPU adapter on a
# machine with no GPU. Debian 12's own Mesa 22.3 lavapipe lacks a feature Dawn requires
# (shaderUniform*ArrayDynamicIndexing); Mesa 25 from backports works (measured: webgpu losses
# equal wasm's within 1e-7).
# Usage: eval "$(scripts/install-lavapipe.sh [DIR])"   -> exports VK_ICD_FILENAMES
# Needs: apt-get and dpkg (Debian 12) and Debian's mirror; the Vulkan loader (libvulkan1) comes along.
set -euo pipefail
dir="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/mltrain-lavapipe}"
mkdir -p "$dir/lists/partial" "$dir/debs" "$dir/root"
printf "deb http://deb.debian.org/debian bookworm main\ndeb http://deb.debian.org/debian bookworm-backports main\n" > "$dir/sources.list"
apt_opts=(-o "Dir::Etc::SourceList=$dir/sources.list" -o Dir::Etc::SourceParts=/nonexistent -o "Dir::State::Lists=$dir/lists" -o APT::Sandbox::User=root)
if [ ! -f "$dir/root/usr/lib/x86_64-linux-gnu/libvulkan_lvp.so" ] && [ ! -f "$dir/root/usr/lib/aarch64-linux-gnu/libvulkan_lvp.so" ]; then
  apt-get "${apt_opts[@]}" update -qq >&2
  (cd "$dir/debs" && apt-get "${apt_opts[@]}" download mesa-vulkan-drivers/bookworm-backports libvulkan1 >&2)
  for deb in "$dir"/debs/*.deb; do dpkg -x "$deb" "$dir/root"; done
fi
lib="$(find "$dir/root/usr/lib" -name libvulkan_lvp.so | head -n 1)"
sed "s#\"library_path\": \"[^\"]*\"#\"library_path\": \"$lib\"#" "$dir/root/usr/share/vulkan/icd.d/lvp_icd.json" > "$dir/lvp_icd.json"
echo "export VK_ICD_FILENAMES=$dir/lvp_icd.json LD_LIBRARY_PATH=$(dirname "$lib")\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH} XDG_RUNTIME_DIR=\${XDG_RUNTIME_DIR:-/tmp}"
