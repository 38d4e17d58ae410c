"""``agreements``, ``brief``, ``network`` and ``export``: thin commands over
diplograph.analysis and diplograph.export."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from diplograph.store import DEFAULT_DB


class AgreementFormat(str, Enum):
    table = "table"
    json = "json"


class BriefFormat(str, Enum):
    md = "md"
    html = "html"


class NetworkFormat(str, Enum):
    graphml = "graphml"
    json = "json"


class Level(str, Enum):
    country = "country"
    actor = "actor"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    gdelt = "gdelt"
    plover = "plover"


def _partial_date(value: Optional[str], option: str) -> Optional[str]:
    from diplograph.errors import FilterError
    from diplograph.query import check_partial_date

    try:
        return check_partial_date(value, option)
    except FilterError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


def _modality(value: Optional[str]) -> Optional[str]:
    from diplograph.errors import FilterError
    from diplograph.query import check_modality

    try:
        return check_modality(value, "--modality")
    except FilterError as exc:
        raise typer.BadParameter(str(exc), param_hint="--modality") from None


def _obligations(ag) -> str:
    yes = [o.name.replace("_", " ") for o in ag.obligations if o.present]
    no = [o.name.replace("_", " ") for o in ag.obligations if not o.present]
    parts = []
    if yes:
        parts.append(", ".join(yes))
    if no:
        parts.append("not: " + ", ".join(no))
    return "; ".join(parts) or "-"


def register(app: typer.Typer, ctx) -> None:
    @app.command("agreements")
    def agreements(
        a: Annotated[Optional[str], typer.Argument(help="An actor code or prefix (e.g. IRN) or a name (Iran): agreements it is party to.", show_default=False)] = None,
        b: Annotated[Optional[str], typer.Argument(help="A second actor: agreements between A and B.", show_default=False)] = None,
        db: Annotated[Path, typer.Option(help="DuckDB file to read.")] = Path(DEFAULT_DB),
        format: Annotated[AgreementFormat, typer.Option("--format", "-f", help="table, or json with every source.")] = AgreementFormat.table,
    ) -> None:
        """Agreements recognised in the events (treaties, pacts, partnerships, deals, memoranda,
        ceasefires): parties, name, kind, obligations, and the dates of signing, ratification by
        each party and entry into force, each with its sources.

        Example: diplograph agreements IRN RUS
        """
        from diplograph.analysis import find_agreements

        a, b = ctx.actor(a, "A"), ctx.actor(b, "B")
        with ctx.open_store(db) as store:
            found = find_agreements(store, a, b)
        if format is AgreementFormat.json:
            ctx.out.out(json.dumps([ag.as_dict() for ag in found], ensure_ascii=False, indent=1, default=str), highlight=False)
            return
        if not found:
            who = " and ".join(x for x in (a, b) if x) or "any actors"
            ctx.out.print(f"No agreements recognised for {who}.", highlight=False)
            return
        from rich.table import Table

        for ag in found:
            table = Table(title=ag.name, title_justify="left", show_header=False, box=None, padding=(0, 2, 0, 0))
            table.add_column("field", style="bold", no_wrap=True)
            table.add_column("value", overflow="fold")
            signed = (ag.signed.date or f"date not given (reported {ag.signed.reported})") if ag.signed else "-"
            table.add_row("kind", ag.kind or "-")
            table.add_row("parties", ", ".join(ag.parties))
            table.add_row("signed", signed)
            for r in ag.ratifications:
                steps = "; ".join(f"{st.date}" + (f" {', '.join(st.actors)}" if st.actors else "") for st in r.steps)
                table.add_row(f"ratified {r.party}", (r.date or "?") + (f" ({steps})" if len(r.steps) > 1 else ""))
            table.add_row("in force", (ag.entry_into_force.date or "?") if ag.entry_into_force else "-")
            if ag.withdrawal:
                table.add_row("withdrawal", ag.withdrawal.date or "?")
            table.add_row("obligations", _obligations(ag))
            n_docs = len({c.doc_id for c in ag.sources})
            table.add_row("sources", f"{len(ag.sources)} sentence{'s' * (len(ag.sources) != 1)} in "
                                     f"{n_docs} document{'s' * (n_docs != 1)}")
            ctx.out.print(table)
            ctx.out.print()
        ctx.out.print(f"{len(found)} agreement{'s' * (len(found) != 1)}; --format json lists every source sentence.", highlight=False)

    @app.command("brief")
    def brief(
        a: Annotated[str, typer.Argument(help="First actor: a code or prefix (e.g. IRN) or a name (Iran).", show_default=False)],
        b: Annotated[str, typer.Argument(help="Second actor: a code or prefix (e.g. RUS) or a name (Russia).", show_default=False)],
        db: Annotated[Path, typer.Option(help="DuckDB file to read.")] = Path(DEFAULT_DB),
        since: Annotated[Optional[str], typer.Option(help="Only events from this date, YYYY[-MM[-DD]] (undated ones are left out).")] = None,
        until: Annotated[Optional[str], typer.Option(help="Only events up to this date, YYYY[-MM[-DD]].")] = None,
        format: Annotated[BriefFormat, typer.Option("--format", "-f", help="md (Markdown) or html (one self-contained page).")] = BriefFormat.md,
        out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of standard output.")] = None,
    ) -> None:
        """Write a brief on the relationship between A and B: headline numbers, a chart over
        time, a timeline of key events, agreements, a section per dimension, frictions and
        limits, quotes, and a numbered citation for every line.

        Example: diplograph brief IRN RUS --format html --out iran-russia.html
        """
        from diplograph.analysis.brief import build_brief, render_html, render_markdown

        s, u = _partial_date(since, "--since"), _partial_date(until, "--until")
        a, b = ctx.actor(a, "A"), ctx.actor(b, "B")
        with ctx.open_store(db) as store:
            report = build_brief(store, a, b, since=s, until=u)
        if not report.citations:
            ctx.fail(f"no events between {a.upper()} and {b.upper()} in {db}" + (" in that period" if s or u else ""))
        text = render_html(report) if format is BriefFormat.html else render_markdown(report)
        if out is None:
            ctx.out.out(text, highlight=False, end="")
            return
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        ctx.out.print(f"Wrote {out}: {len(report.citations)} sources cited, chart embedded.", highlight=False)

    @app.command("network")
    def network(
        db: Annotated[Path, typer.Option(help="DuckDB file to read.")] = Path(DEFAULT_DB),
        since: Annotated[Optional[str], typer.Option(help="Earliest event date, YYYY[-MM[-DD]].")] = None,
        until: Annotated[Optional[str], typer.Option(help="Latest event date, YYYY[-MM[-DD]].")] = None,
        level: Annotated[Level, typer.Option(help="Nodes per country (RUS) or per actor code (RUSGOV).")] = Level.country,
        modality: Annotated[str, typer.Option(help="asserted (default), negated, hedged, hypothetical, future, claimed, or all.")] = "asserted",
        format: Annotated[NetworkFormat, typer.Option("--format", "-f", help="graphml (Gephi, yEd, networkx) or json (nodes and edges).")] = NetworkFormat.graphml,
        out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of standard output.")] = None,
    ) -> None:
        """The directed network of actors, each edge weighted by the events from one to the
        other: counts of cooperation and conflict, Goldstein sums, cooperation and conflict
        weights.

        Example: diplograph network --since 2022 --format graphml --out relations.graphml
        """
        from diplograph.analysis.network import build_network, to_graphml

        s, u = _partial_date(since, "--since"), _partial_date(until, "--until")
        with ctx.open_store(db) as store:
            net = build_network(store, since=s, until=u, modality=_modality(modality), level=level.value)
        text = to_graphml(net) if format is NetworkFormat.graphml else json.dumps(net.as_dict(), ensure_ascii=False, indent=1)
        if out is None:
            ctx.out.out(text.rstrip("\n"), highlight=False)
            return
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        ctx.out.print(f"Wrote {out}: {len(net.nodes)} actors, {len(net.edges)} directed edges.", highlight=False)

    @app.command("export")
    def export(
        format: Annotated[ExportFormat, typer.Option("--format", "-f", help="parquet (partitioned by month), csv, gdelt (GDELT-style TSV) or plover (PLOVER JSON lines).")],
        out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write into (created if needed).")] = Path("export"),
        db: Annotated[Path, typer.Option(help="DuckDB file to read.")] = Path(DEFAULT_DB),
        modality: Annotated[Optional[str], typer.Option(help="Which events: asserted, negated, hedged, hypothetical, future, claimed or all (default: asserted for gdelt, all otherwise).")] = None,
    ) -> None:
        """Export the stored events for other tools: Parquet partitioned by month, CSV, a
        GDELT-style TSV (one row per event, with mention, source and article counts) or PLOVER
        JSON lines.

        Example: diplograph export --format gdelt --out export/
        """
        from diplograph.errors import DiplographError
        from diplograph.export import export as run_export

        with ctx.open_store(db) as store:
            try:
                result = run_export(store, format.value, out, modality=_modality(modality))
            except DiplographError as exc:
                ctx.fail(str(exc))
        where = result.files[0] if len(result.files) == 1 else f"{len(result.files)} files under {out}"
        ctx.out.print(f"Exported {result.rows} rows as {result.format} to {where}", highlight=False)
