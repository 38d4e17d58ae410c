"""Agreement with PETRARCH-2 on its validation sentences (a silver set: PETRARCH-2 output,
partly hand-corrected). Each gold event has source and target actor codes and a CAMEO code.

A gold event is matched by one of our events with the same source and target countries
(first three letters of the code); agreement is then counted on the CAMEO root (two digits)
and base code (three digits). Sentences PETRARCH codes as having no event measure our false
alarms."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

from diplograph.evaluation import EvalReport, prf, require

DEFAULT_PATH = "../shared/eval/petrarch/PETR2_GSR_validation.jsonl"


def _day(value: str | None) -> date | None:
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8])) if value else None
    except (TypeError, ValueError):
        return None


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def run(path: Path) -> EvalReport:
    from diplograph.pipeline import process
    from diplograph.types import Document, content_id

    path = require(Path(path), "give PETR2_GSR_validation.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r.get("text") and str(r.get("evaluate", "true")).lower() == "true"]
    docs = [Document(id=f"{content_id(r['text'])}-{i}", text=r["text"], published=_day(r.get("date")))
            for i, r in enumerate(records)]
    results = process(docs)
    gold_n = matched = root_ok = base_ok = 0
    ours_n = ours_matched = 0
    quiet_sentences = quiet_alarms = 0
    roots: Counter = Counter()
    misses = []
    for rec, doc in zip(records, results):
        ours = [e for e in getattr(doc, "events", ()) if e.modality == "asserted"]
        ours_n += len(ours)
        gold = rec.get("events") or []
        if not gold:
            quiet_sentences += 1
            if ours:
                quiet_alarms += 1
                misses.append(f"alarm {rec['id']}: ours {[(e.type, e.cameo) for e in ours]} | {rec['text'][:140]}")
            continue
        used = set()
        for g in gold:
            gold_n += 1
            gs, gt = _country(g.get("source")), _country(g.get("target"))
            cand = [e for e in ours if id(e) not in used and e.source and e.target
                    and e.source.code[:3] == gs and e.target.code[:3] == gt]
            if not cand:
                misses.append(f"miss  {rec['id']}: gold {g.get('source')}->{g.get('target')} {g.get('code')}, ours "
                              f"{[(e.source and e.source.code, e.target and e.target.code, e.cameo) for e in ours]} | {rec['text'][:140]}")
                continue
            code = str(g.get("code") or "")
            best = max(cand, key=lambda e: ((e.cameo or "")[:3] == code[:3], (e.cameo or "")[:2] == code[:2]))
            used.add(id(best))
            matched += 1
            ours_matched += 1
            if (best.cameo or "")[:2] == code[:2]:
                root_ok += 1
                roots[code[:2]] += 1
                if (best.cameo or "")[:3] == code[:3]:
                    base_ok += 1
            else:
                misses.append(f"code  {rec['id']}: gold {code}, ours {best.cameo} ({best.trigger}) | {rec['text'][:140]}")
    p, r, f = prf(matched, ours_n - ours_matched, gold_n - matched)
    report = EvalReport(f"Agreement with PETRARCH-2 ({path.name}, {len(records)} sentences, {gold_n} events; silver)")
    report.metrics = {
        "gold events": gold_n,
        "our asserted events": ours_n,
        "dyad matched (recall)": r,
        "dyad precision": p,
        "dyad F1": f,
        "CAMEO root agreement (of matched)": root_ok / matched if matched else 0.0,
        "CAMEO base agreement (of matched)": base_ok / matched if matched else 0.0,
        "root + dyad agreement (of gold)": root_ok / gold_n if gold_n else 0.0,
        "no-event sentences": quiet_sentences,
        "of which we coded an event": quiet_alarms,
    }
    report.misses = misses
    return report
