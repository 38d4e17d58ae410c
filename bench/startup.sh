#!/usr/bin/env bash
# Start-up time of one small extraction (a new process each time): with an empty build cache,
# then with the actor lexicon read from it. Usage: bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
CACHE=$(mktemp -d)
trap 'rm -rf "$CACHE"' EXIT
TEXT='Iran and Russia signed a strategic partnership treaty in Moscow on Friday.'
once() {
  local start
  start=$EPOCHREALTIME
  echo "$TEXT" | DIPLOGRAPH_CACHE_DIR="$1" .venv/bin/diplograph extract - --published 2025-01-17 > /dev/null
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }'
}
for r in $(seq "$RUNS"); do
  rm -rf "${CACHE:?}"/*
  cold=$(once "$CACHE")
  warm=$(once "$CACHE")
  off=$(once off)
  printf 'run %s: cache empty %.2f s, cache filled %.2f s, cache off %.2f s\n' "$r" "$cold" "$warm" "$off"
done
