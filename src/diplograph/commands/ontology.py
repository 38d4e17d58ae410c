"""`diplograph ontology`: what the event codes mean and which words give them.

Analysts who compare diplograph with ICEWS, GDELT or POLECAT need the coding rules at hand: the 16
PLOVER types with what a promised or refused act becomes, the CAMEO codes under each with their
Goldstein values, and the trigger words. All of it is read from data/ontology/*.csv, the same
files the coder reads, so what this prints is what the coder does."""

from typing import Annotated, Optional

import typer


def type_rows(onto) -> list[tuple]:
    """One row per PLOVER type: quad class, default CAMEO code, how many CAMEO codes and trigger
    rows lead to it, what a future or refused act of the type is read as, and our description."""
    codes, triggers = _counts(onto)
    return [(t.name, t.quad_class, t.default_cameo, codes.get(t.name, 0), triggers.get(t.name, 0),
             t.future_as, t.refused_as, "yes" if t.actorless else "", t.description)
            for t in onto.types.values()]


def _counts(onto) -> tuple[dict[str, int], dict[str, int]]:
    codes: dict[str, int] = {}
    for c in onto.cameo.values():
        if c.plover_type:
            codes[c.plover_type] = codes.get(c.plover_type, 0) + 1
    triggers: dict[str, int] = {}
    for trig in all_triggers(onto):
        triggers[trig.type] = triggers.get(trig.type, 0) + 1
    return codes, triggers


def all_triggers(onto) -> list:
    """Every trigger row, verbs then nouns, in pattern order."""
    rows = [t for group in onto.verbs.values() for t in group] + [t for group in onto.nouns.values() for t in group]
    return sorted(rows, key=lambda t: (t.pos != "VERB", t.pattern))


def cameo_rows(onto, type_name: str) -> list[tuple]:
    return [(c.code, c.name, c.goldstein, c.quad_class, c.plover_mode)
            for c in sorted(onto.cameo.values(), key=lambda c: c.code) if c.plover_type == type_name]


def trigger_rows(onto, *, type_name: str | None = None, query: str | None = None) -> list[tuple]:
    """Trigger rows of one type, or those whose pattern holds every word of the query (lemmas:
    "expel", "sanction", "call on")."""
    words = query.lower().split() if query else []
    out = []
    for t in all_triggers(onto):
        if type_name and t.type != type_name:
            continue
        pattern = t.pattern.lower().split()
        if words and not all(w in pattern for w in words):
            continue
        cameo = onto.cameo_info(t.cameo)
        out.append((t.pattern, t.pos, t.type, t.mode, t.cameo, cameo.goldstein if cameo else None,
                    cameo.name if cameo else None))
    return out


TRIGGER_COLS = ["pattern", "pos", "type", "mode", "cameo", "goldstein", "cameo_name"]
TYPE_COLS = ["type", "quad", "cameo", "codes", "triggers", "future", "refused", "actorless",
             "description"]


def register(app, ctx) -> None:
    @app.command("ontology")
    def ontology_command(
        type_name: Annotated[Optional[str], typer.Argument(
            metavar="[TYPE]", help="A PLOVER type (ASSAULT, agree ...): its CAMEO codes, and with --triggers its trigger words.")] = None,
        triggers: Annotated[bool, typer.Option("--triggers", help="List the trigger rows (of TYPE, or all).")] = False,
        query: Annotated[Optional[str], typer.Option("--query", "-q", help="Only trigger rows whose pattern holds these words (lemmas, e.g. 'expel' or 'call on').")] = None,
        limit: Annotated[int, typer.Option(min=1, help="At most this many trigger rows.")] = 200,
        format: Annotated[ctx.TableFormat, typer.Option("--format", "-f")] = ctx.TableFormat.table,
    ) -> None:
        """The event ontology: PLOVER types, their CAMEO codes and Goldstein values, and the trigger words.

        Example: diplograph ontology SANCTION, or diplograph ontology --query expel
        """
        from diplograph.events.ontology import ontology

        onto = ontology()
        name = type_name.upper() if type_name else None
        if name and name not in onto.types:
            raise typer.BadParameter(f"unknown PLOVER type {type_name!r}; choose from {', '.join(onto.types)}",
                                     param_hint="TYPE")
        if triggers or query:
            rows = trigger_rows(onto, type_name=name, query=query)
            if not rows and format is ctx.TableFormat.table:
                ctx.err.print(f"no trigger row{' of ' + name if name else ''} holds {query!r}", highlight=False)
                return
            ctx.print_rows(TRIGGER_COLS, rows[:limit], format)
            if len(rows) > limit and format is ctx.TableFormat.table:
                ctx.err.print(f"{len(rows)} trigger rows; showing {limit} (use --limit)", highlight=False)
            return
        if name:
            t = onto.types[name]
            title = f"{name}: {t.description}" if format is ctx.TableFormat.table else None
            ctx.print_rows(["cameo", "name", "goldstein", "quad_class", "mode"], cameo_rows(onto, name), format, title=title)
            return
        rows = type_rows(onto)
        if format is ctx.TableFormat.table:  # the descriptions are too long for a terminal table
            ctx.print_rows(TYPE_COLS[:-1], [r[:-1] for r in rows], format)
            ctx.err.print("A type's description and CAMEO codes: diplograph ontology TYPE", highlight=False)
        else:
            ctx.print_rows(TYPE_COLS, rows, format)
