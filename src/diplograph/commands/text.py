"""``diplograph text FILE...``: what the pipeline reads from each document after cleaning, with
its title, publication date (and where the date came from) and quality flags, so a user can see
why an event was or was not found."""
from __future__ import annotations

import json
from enum import Enum
from typing import Annotated, Optional

import typer

# How each value of Document.published_source reads in the output.
DATE_SOURCES = {
    "metadata": "from the document's metadata",
    "user": "given with --published",
}


class TextFormat(str, Enum):
    text = "text"
    json = "json"


def describe_date(doc) -> str:
    if doc.published is None:
        return "none (relative dates such as 'last week' stay unresolved; pass --published YYYY-MM-DD)"
    where = DATE_SOURCES.get(doc.published_source or "", f"from {doc.published_source}" if doc.published_source else "")
    return f"{doc.published.isoformat()} ({where})" if where else doc.published.isoformat()


def document_record(doc, removed: list[tuple[str, str]] | None = None) -> dict:
    record = {
        "path": doc.path,
        "id": doc.id,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "published_source": doc.published_source,
        "site": doc.site,
        "url": doc.url,
        "author": doc.author,
        "language": doc.language,
        "quality": list(doc.quality),
        "words": len(doc.text.split()),
        "text": doc.text,
    }
    if removed is not None:
        record["removed"] = [{"line": line, "reason": reason} for line, reason in removed]
    return record


def removed_lines(paths, options) -> dict[tuple[str | None, int], list[tuple[str, str]]]:
    """The lines cleaning dropped, per (path, position among that path's documents): the sources
    are read again with cleaning off and the raw text is cleaned here."""
    from diplograph.ingest import read_paths
    from diplograph.ingest.clean import clean_report, disabled
    from diplograph.types import Document

    found: dict[tuple[str | None, int], list[tuple[str, str]]] = {}
    seen: dict[str | None, int] = {}
    with disabled():
        for item in read_paths(paths, options=options):
            if isinstance(item, Document):
                n = seen.get(item.path, 0)
                seen[item.path] = n + 1
                found[(item.path, n)] = list(clean_report(item.text).removed)
    return found


def register(app: typer.Typer, ctx) -> None:
    @app.command("text")
    def text(
        files: Annotated[list[str], typer.Argument(help="Files, folders, URLs or - for standard input, as for extract.", show_default=False)],
        published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for documents that carry none.")] = None,
        removed: Annotated[bool, typer.Option("--removed", help="Also list the lines cleaning dropped, with the reason for each.")] = False,
        format: Annotated[TextFormat, typer.Option("--format", "-f", help="text: readable; json: one JSON object per document per line.")] = TextFormat.text,
        text_field: Annotated[Optional[str], typer.Option(help="JSONL: the field with the article text (dotted for nested fields).")] = None,
        date_field: Annotated[Optional[str], typer.Option(help="JSONL: the field with the publication date.")] = None,
    ) -> None:
        """Print what the pipeline reads from each document after cleaning: title, publication
        date and where it came from, quality flags, then the text.

        Quality flags: boilerplate-removed, boilerplate-heavy (30% or more of the words were page
        furniture), repeated-paragraphs, truncated (ends mid-sentence), machine-spun, short.

        Example: diplograph text saved-page.html --removed
        """
        from diplograph.errors import DiplographError
        from diplograph.ingest import ReadOptions, read_paths
        from diplograph.types import Document, Failure

        pub = ctx.parse_date(published, "--published")
        options = ReadOptions(published=pub, text_field=text_field, date_field=date_field)
        if removed and "-" in files:
            ctx.fail("--removed reads each source twice, which standard input cannot be; save it to a file first")
        failures: list[Failure] = []
        seen: dict[str | None, int] = {}
        try:
            dropped = removed_lines(files, options) if removed else {}
            for item in read_paths(files, options=options):
                if isinstance(item, Failure):
                    failures.append(item)
                    continue
                if not isinstance(item, Document):
                    continue
                n = seen.get(item.path, 0)
                seen[item.path] = n + 1
                lines = dropped.get((item.path, n), []) if removed else None
                if format is TextFormat.json:
                    ctx.out.out(json.dumps(document_record(item, lines), ensure_ascii=False), highlight=False)
                else:
                    _print_document(ctx, item, lines)
        except DiplographError as exc:
            ctx.fail(str(exc))
        ctx.report_failures(failures)
        if failures:
            raise typer.Exit(1)


def _print_document(ctx, doc, removed: list[tuple[str, str]] | None) -> None:
    say = ctx.out.print
    say(f"== {doc.path}", markup=False, highlight=False)
    for label, value in (
        ("title", doc.title or "-"),
        ("published", describe_date(doc)),
        ("site", doc.site),
        ("url", doc.url),
        ("author", doc.author),
        ("language", doc.language),
        ("quality", ", ".join(doc.quality) or "no flags"),
        ("words", str(len(doc.text.split()))),
        ("id", doc.id),
    ):
        if value:
            say(f"{label + ':':<11}{value}", markup=False, highlight=False)
    say("", markup=False)
    say(doc.text, markup=False, highlight=False)
    if removed is not None:
        say("", markup=False)
        say(f"-- removed by cleaning: {len(removed)} lines", markup=False, highlight=False)
        for line, reason in removed:
            say(f"[{reason}] {line.strip()}", markup=False, highlight=False)
    say("", markup=False)
