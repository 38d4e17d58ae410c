"""Stage composition: batches of documents are parsed together, then each document goes
through the per-document stages; a failure is recorded for that document and the run goes on."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from diplograph import nlp
from diplograph.actors import find_mentions
from diplograph.events import code_events
from diplograph.time import find as find_timexes
from diplograph.errors import DataFileError
from diplograph.types import Document, Failure

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    """A pure ``Document -> Document`` function with what it reads and what it adds."""

    name: str
    func: Callable[[Document], Document]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("actors", find_mentions, ("parse",), ("mentions",)),
    Stage("time", find_timexes, ("parse",), ("timexes",)),
    Stage("events", code_events, ("parse", "mentions", "timexes"), ("events",)),
)


def check_order(stages: Iterable[Stage]) -> None:
    """Raise if a stage reads something no earlier stage (or the parser) adds."""
    have = {"text", "parse", "sentences", "published"}
    for stage in stages:
        missing = [r for r in stage.requires if r not in have]
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {missing}, which no earlier stage adds")
        have.update(stage.assigns)


check_order(STAGES)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def process(docs: list[Document]) -> list[Document | Failure]:
    """Parse a batch and run every stage on each document."""
    try:
        parsed = nlp.parse(docs)
    except Exception as exc:  # one bad document must not sink the batch: retry one by one
        if len(docs) == 1:
            return [Failure(docs[0].path or docs[0].id, "nlp", f"{type(exc).__name__}: {exc}", docs[0].id)]
        out: list[Document | Failure] = []
        for d in docs:
            out.extend(process([d]))
        return out
    results: list[Document | Failure] = []
    for parsed_doc in parsed:
        doc = parsed_doc
        for stage in STAGES:
            try:
                doc = stage.func(doc)
            except DataFileError:
                raise  # a broken install, not a bad document: stop the run
            except Exception as exc:
                log.exception("stage %s failed on %s", stage.name, doc.path)
                doc = Failure(doc.path or doc.id, stage.name, f"{type(exc).__name__}: {exc}", doc.id)
                break
        nlp.forget_spans(parsed_doc)
        if isinstance(doc, Document):
            doc = doc.replace(parse=())
        results.append(doc)
    return results


def run(items: Iterable[Document | Failure], *, batch_size: int = 32) -> Iterator[Document | Failure]:
    """Documents with their events (and Failures, passed through), in input order per batch."""
    for batch in _batches(items, batch_size):
        docs = [d for d in batch if isinstance(d, Document)]
        done = iter(process(docs)) if docs else iter(())
        for item in batch:
            yield item if isinstance(item, Failure) else next(done)


def extract_text(text: str, *, published=None, title: str | None = None, home_country: str | None = None) -> Document:
    """Run the whole pipeline on one text (the library entry point for a string). ``home_country``:
    the outlet's country (a code or a name: UnknownCountry otherwise), for a story that names
    no country."""
    from diplograph.actors.outlets import country_code
    from diplograph.types import content_id

    home = country_code(home_country) if home_country is not None else None
    doc = Document(id=content_id(text), text=text, published=published, title=title,
                   published_source="user" if published else None, home_country=home)
    (result,) = process([doc])
    if isinstance(result, Failure):
        raise RuntimeError(f"{result.stage}: {result.reason}")
    return result
