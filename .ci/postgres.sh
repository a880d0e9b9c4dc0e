#!/usr/bin/env bash
# CI: make the PostgreSQL server binaries (initdb, pg_ctl) available for tests/test_db.py,
# which starts its own throwaway cluster. Idempotent and quiet: does nothing when present.
set -euo pipefail

if command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq postgresql >/dev/null
