#!/usr/bin/env bash
# Throughput of the whole ingest beside bare spaCy, with 1 and 2 processes, on a shared corpus
# read in place (never copied). Usage: bench/throughput.sh [CORPUS.jsonl] [LIMIT]
# Goals (2 cores): diplograph words/s >= 85% of bare spaCy with 2 processes; peak RSS < 1.5 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpora/bbc_fulltext/bbc_fulltext.jsonl}
LIMIT=${2:-600}
for p in 1 2; do
  .venv/bin/diplograph bench "$CORPUS" --processes "$p" --limit "$LIMIT" --format json
done
