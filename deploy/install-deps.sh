#!/usr/bin/env bash
# Installs every Debian 12 package Cardex needs to build, test, run the demo and its benchmarks.
# Idempotent: when everything is already installed it only checks and exits (no apt-get update).
# Run as root (or with sudo available). Usage: deploy/install-deps.sh [--dry-run]
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ca-certificates
  clang libclang-rt-14-dev             # libFuzzer targets and the sanitizer preset with clang
  # core library (libmimalloc-dev: the server programs' allocator, CARDEX_MIMALLOC)
  libicu-dev libphonenumber-dev libboost1.74-dev libssl-dev
  libsqlite3-dev libsqlitecpp-dev sqlite3 nlohmann-json3-dev libmimalloc-dev
  libspdlog-dev libfmt-dev libcli11-dev catch2
  # Qt 6.4 for the kiosk
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-virtualkeyboard-dev qt6-svg-dev
  qt6-qpa-plugins libgl-dev libxkbcommon-dev
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-shapes
  # the on-screen keyboard: QML types, the input-method plugin QT_IM_MODULE=qtvirtualkeyboard loads
  # (without it the keyboard never shows), and the module its layouts need
  qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin qml6-module-qt-labs-folderlistmodel
  qml6-module-qttest qml6-module-qt-labs-settings
  # kiosk screens: Latin/Cyrillic and Chinese
  fonts-noto-core fonts-noto-cjk
  # tests, demo and benchmarks
  xvfb xauth curl openssl procps wrk
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
if [ "${1:-}" = "--dry-run" ]; then exit 0; fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root (apt-get needs it)" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: done"
