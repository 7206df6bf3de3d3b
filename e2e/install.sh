#!/usr/bin/env bash
# Installs what the browser tests need: Debian's chromium (never a browser downloaded by a test tool) and
# playwright-core from npm. Safe to run repeatedly; called by the Maven build before the integration tests.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "e2e: installing Debian chromium"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ ! -d node_modules/playwright-core ]; then
  echo "e2e: installing playwright-core"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-audit --no-fund
fi
