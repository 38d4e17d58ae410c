"""CASE 2021 task 2 (fine-grained event classification, ACLED-derived sub-types) read through
diplograph's types. Only labels with a sound mapping to a PLOVER type are scored (DIPLO is not: it mixes meetings,
expulsions and sanctions). Snippets about disasters and "other" measure false alarms: how often
we code an attack, protest or arrest where no political event happened.

Mapping (label -> PLOVER type):
  ASSAULT  AIR_STRIKE, ARMED_CLASH, ART_MISS_ATTACK, SUIC_BOMB, GRENADE, REM_EXPLOS, ATTACK,
           CHEM_WEAP, SEX_VIOL, ABDUCT_DISSAP, MOB_VIOL
  PROTEST  PEACE_PROTEST, VIOL_DEMONSTR, PROTEST_WITH_INTER
  COERCE   ARREST, FORCE_AGAINST_PROTEST
  AGREE or SUPPORT  AGREEMENT (PLOVER codes a signed agreement as SUPPORT, a promise as AGREE)
Our answer for a snippet is the type of its first asserted event of a mapped type, else of its
first event of a mapped type, else none."""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from diplograph.evaluation import EvalReport, prf, require

DEFAULT_PATH = "../shared/eval/case2021"
LABELS = {
    **{k: "ASSAULT" for k in ("AIR_STRIKE", "ARMED_CLASH", "ART_MISS_ATTACK", "SUIC_BOMB", "GRENADE", "REM_EXPLOS",
                              "ATTACK", "CHEM_WEAP", "SEX_VIOL", "ABDUCT_DISSAP", "MOB_VIOL")},
    **{k: "PROTEST" for k in ("PEACE_PROTEST", "VIOL_DEMONSTR", "PROTEST_WITH_INTER")},
    "ARREST": "COERCE",
    "FORCE_AGAINST_PROTEST": "COERCE",
    "AGREEMENT": "AGREE",
}
SAME = {"SUPPORT": "AGREE"}
# Labels whose snippets report no political event at all: where we code an attack, protest or
# arrest there, it is a false alarm. (The other unmapped labels, such as weapons seizures,
# territory changing hands or claims of responsibility, are events PLOVER codes in its own way,
# so they are neither scored nor counted as alarms.)
NO_POLITICAL_EVENT = {"NATURAL_DISASTER", "MAN_MADE_DISASTER", "OTHER"}  # for AGREEMENT snippets, a signing (SUPPORT) is the agreement


def _file(path: Path) -> Path:
    path = require(path, "give the CASE 2021 folder or its TSV file")
    if path.is_dir():
        files = sorted(path.glob("*.tsv"))
        if not files:
            raise FileNotFoundError(f"{path}: no .tsv file in the folder")
        return files[0]
    return path


def run(path: Path) -> EvalReport:
    from diplograph.pipeline import process
    from diplograph.types import Document, content_id

    tsv = _file(Path(path))
    with tsv.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r.get("EventSnippet")]
    docs = [Document(id=f"{content_id(r['EventSnippet'])}-{i}", text=r["EventSnippet"]) for i, r in enumerate(rows)]
    results = []
    for start in range(0, len(docs), 64):
        results.extend(process(docs[start : start + 64]))
    mapped_types = set(LABELS.values()) | set(SAME)
    tp, fp, fn = Counter(), Counter(), Counter()
    other = alarms = 0
    per_label: Counter = Counter()
    per_label_ok: Counter = Counter()
    misses = []
    for row, doc in zip(rows, results):
        events = [e for e in getattr(doc, "events", ()) if e.type in mapped_types]
        events.sort(key=lambda e: e.modality != "asserted")
        pred = SAME.get(events[0].type, events[0].type) if events else None
        label = row["SubType"]
        gold = LABELS.get(label)
        if gold is None:
            if label in NO_POLITICAL_EVENT:
                other += 1
                if pred in ("ASSAULT", "PROTEST", "COERCE"):
                    alarms += 1
                    misses.append(f"alarm {row['id']} {label}: ours {pred} ({events[0].trigger}) | {row['EventSnippet'][:140]}")
            continue
        per_label[label] += 1
        if pred == gold:
            tp[gold] += 1
            per_label_ok[label] += 1
        else:
            fn[gold] += 1
            if pred:
                fp[pred] += 1
            misses.append(f"miss  {row['id']} {label}: gold {gold}, ours {pred or '-'} | {row['EventSnippet'][:140]}")
    classes = sorted(set(LABELS.values()))
    rows_out, weighted, support_total, f1s = [], 0.0, 0, []
    for c in classes:
        p, r, f = prf(tp[c], fp[c], fn[c])
        support = tp[c] + fn[c]
        rows_out.append((c, support, round(p, 3), round(r, 3), round(f, 3)))
        weighted += f * support
        support_total += support
        f1s.append(f)
    report = EvalReport(f"CASE 2021 task 2 through PLOVER types ({tsv.name}, {len(rows)} snippets)")
    mp, mr, mf = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    report.metrics = {
        "mapped snippets": support_total,
        "micro precision": mp,
        "micro recall": mr,
        "micro F1": mf,
        "weighted F1": weighted / support_total if support_total else 0.0,
        "macro F1": sum(f1s) / len(f1s) if f1s else 0.0,
        "disaster and other snippets": other,
        "false alarm rate on them": alarms / other if other else 0.0,
    }
    report.tables.append(("Per type", ["type", "gold", "precision", "recall", "F1"], rows_out))
    report.tables.append(("Recall per CASE label", ["label", "snippets", "found"],
                          [(k, per_label[k], per_label_ok[k]) for k in sorted(per_label)]))
    report.misses = misses
    return report
