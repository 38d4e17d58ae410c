"""`diplograph actors`: browse the actor dictionaries."""

from typing import Annotated, Optional

import typer


def register(app, ctx) -> None:
    @app.command("actors")
    def actors(
        list_: Annotated[bool, typer.Option("--list", help="List dictionary entries (the default).")] = True,
        kind: Annotated[Optional[str], typer.Option(help="Only this kind: country, adjective, demonym, capital, city, region, seat, group, igo, person, sector.")] = None,
        query: Annotated[Optional[str], typer.Option("--query", "-q", help="Only entries whose pattern, code or entity contains this text.")] = None,
        on: Annotated[Optional[str], typer.Option("--date", help="Only people in office on this date (YYYY-MM-DD).")] = None,
        limit: Annotated[int, typer.Option(min=1, help="At most this many rows.")] = 50,
        format: Annotated[ctx.TableFormat, typer.Option("--format", "-f")] = ctx.TableFormat.table,
    ) -> None:
        """List the actor dictionaries: names, codes, and the dates roles held.

        Example: diplograph actors --list --kind person --query IRN --date 2025-06-20
        """
        from diplograph.actors import KINDS, list_entries

        if kind and kind not in KINDS:
            raise typer.BadParameter(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}", param_hint="--kind")
        rows = list_entries(kind, query, day=ctx.parse_date(on, "--date"))
        cols = ["kind", "pattern", "code", "entity", "role", "valid_from", "valid_to"]
        ctx.print_rows(cols, [tuple(r.get(c) for c in cols) for r in rows[:limit]], format)
        if len(rows) > limit and format is ctx.TableFormat.table:
            ctx.err.print(f"{len(rows)} entries; showing {limit} (use --limit)", highlight=False)
