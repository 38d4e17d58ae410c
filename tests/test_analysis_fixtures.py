"""Hand-built documents, events, mentions and timexes for the analysis tests (imported by
test_analysis_*.py, test_brief.py and test_export.py), and a check of the helpers themselves."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from diplograph.store import Store
from diplograph.types import Actor, Document, Event, Mention, Timex

NAMES = {"IRN": "Iran", "RUS": "Russia", "USA": "United States", "UKR": "Ukraine", "ISR": "Israel"}


def actor(code: str | None, entity: str | None = None) -> Actor | None:
    if code is None:
        return None
    country = code[:3] if not code.startswith("IGO") else None
    return Actor(code, country, code[3:] or None, entity or NAMES.get(code[:3], code), entity or NAMES.get(code[:3], code))


def ev(id: str, doc_id: str, sentence: str, *, type: str, cameo: str, quad: int, g: float, src: str | None,
       tgt: str | None, date: str | None, precision: str | None = None, basis: str = "text",
       modality: str = "asserted", trigger: str = "", mode: str | None = None, index: int = 0,
       src_entity: str | None = None, tgt_entity: str | None = None, location: str | None = None) -> Event:
    if precision is None and date and date[:4].isdigit():
        precision = "week" if "-W" in date else {10: "day", 7: "month", 4: "year"}.get(len(date))
    return Event(
        id=id, doc_id=doc_id, sentence_index=index, type=type, mode=mode, cameo=cameo, quad_class=quad,
        goldstein=g, source=actor(src, src_entity), target=actor(tgt, tgt_entity), date=date,
        date_precision=precision, date_basis=basis, modality=modality, sentence=sentence, trigger=trigger,
        confidence=0.9, location=location,
    )


def doc(id: str, text: str, *, published: date | None, title: str | None = None, url: str | None = None,
        site: str | None = "Test Wire", events=(), mentions=(), timexes=(), path: str | None = None) -> Document:
    return Document(id=id, text=text, path=path or f"{id}.txt", url=url, title=title or f"Story {id}",
                    published=published, site=site, events=tuple(events), mentions=tuple(mentions),
                    timexes=tuple(timexes))


def mention(text: str, phrase: str, code: str, sentence: int, *, nth: int = 0, entity: str | None = None) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(start, start + len(phrase), phrase, actor(code, entity), sentence)


def timex(text: str, phrase: str, value: str, precision: str, sentence: int) -> Timex:
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, "DATE", value, precision, "test", sentence)


def make_db(path: Path, docs: list[Document]) -> Path:
    with Store(path) as store:
        store.write(docs)
    return path


def test_helpers_store_what_they_are_given(tmp_path):
    text = "Iran and Russia signed a treaty on 17 January."
    d = doc("d1", text, published=date(2025, 1, 17), events=[
        ev("e1", "d1", text, type="SUPPORT", cameo="057", quad=1, g=8.0, src="IRN", tgt="RUS", date="2025-01-17")],
        mentions=[mention(text, "Iran", "IRN", 0)], timexes=[timex(text, "17 January", "2025-01-17", "day", 0)])
    db = make_db(tmp_path / "t.duckdb", [d])
    with Store(db, read_only=True) as s:
        assert s.counts() == {"documents": 1, "mentions": 1, "timexes": 1, "events": 1, "failures": 0}
        assert s.query("SELECT month, year, source_country FROM events")[1] == [("2025-01", 2025, "IRN")]
