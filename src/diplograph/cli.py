"""Command line: thin Typer commands over the library functions."""
from __future__ import annotations

import csv
import io
import json
import logging
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from diplograph import __version__
from diplograph.errors import DiplographError
from diplograph.store import DEFAULT_DB, dumps

app = typer.Typer(
    name="diplograph",
    help=(
        "Turn news about international relations into a dated, sourced record of who did what to "
        "whom, stored in DuckDB.\n\n"
        "Example: diplograph ingest articles/ && diplograph dyad IRN RUS"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class EventFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class Period(str, Enum):
    month = "month"
    year = "year"


def _date(value: Optional[str], option: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option) from None


def _home_country(value: Optional[str]) -> Optional[str]:
    """The country code a --home-country value names ("GBR", "Britain", "the UK"), or an error."""
    if value is None:
        return None
    from diplograph.actors.outlets import country_code
    from diplograph.errors import UnknownCountry

    try:
        return country_code(value)
    except UnknownCountry as exc:
        raise typer.BadParameter(str(exc), param_hint="--home-country") from None


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        out.print(f"diplograph {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what each stage does.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def _actor_text(a: Optional[dict]) -> str:
    if not a:
        return "-"
    return a["code"]


def _clip(text: str, width: int = 160) -> str:
    if len(text) <= width:
        return text
    return text[:width].rsplit(" ", 1)[0] + " …"


def _report_failures(failures: list) -> None:
    for f in failures:
        err.print(f"[yellow]skipped[/yellow] {f.path}: {f.reason}" + (f" (stage {f.stage})" if f.stage != "read" else ""), highlight=False)


# Reading options shared by extract and ingest
PublishedOpt = Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for documents that carry none.")]
TextFieldOpt = Annotated[Optional[str], typer.Option(help="JSONL: the field with the article text (dotted for nested fields, e.g. doc.body).")]
DateFieldOpt = Annotated[Optional[str], typer.Option(help="JSONL: the field with the publication date.")]
TitleFieldOpt = Annotated[Optional[str], typer.Option(help="JSONL: the field with the title.")]
UrlFieldOpt = Annotated[Optional[str], typer.Option(help="JSONL: the field with the URL.")]
HomeCountryOpt = Annotated[Optional[str], typer.Option(
    metavar="COUNTRY", show_default=False,
    help="The country of the outlet the documents come from (a code such as GBR, or a name), for those whose "
         "site or URL does not tell it: bodies that a story names without a country (\"MPs\", \"ministers\", "
         "\"the police\") are then that country's when the story names no other.")]
MaxMbOpt = Annotated[float, typer.Option(min=0.001, help="Largest single document read (a page, file, JSONL line or WARC record), in MB.")]
FetchOpt = Annotated[bool, typer.Option("--fetch/--no-fetch", help="Fetch the pages that feed entries link to (--no-fetch: use the entries' summaries).")]
TimeoutOpt = Annotated[float, typer.Option(min=0.1, help="Seconds to wait for a web server before retrying.")]
DaskOpt = Annotated[Optional[str], typer.Option(
    "--dask", metavar="ADDRESS", show_default=False,
    help="Parse on a Dask cluster: a scheduler address (tcp://host:8786, from `dask scheduler`) or 'local' for "
         "--processes workers on this machine; each worker loads the model once, this process reads and writes.")]


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Text (.txt/.md, optional front matter), HTML, JSONL (.jsonl, .jsonl.gz), JSON (an article or a list of them), WARC (.warc, .warc.gz) or RSS/Atom files, folders, http(s) URLs of pages or feeds, or - for standard input.", show_default=False)],
    published: PublishedOpt = None,
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="jsonl: one JSON event per line; table: a readable table.")] = EventFormat.jsonl,
    text_field: TextFieldOpt = None,
    date_field: DateFieldOpt = None,
    title_field: TitleFieldOpt = None,
    url_field: UrlFieldOpt = None,
    home_country: HomeCountryOpt = None,
    language: Annotated[str, typer.Option(help="Languages to analyse: ISO 639-1 codes, comma-separated, or 'all'. Documents in others are skipped with a note.")] = "en",
    processes: Annotated[int, typer.Option(min=1, help="Worker processes for parsing; each loads the model once.")] = 1,
    dask: DaskOpt = None,
    max_mb: MaxMbOpt = 20.0,
    fetch: FetchOpt = True,
    timeout: TimeoutOpt = 15.0,
) -> None:
    """Run the pipeline on files, folders, URLs or standard input and print the events found;
    nothing is stored.

    Example: diplograph extract article.txt --published 2025-06-20 --format table

    On a Dask cluster: diplograph extract articles/ --dask tcp://10.0.0.5:8786
    """
    from dataclasses import replace

    from diplograph.ingest import ReadOptions
    from diplograph.jobs import extract as run_extract
    from diplograph.jobs import parse_languages
    from diplograph.types import Failure

    pub = _date(published, "--published")
    try:
        languages = parse_languages(language)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--language") from None
    options = ReadOptions(published=pub, text_field=text_field, date_field=date_field, title_field=title_field,
                          url_field=url_field, home_country=_home_country(home_country), max_bytes=int(max_mb * 1e6),
                          fetch_links=fetch)
    options = replace(options, fetch=replace(options.fetch, timeout=timeout))
    failures, events, docs, undated, skipped = [], [], 0, [], []
    try:
        for item in run_extract(files, options=options, processes=processes, languages=languages, dask=dask):
            if isinstance(item, Failure):
                failures.append(item)
                continue
            docs += 1
            if languages is not None and item.language not in languages:
                skipped.append(item)
                continue
            if item.published is None:
                undated.append(item.path)
            for ev in item.events:
                if format is EventFormat.jsonl:
                    out.out(dumps(ev.as_dict()), highlight=False)
                else:
                    events.append(ev.as_dict())
    except DiplographError as exc:
        _fail(str(exc))
    if format is EventFormat.table:
        table = Table(show_lines=True)
        for col in ("date", "type", "mode", "cameo", "source", "target", "modality"):
            table.add_column(col, no_wrap=True)
        table.add_column("sentence", min_width=40)
        for e in events:
            table.add_row(e["date"] or "-", e["type"], e["mode"] or "", e["cameo"] or "", _actor_text(e["source"]),
                          _actor_text(e["target"]), e["modality"], _clip(e["sentence"]))
        out.print(table)
        err.print(f"{len(events)} events from {docs} documents", highlight=False)
    for path in undated[:3]:
        err.print(f"[yellow]note[/yellow] {path}: no publication date; relative dates are unresolved and events are undated (pass --published YYYY-MM-DD)", highlight=False)
    if len(undated) > 3:
        err.print(f"[yellow]note[/yellow] {len(undated) - 3} more documents have no publication date (pass --published YYYY-MM-DD)", highlight=False)
    for doc in skipped[:3]:
        err.print(f"[yellow]note[/yellow] {doc.path}: language {doc.language}, not analysed (--language {language})", highlight=False)
    if len(skipped) > 3:
        err.print(f"[yellow]note[/yellow] {len(skipped) - 3} more documents in other languages were not analysed", highlight=False)
    _report_failures(failures)
    if failures:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, http(s) URLs of pages or feeds, or - for standard input (text, HTML, JSONL, JSON, WARC, RSS/Atom).", show_default=False)],
    db: Annotated[Path, typer.Option(help="DuckDB file to write (created if missing).")] = Path(DEFAULT_DB),
    published: PublishedOpt = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents parsed and stored per batch.")] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    text_field: TextFieldOpt = None,
    date_field: DateFieldOpt = None,
    title_field: TitleFieldOpt = None,
    url_field: UrlFieldOpt = None,
    home_country: HomeCountryOpt = None,
    language: Annotated[str, typer.Option(help="Languages to analyse: ISO 639-1 codes, comma-separated, or 'all'. Documents in others are stored without analysis.")] = "en",
    processes: Annotated[int, typer.Option(min=1, help="Worker processes for parsing; each loads the model once. The database is written by this process.")] = 1,
    dask: DaskOpt = None,
    max_mb: MaxMbOpt = 20.0,
    fetch: FetchOpt = True,
    timeout: TimeoutOpt = 15.0,
) -> None:
    """Store documents, actor mentions, temporal expressions and events in DuckDB.

    Running it again on the same files stores nothing twice, and after an interruption (even
    kill -9) it finishes the job; bad files are reported, recorded in the failures table, and
    skipped.

    Example: diplograph ingest news/ --db news.duckdb

    On a Dask cluster: diplograph ingest news/ --db news.duckdb --dask tcp://10.0.0.5:8786
    """
    from dataclasses import replace

    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from diplograph.ingest import ReadOptions
    from diplograph.jobs import describe_languages, parse_languages
    from diplograph.jobs import ingest as run_ingest

    pub = _date(published, "--published")
    try:
        languages = parse_languages(language)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--language") from None
    options = ReadOptions(published=pub, text_field=text_field, date_field=date_field, title_field=title_field,
                          url_field=url_field, home_country=_home_country(home_country), max_bytes=int(max_mb * 1e6),
                          fetch_links=fetch)
    options = replace(options, fetch=replace(options.fetch, timeout=timeout))
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=err, disable=quiet or not err.is_terminal, transient=True) as bar:
            task = bar.add_task("reading")

            def show(s) -> None:
                bar.update(task, description=f"{s.files} files, {s.documents} documents, {s.new} new, {len(s.failures)} failed")

            summary = run_ingest(paths, db=db, options=options, batch_size=batch_size, processes=processes,
                                 languages=languages, progress=show, dask=dask)
    except DiplographError as exc:
        _fail(str(exc))
    _report_failures(summary.failures)
    out.print(
        f"{summary.files} files, {summary.documents} documents: {summary.new} new, "
        f"{summary.duplicates} already stored, {len(summary.failures)} failed; {summary.events} events stored in {db}",
        highlight=False,
    )
    if summary.near_duplicates:
        out.print(f"{summary.near_duplicates} near-duplicates of stored documents linked, not analysed again "
                  f"(table duplicates)", highlight=False)
    if summary.published_applied:
        out.print(f"--published {pub} applied to {summary.published_applied} documents without a date", highlight=False)
    if summary.no_published:
        err.print(f"[yellow]note[/yellow] {summary.no_published} documents have no publication date; pass --published YYYY-MM-DD", highlight=False)
    if summary.other_languages:
        n = sum(summary.other_languages.values())
        err.print(f"[yellow]note[/yellow] {n} documents in other languages ({describe_languages(summary.other_languages)}) "
                  f"were stored without analysis (--language {language})", highlight=False)
    if summary.summary_only:
        err.print(f"[yellow]note[/yellow] {summary.summary_only} feed entries were read from the feed's summary because "
                  f"their page could not be fetched or read (quality flag feed-summary-only)", highlight=False)
    if summary.failures:
        raise typer.Exit(1)


def _open(db: Path):
    from diplograph.store import Store

    try:
        return Store(db, read_only=True)
    except DiplographError as exc:
        _fail(str(exc))


def _print_rows(cols: list[str], rows: list[tuple], format: TableFormat, title: str | None = None) -> None:
    from diplograph.store import to_json

    if format is TableFormat.json:
        out.out(json.dumps(to_json(cols, rows), ensure_ascii=False, indent=1, default=str), highlight=False)
    elif format is TableFormat.csv:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(cols)
        w.writerows(rows)
        out.out(buf.getvalue().rstrip("\n"), highlight=False)
    else:
        table = Table(*cols, title=title)
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r))
        out.print(table)


def _actor(value: Optional[str], option: str) -> Optional[str]:
    """An actor given on the command line, as a code or a name ("Iran", "the Kremlin"), as its code."""
    from diplograph.errors import FilterError
    from diplograph.query import check_code

    try:
        return check_code(value, option)
    except FilterError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


@app.command()
def events(
    db: Annotated[Path, typer.Option(help="DuckDB file to read.")] = Path(DEFAULT_DB),
    actor: Annotated[Optional[str], typer.Option(help="Actor code or prefix, e.g. IRN or RUSGOV, or a name: Iran, \"the Kremlin\".")] = None,
    dyad: Annotated[Optional[str], typer.Option(help="Two actor codes or names, comma-separated: IRN,RUS or Iran,Russia (either direction).")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. AGREE.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Earliest event date, YYYY[-MM[-DD]].")] = None,
    until: Annotated[Optional[str], typer.Option(help="Latest event date, YYYY[-MM[-DD]].")] = None,
    modality: Annotated[str, typer.Option(help="asserted (default), negated, hedged, hypothetical, future, claimed, or all.")] = "asserted",
    limit: Annotated[int, typer.Option(min=1, help="At most this many events.")] = 50,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """List stored events, newest first, filtered by actor, dyad, type, dates and modality.

    Example: diplograph events --dyad IRN,RUS --type AGREE --since 2025
    """
    from diplograph.errors import FilterError
    from diplograph.query import check_modality, check_partial_date, list_events, parse_dyad

    try:
        pair = parse_dyad(dyad, "--dyad")
        actor = _actor(actor, "--actor")
        s, u = check_partial_date(since, "--since"), check_partial_date(until, "--until")
        check_modality(modality, "--modality")
    except FilterError as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.option) from None
    with _open(db) as store:
        cols, rows = list_events(store, actor=actor, dyad=pair, type=type, since=s, until=u, modality=modality, limit=limit)
    if format is TableFormat.table:
        table = Table(show_lines=True)
        for col in cols[:-1]:
            table.add_column(col, no_wrap=True)
        table.add_column("sentence", min_width=40)
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r[:-1]), _clip(r[-1]))
        out.print(table)
        return
    _print_rows(cols, rows, format)


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First actor: a code or prefix (e.g. IRN) or a name (Iran).", show_default=False)],
    b: Annotated[str, typer.Argument(help="Second actor: a code or prefix (e.g. RUS) or a name (Russia).", show_default=False)],
    db: Annotated[Path, typer.Option(help="DuckDB file to read.")] = Path(DEFAULT_DB),
    by: Annotated[Period, typer.Option(help="Group by month or year.")] = Period.month,
    since: Annotated[Optional[str], typer.Option(help="Earliest event date, YYYY[-MM[-DD]].")] = None,
    until: Annotated[Optional[str], typer.Option(help="Latest event date, YYYY[-MM[-DD]].")] = None,
    top: Annotated[int, typer.Option(min=0, help="How many most cooperative and most conflictual events to show.")] = 10,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """How a relationship moves: asserted events between A and B (both directions) by period,
    per quad class, with Goldstein sums, and the most cooperative and conflictual events.

    Example: diplograph dyad IRN RUS --by year
    """
    from diplograph.analysis import dyad_report
    from diplograph.query import absent_codes

    a, b = _actor(a, "A"), _actor(b, "B")
    with _open(db) as store:
        report = dyad_report(store, a, b, by=by.value, top=top, since=since, until=until)
        unknown = [] if report.series else absent_codes(store, (a, b))
    if format is TableFormat.json:
        out.out(dumps(report.as_dict()), highlight=False)
        return
    if format is TableFormat.csv:
        cols = list(report.series[0]) if report.series else ["period", "events"]
        _print_rows(cols, [tuple(r.values()) for r in report.series], format)
        return
    print_dyad(report)
    if unknown:
        err.print(f"[yellow]note[/yellow] no stored event has an actor whose code starts with "
                  f"{' or '.join(unknown)} (diplograph actor NAME shows how a name reads)", highlight=False)


SERIES_HEADERS = {
    "period": "period", "events": "events", "verbal_coop": "verbal\ncoop", "material_coop": "material\ncoop",
    "verbal_conflict": "verbal\nconflict", "material_conflict": "material\nconflict",
    "goldstein_sum": "Goldstein\nsum", "goldstein_mean": "Goldstein\nmean",
}


def print_dyad(report) -> None:
    if not report.series:
        out.print(f"No asserted events between {report.a} and {report.b}.")
        return
    table = Table(title=f"{report.a}–{report.b}: asserted events by {report.by}")
    for col in report.series[0]:
        table.add_column(SERIES_HEADERS.get(col, col), justify="left" if col == "period" else "right")
    for r in report.series:
        table.add_row(*("" if v is None else str(v) for v in r.values()))
    out.print(table)
    if report.undated:
        why = "undated, or dated to the year only" if report.by == "month" else "undated, or dated to a decade"
        out.print(f"{report.total} events in all; {report.undated} have no {report.by} ({why}).", highlight=False)
    for label, items in (("Most cooperative", report.cooperative), ("Most conflictual", report.conflictual)):
        if not items:
            continue
        table = Table(title=f"{label} events", show_lines=True)
        for col in ("date", "type", "Goldstein", "actors"):
            table.add_column(col, no_wrap=True)
        table.add_column("evidence", min_width=40)
        for e in items:
            arrow = "↔" if e["mutual"] else "→"
            table.add_row(e["date"] or "-", e["type"], f"{e['goldstein']:+.1f}",
                          f"{e['source_code'] or '?'} {arrow} {e['target_code'] or '?'}",
                          f"{_clip(e['sentence'], 200)}\n[dim]{e['title'] or e['path']}[/dim]")
        out.print(table)


@app.command()
def actor(
    text: Annotated[str, typer.Argument(help="A phrase, e.g. \"the Kremlin\" or \"Iran's foreign minister\".", show_default=False)],
    on: Annotated[Optional[str], typer.Option("--date", help="Resolve as of this date (YYYY-MM-DD), strictly: a person out of office that day is "
                                                       "the country only. Without a date: the office held now, or a person's latest office.")] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """How a phrase resolves to an actor code on a date.

    Example: diplograph actor "Donald Trump" --date 2019-05-01
    """
    from diplograph.actors import resolve_phrase
    from diplograph.actors.resolve import office_of

    day = _date(on, "--date")
    a = resolve_phrase(text, day=day)
    d = None if a is None else {"code": a.code, "country": a.country, "sector": a.sector, "entity": a.entity}
    if format is TableFormat.json:
        out.out(json.dumps(d, ensure_ascii=False), highlight=False)
    elif d is None:
        out.print(f"{text!r} is not a known actor")
    else:
        term = office_of(a, day=day)
        rows = dict(d)
        if term is not None:  # the office behind a person's code, with its dates
            rows["office"] = f"{term.role or term.sector} ({term.valid_from or '?'} to {term.valid_to or 'now'})"
        _print_rows(list(rows), [tuple(rows.values())], format)


@app.command()
def timex(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.", show_default=False)],
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) to resolve relative expressions.")] = None,
    format: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.jsonl,
) -> None:
    """Print the temporal expressions in a text, normalized against the publication date.

    Example: echo "Three years ago, on Tuesday" | diplograph timex - --published 2025-06-20
    """
    from diplograph import nlp
    from diplograph.time import find
    from diplograph.types import Document, content_id

    pub = _date(published, "--published")
    if file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            _fail(f"{file}: {exc}")
    doc = Document(id=content_id(text), text=text, published=pub)
    (doc,) = nlp.parse([doc])
    doc = find(doc)
    rows = [(t.start, t.end, t.text, t.type, t.value, t.precision) for t in doc.timexes]
    cols = ["start", "end", "text", "type", "value", "precision"]
    if format is EventFormat.jsonl:
        for r in rows:
            out.out(json.dumps(dict(zip(cols, r)), ensure_ascii=False), highlight=False)
    else:
        _print_rows(cols, rows, TableFormat.table)


@app.command()
def demo(
    db: Annotated[Path, typer.Option(help="DuckDB file to write.")] = Path(DEFAULT_DB),
) -> None:
    """Ingest the bundled sample corpus and print the Iran–Russia relationship.

    Example: diplograph demo
    """
    from importlib import resources

    from diplograph.analysis import dyad_report
    from diplograph.jobs import ingest as run_ingest
    from diplograph.store import Store

    with resources.as_file(resources.files("diplograph").joinpath("data", "sample")) as sample:
        summary = run_ingest([sample], db=db)
    out.print(f"Sample corpus: {summary.documents} documents ({summary.new} new), {summary.events} new events, stored in {db}", highlight=False)
    _report_failures(summary.failures)
    with Store(db, read_only=True) as store:
        print_dyad(dyad_report(store, "IRN", "RUS"))


eval_app = typer.Typer(
    help="Measure diplograph against gold sets (read in place from ../shared).\n\n"
    "Example: diplograph eval timex ../shared/eval/te3",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")


def _print_report(report, format: TableFormat, misses: int) -> None:
    if format is TableFormat.json:
        data = report.as_dict()
        # --misses bounds the list in JSON too (a held-out set's misses stay unseen with --misses 0)
        data["misses_total"] = len(data["misses"])
        data["misses"] = data["misses"][:misses]
        out.out(dumps(data), highlight=False)
        return
    if format is TableFormat.csv:  # the headline metrics alone, one a row, for a spreadsheet
        _print_rows(["metric", "value"], list(report.metrics.items()), TableFormat.csv)
        return
    out.print(f"[bold]{report.title}[/bold]")
    table = Table("metric", "value")
    for k, v in report.metrics.items():
        table.add_row(k, f"{v:.3f}" if isinstance(v, float) else str(v))
    out.print(table)
    for title, cols, rows in report.tables:
        _print_rows(cols, rows, TableFormat.table, title=title)
    if report.misses and misses:
        out.print(f"Misses ({min(misses, len(report.misses))} of {len(report.misses)}):")
        for m in report.misses[:misses]:
            out.print(f"  {m}", highlight=False)


def _run_eval(module: str, path: Path, format: TableFormat, misses: int, **options) -> None:
    import importlib

    mod = importlib.import_module(f"diplograph.evaluation.{module}")
    try:
        report = mod.run(path, **options)
    except DiplographError as exc:
        _fail(str(exc))
    _print_report(report, format, misses)


MissesOpt = Annotated[int, typer.Option("--misses", min=0, help="How many misses to list (in table and json output; json also gives misses_total).")]
FormatOpt = Annotated[TableFormat, typer.Option("--format", "-f", help="table, json or csv (csv: the metrics alone).")]


@eval_app.command("timex")
def eval_timex(
    path: Annotated[Path, typer.Argument(help="The TempEval-3 folder (with platinum/).")] = Path("../shared/eval/te3"),
    format: FormatOpt = TableFormat.table,
    misses: MissesOpt = 30,
) -> None:
    """Temporal expressions against TempEval-3 platinum: strict and relaxed span F1, type
    accuracy, value F1 and accuracy.

    Example: diplograph eval timex ../shared/eval/te3
    """
    _run_eval("timex", path, format, misses)


@eval_app.command("actors")
def eval_actors(
    path: Annotated[Path, typer.Argument(help="NGEC actor resolution tests (JSONL).")] = Path("../shared/eval/ngec-actors/NGEC_actor_resolution_tests.jsonl"),
    format: FormatOpt = TableFormat.table,
    misses: MissesOpt = 30,
    plover: Annotated[Optional[Path], typer.Option("--plover", help="Score the actor slots of this PLOVER-GSR JSON file (or JSON lines of "
                                                      "one-event sentences, see eval events) instead.")] = None,
    split: Annotated[str, typer.Option("--split", help="all, dev (the half whose misses are read while developing) "
                                        "or held-out (the half only measured).")] = "all",
) -> None:
    """Actor coding against the NGEC actor-resolution cases, or (with --plover) the actor
    slots of PLOVER-GSR: country and full-code accuracy.

    Example: diplograph eval actors ../shared/eval/ngec-actors/NGEC_actor_resolution_tests.jsonl --split dev
    """
    from diplograph.evaluation.plover_gsr import SPLITS

    if split not in SPLITS:
        raise typer.BadParameter(f"unknown split {split!r}; choose from {', '.join(SPLITS)}", param_hint="--split")
    if plover:
        from diplograph.evaluation.actors import run_plover_slots

        try:
            report = run_plover_slots(plover, split=split)
        except DiplographError as exc:
            _fail(str(exc))
        _print_report(report, format, misses)
        return
    _run_eval("actors", path, format, misses, split=split)


@eval_app.command("extraction")
def eval_extraction(
    path: Annotated[Path, typer.Argument(help="The ScrapingHub benchmark folder (ground-truth.json, html/).")] = Path("../shared/eval/extraction/scrapinghub_aeb"),
    format: FormatOpt = TableFormat.table,
    misses: MissesOpt = 30,
) -> None:
    """Article extraction against the ScrapingHub benchmark: shingle precision, recall and F1,
    ours beside trafilatura alone and the published peers.

    Example: diplograph eval extraction ../shared/eval/extraction/scrapinghub_aeb
    """
    _run_eval("extraction", path, format, misses)


@eval_app.command("events")
def eval_events(
    suite: Annotated[str, typer.Argument(help="plover-gsr, petrarch, petrarch-units, case2021, modality or realnews "
                                              "(sentences annotated by hand).")],
    path: Annotated[Optional[list[Path]], typer.Argument(
        help="The gold file or folder (default: its place in ../shared); realnews takes several files, "
             "scored as one pooled set.")] = None,
    format: FormatOpt = TableFormat.table,
    misses: MissesOpt = 30,
    split: Annotated[str, typer.Option("--split", help="plover-gsr and petrarch-units only: all, dev (the half whose "
                                        "misses are read while developing) or held-out (the half only measured).")] = "all",
    corpora: Annotated[Path, typer.Option("--corpora", help="realnews only: the folder the gold file's corpus "
                                          "pointers are relative to.")] = Path("../shared/corpora"),
    actors: Annotated[Optional[Path], typer.Option("--actors", help="petrarch-units only: the set's actor dictionary, "
                                                   "known to the resolver for this run only (default: "
                                                   "PETR.Validate.actors.txt beside the records).")] = None,
) -> None:
    """Event coding against a gold set: type precision, recall and F1, dyads, modality.

    Example: diplograph eval events plover-gsr ../shared/eval/plover-gsr/PLOVER_GSR_CAMEO.json --split held-out

    Example: diplograph eval events petrarch-units ../shared/eval/petrarch/PETR.UnitTest.records.jsonl --split dev

    Example: diplograph eval events realnews tests/fixtures/realnews/heldout.jsonl --corpora ../shared/corpora

    Example (pooled): diplograph eval events realnews tests/fixtures/realnews/heldout.jsonl tests/fixtures/realnews/heldout2.jsonl

    plover-gsr also scores a file of your own one-event sentences, one JSON object a line:
    {"text": ..., "type": "ACCUSE", "trigger": "accused", "source": "ISR", "target": "PSE"}
    (optional: source_text, source_code, target_text, target_code, date, id).
    """
    modules = {"plover-gsr": "plover_gsr", "petrarch": "petrarch", "petrarch-units": "petrarch_units",
               "case2021": "case2021", "modality": "modality", "realnews": "realnews"}
    if suite not in modules:
        raise typer.BadParameter(f"unknown suite {suite!r}; choose from {', '.join(modules)}", param_hint="SUITE")
    import importlib

    mod = importlib.import_module(f"diplograph.evaluation.{modules[suite]}")
    options = {}
    if split != "all":
        if suite not in ("plover-gsr", "petrarch-units"):
            raise typer.BadParameter("only the plover-gsr and petrarch-units suites have dev and held-out halves",
                                     param_hint="--split")
        if split not in mod.SPLITS:
            raise typer.BadParameter(f"unknown split {split!r}; choose from {', '.join(mod.SPLITS)}", param_hint="--split")
        options["split"] = split
    if actors is not None:
        if suite != "petrarch-units":
            raise typer.BadParameter("only the petrarch-units suite reads an actor dictionary", param_hint="--actors")
        options["actors"] = actors
    paths = list(path or [])
    if len(paths) > 1 and suite != "realnews":
        raise typer.BadParameter("only the realnews suite scores several gold files at once", param_hint="PATH")
    if suite == "realnews":
        options["corpora"] = corpora
        _run_eval(modules[suite], paths or [Path(mod.DEFAULT_PATH)], format, misses, **options)
        return
    _run_eval(modules[suite], paths[0] if paths else Path(mod.DEFAULT_PATH), format, misses, **options)


class _Context:
    """What command modules in diplograph.commands use to print like the rest of the CLI."""

    out = out
    err = err
    TableFormat = TableFormat
    EventFormat = EventFormat
    DaskOpt = DaskOpt

    @staticmethod
    def fail(message: str, code: int = 1) -> None:
        _fail(message, code)

    @staticmethod
    def print_rows(cols, rows, format, title=None) -> None:
        _print_rows(cols, rows, format, title=title)

    @staticmethod
    def parse_date(value, option):
        return _date(value, option)

    @staticmethod
    def open_store(db):
        return _open(db)

    @staticmethod
    def actor(value, option):
        return _actor(value, option)

    clip = staticmethod(_clip)
    report_failures = staticmethod(_report_failures)


from diplograph.commands import register_all  # noqa: E402

register_all(app, _Context)


def main() -> None:
    try:
        app()
    except DiplographError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
