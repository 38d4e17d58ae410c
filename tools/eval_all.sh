#!/usr/bin/env bash
# Every event and actor evaluation in one run, one summary line each: PLOVER-GSR events and actor
# slots (whole set, dev half, held-out half), NGEC actors, the realnews files, PETRARCH's unit
# records, our blind-written sentences (tests/fixtures/blind27 to blind31). Needs ../shared beside the checkout. Usage: tools/eval_all.sh > scores.txt
# Only totals are printed (--misses 0): the held-out halves' misses stay unread.
set -uo pipefail
cd "$(dirname "$0")/.."
S=../shared/eval
D=".venv/bin/diplograph eval"
summary() {
  .venv/bin/python -c '
import json, sys
m = json.load(sys.stdin)["metrics"]
print({k: (round(v, 3) if isinstance(v, float) else v) for k, v in m.items() if "interval" not in k})'
}
for sp in all dev held-out; do
  echo "== plover-gsr events, $sp"; $D events plover-gsr $S/plover-gsr/PLOVER_GSR_CAMEO.json --split $sp --misses 0 -f json | summary
  echo "== plover-gsr actor slots, $sp"; $D actors --plover $S/plover-gsr/PLOVER_GSR_CAMEO.json --split $sp --misses 0 -f json | summary
done
echo "== ngec actors"; $D actors $S/ngec-actors/NGEC_actor_resolution_tests.jsonl --misses 0 -f json | summary
for f in dev dev2 dev3 heldout heldout2 heldout3 heldout4 heldout4_b heldout5 heldout5_b; do
  echo "== realnews $f"; $D events realnews tests/fixtures/realnews/$f.jsonl --corpora ../shared/corpora --misses 0 -f json | summary
done
echo "== petrarch-units"; $D events petrarch-units $S/petrarch/PETR.UnitTest.records.jsonl --misses 0 -f json | summary
# Our blind-written one-event sentences (tests/fixtures/blind27 to blind31), each set's four files
# pooled into one PLOVER-GSR-shaped file (each record keeps its id, so the halves are the files' own).
POOL=$(mktemp -d)
for set in blind27 blind28 blind29 blind30 blind31; do
  .venv/bin/python - "$POOL/$set.json" "$set" <<'PY'
import json, sys
from pathlib import Path
from diplograph.evaluation.plover_gsr import read_records
name = sys.argv[2]
recs = [r for n in "ABCD" for r in read_records(Path(f"tests/fixtures/{name}/{name}_{n}.jsonl"))]
Path(sys.argv[1]).write_text(json.dumps(recs))
PY
  for sp in dev held-out; do
    echo "== $set events, $sp"; $D events plover-gsr $POOL/$set.json --split $sp --misses 0 -f json | summary
    echo "== $set actor slots, $sp"; $D actors --plover $POOL/$set.json --split $sp --misses 0 -f json | summary
  done
done
rm -rf "$POOL"
