#!/usr/bin/env bash
# One entry point for a fresh machine (Debian 12, root):
#   bash scripts/run.sh demo   -> set everything up, then run the end-to-end demo
#   bash scripts/run.sh test   -> set everything up, then run the test suite
# Set-up is idempotent: each step says what it does and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3

step() { printf '\n== %s\n' "$*"; }

setup_debian() {
  local pkgs="gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm gcc make"
  local missing=""
  for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if [ -z "$missing" ]; then
    step "Debian packages: already installed ($pkgs)"
    return
  fi
  step "Debian packages: installing$missing"
  local SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
  echo "installed$missing"
}

setup_python() {
  if [ ! -x "$VENV/bin/python" ]; then
    step "Python: creating the virtualenv $VENV"
    "$PY" -m venv "$VENV"
  else
    step "Python: virtualenv $VENV exists"
  fi
  local stamp="$VENV/.dasnet-installed"
  local want
  want=$(sha1sum pyproject.toml | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "packages up to date (pyproject.toml unchanged)"
  else
    echo "installing dasnet-tiny and its dependencies (tensorflow, tflite-micro, ...; ~2.5 GB the first time)"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test]"
    echo "$want" > "$stamp"
  fi
}

cmd=${1:-}
shift || true
case "$cmd" in
  setup) setup_debian; setup_python ;;
  demo)
    setup_debian; setup_python
    step "Demo: train a WTA CNN, quantize, generate C, run on an emulated Cortex-M4"
    exec "$VENV/bin/dasnet-tiny" demo "$@" ;;
  test)
    setup_debian; setup_python
    step "Tests"
    exec "$VENV/bin/python" -m pytest -q -n 2 "$@" ;;
  *) echo "usage: bash scripts/run.sh {demo|test|setup} [args]" >&2; exit 2 ;;
esac
