"""The HTTP API and the dashboard: a read-only FastAPI app over one DuckDB file.

Every request opens the file read-only and closes it when done, so the server holds no lock
between requests and ``diplograph ingest`` can add to the same file while it runs. The routes
call the functions behind the commands (``diplograph.query``, ``diplograph.analysis``); nothing
here writes SQL of its own."""
from __future__ import annotations

import logging
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Literal, Optional

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles

from diplograph import __version__
from diplograph.errors import DatabaseError, FilterError
from diplograph.store import Store

log = logging.getLogger(__name__)

STATIC = Path(str(resources.files("diplograph.web").joinpath("static")))
MAX_LIMIT = 1000

Modality = Query("asserted", description="asserted (default), negated, hedged, hypothetical, future, claimed, or all.")
Since = Query(None, description="Earliest event date, YYYY[-MM[-DD]].")
Until = Query(None, description="Latest event date, YYYY[-MM[-DD]].")
CodeA = PathParam(description="First actor code or prefix, e.g. IRN (either direction).")
CodeB = PathParam(description="Second actor code or prefix, e.g. RUS.")


def _no_events_note(store: Store, codes: list[str], what: str) -> str:
    """Why a result is empty: an actor code no stored event has, or none that match."""
    from diplograph.query import absent_codes

    unknown = absent_codes(store, codes)
    if unknown:
        return (f"no stored event has an actor whose code starts with {', '.join(unknown)}; codes are CAMEO style "
                f"(IRN, RUSGOV, IGOWSTNAT) and match by prefix; /api/actors lists those present")
    return f"no {what} match these filters"


def create_app(db: str | Path, *, hosts: list[str] | None = None) -> FastAPI:
    """The app serving ``db`` (checked on every request, not here); with ``hosts``, requests
    whose Host header names another host are refused (HTTP 400)."""
    db = Path(db)
    app = FastAPI(
        title="diplograph", version=__version__,
        description=f"Read-only API over the events stored in {db.name}: events, dyad series, agreements, briefs.",
        # FastAPI's own docs pages load their scripts from a CDN; /api/docs is ours, from the schema.
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )

    if hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)

    @app.exception_handler(FilterError)
    async def _bad_filter(request: Request, exc: FilterError) -> JSONResponse:
        return JSONResponse({"detail": f"{exc.option}: {exc}", "parameter": exc.option}, status_code=400)

    @app.exception_handler(DatabaseError)
    async def _no_database(request: Request, exc: DatabaseError) -> JSONResponse:
        detail = str(exc)
        if "lock" in detail.lower():  # DuckDB lets one process write: an ingest holds the file
            detail = f"an ingest is writing to {db.name}; retry when it ends ({detail})"
        return JSONResponse({"detail": detail, "retry": "lock" in detail.lower()}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        parts = [f"{e['loc'][-1] if e.get('loc') else 'request'}: {e.get('msg', 'invalid')}" for e in errors]
        return JSONResponse({"detail": "; ".join(parts), "errors": jsonable_encoder(errors)}, status_code=422)

    def store():
        # used with scope="function": closed before the response goes out, so that a client
        # that has its answer finds the file free (an ingest may start right after)
        s = Store(db, read_only=True)
        try:
            yield s
        finally:
            s.close()

    opened = Depends(store, scope="function")  # each request's connection, closed before the answer goes out

    @app.get("/api/info")
    def info(s: Store = opened) -> dict:
        """The database served: its path, counts and the span of its event dates."""
        counts = s.counts()
        _, rows = s.query("SELECT min(month), max(month) FROM events")
        return {"db": str(db), "version": __version__, **counts, "first_month": rows[0][0], "last_month": rows[0][1]}

    @app.get("/api/events")
    def events(
        actor: Optional[str] = Query(None, description="Actor code or prefix, e.g. IRN or RUSGOV."),
        dyad: Optional[str] = Query(None, description="Two codes, comma-separated: IRN,RUS (either direction)."),
        type: Optional[str] = Query(None, description="PLOVER event type, e.g. AGREE."),
        modality: str = Modality, since: Optional[str] = Since, until: Optional[str] = Until,
        month: Optional[str] = Query(None, description="The month events count in, YYYY-MM (as the dyad series counts them)."),
        limit: int = Query(50, ge=1, le=MAX_LIMIT, description=f"At most this many events (1 to {MAX_LIMIT})."),
        offset: int = Query(0, ge=0, le=2**62, description="Skip this many events first (for paging)."),
        s: Store = opened,
    ) -> dict:
        """Stored events, newest first, with the evidence sentence and its document, filtered as
        `diplograph events` filters."""
        from diplograph.query import (check_code, check_modality, check_month, check_partial_date, check_type,
                                      count_events, list_events, parse_dyad)

        filters = {
            "actor": check_code(actor, "actor"), "dyad": parse_dyad(dyad, "dyad"), "type": check_type(type, "type"),
            "since": check_partial_date(since, "since"), "until": check_partial_date(until, "until"),
            "modality": check_modality(modality, "modality"), "month": check_month(month, "month"),
        }
        cols, rows = list_events(s, **filters, limit=limit, offset=offset, detail=True)
        total = count_events(s, **filters)
        out = {"filters": filters, "total": total, "count": len(rows), "offset": offset,
               "events": [dict(zip(cols, r)) for r in rows]}
        if not total:
            codes = [c for c in (filters["actor"], *(filters["dyad"] or ())) if c]
            out["note"] = _no_events_note(s, codes, f"{modality} events" if modality != "all" else "events")
        return out

    @app.get("/api/dyad/{a}/{b}")
    def dyad(
        a: str = CodeA, b: str = CodeB, by: Literal["month", "year"] = "month", since: Optional[str] = Since,
        until: Optional[str] = Until, modality: str = Modality,
        top: int = Query(10, ge=0, le=100, description="How many most cooperative and most conflictual events."),
        s: Store = opened,
    ) -> dict:
        """How a relationship moves, as `diplograph dyad A B` prints it: events per month (or
        year) in both directions, per quad class, with Goldstein sum and mean, and the most
        cooperative and most conflictual events."""
        from diplograph.analysis import dyad_report
        from diplograph.analysis.names import actor_name
        from diplograph.query import check_code, check_modality, check_partial_date

        a, b = check_code(a, "a"), check_code(b, "b")
        report = dyad_report(s, a, b, by=by, top=top, since=check_partial_date(since, "since"),
                             until=check_partial_date(until, "until"), modality=check_modality(modality))
        out = report.as_dict()
        out["modality"] = modality
        out["names"] = {a: actor_name(a), b: actor_name(b)}
        if not report.total:
            out["note"] = _no_events_note(s, [a, b], f"{modality} events between {a} and {b}")
        return out

    @app.get("/api/agreements")
    def agreements(
        a: Optional[str] = Query(None, description="An actor code or prefix: agreements it is party to."),
        b: Optional[str] = Query(None, description="A second actor: agreements between A and B."),
        s: Store = opened,
    ) -> dict:
        """Agreements recognised in the events, with signing, ratification by each party, entry
        into force and withdrawal, each with its sources, as `diplograph agreements --format json`."""
        from diplograph.analysis import find_agreements
        from diplograph.query import check_code

        a, b = check_code(a, "a"), check_code(b, "b")
        if b and not a:
            a, b = b, None
        found = find_agreements(s, a, b)
        out = {"parties": [x for x in (a, b) if x], "count": len(found), "agreements": [ag.as_dict() for ag in found]}
        if not found:
            codes = [x for x in (a, b) if x]
            out["note"] = _no_events_note(s, codes, "agreements") if codes else "no agreements recognised"
        return out

    @app.get("/api/brief/{a}/{b}", response_model=None)
    def brief(
        a: str = CodeA, b: str = CodeB, format: Literal["json", "md", "html"] = "json", since: Optional[str] = Since,
        until: Optional[str] = Until, s: Store = opened,
    ) -> dict | PlainTextResponse | HTMLResponse:
        """The brief of `diplograph brief A B`: as JSON (its parts), Markdown or one HTML page.
        With no events between A and B: JSON with a note (HTTP 200), or 404 for md and html."""
        from diplograph.analysis.brief import build_brief, render_html, render_markdown
        from diplograph.query import check_code, check_partial_date

        a, b = check_code(a, "a"), check_code(b, "b")
        report = build_brief(s, a, b, since=check_partial_date(since, "since"), until=check_partial_date(until, "until"))
        if not report.citations:
            note = _no_events_note(s, [a, b], f"events between {a} and {b}" + (" in that period" if since or until else ""))
            if format == "json":
                return {"dyad": [a, b], "brief": None, "note": note}
            return PlainTextResponse(note + "\n", status_code=404)
        if format == "md":
            return PlainTextResponse(render_markdown(report), media_type="text/markdown; charset=utf-8")
        if format == "html":
            return HTMLResponse(render_html(report))
        return {"dyad": [a, b], "brief": asdict(report)}

    @app.get("/api/actors")
    def actors(modality: str = Modality, s: Store = opened) -> dict:
        """Countries and organisations with stored events, with how many involve each."""
        from diplograph.query import actors_present, check_modality

        found = actors_present(s, modality=check_modality(modality))
        return {"modality": modality, "count": len(found), "actors": found}

    @app.get("/api/dyads")
    def dyads(
        modality: str = Modality, min_events: int = Query(1, ge=1, description="Leave out pairs with fewer events."),
        limit: int = Query(200, ge=1, le=MAX_LIMIT, description="At most this many pairs."), s: Store = opened,
    ) -> dict:
        """Pairs of countries (or organisations) with events between them, most events first:
        what the dashboard's dyad picker offers."""
        from diplograph.query import check_modality, dyads_present

        found = dyads_present(s, modality=check_modality(modality), min_events=min_events, limit=limit)
        return {"modality": modality, "count": len(found), "dyads": found}

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(api_page(app.openapi()))

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def api_page(schema: dict) -> str:
    """One HTML page describing every route and parameter of the OpenAPI schema (no scripts)."""
    from html import escape

    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8"><title>diplograph API</title>',
           '<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/app.css"></head><body>',
           f"<h1>diplograph API {escape(schema['info'].get('version', ''))}</h1>",
           f"<p>{escape(schema['info'].get('description', ''))} Every route answers GET with JSON; "
           f'the schema is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>']
    for path, ops in schema.get("paths", {}).items():
        op = ops.get("get")
        if not op:
            continue
        out.append(f"<h2><code>GET {escape(path)}</code></h2><p>{escape(op.get('description') or op.get('summary') or '')}</p>")
        params = op.get("parameters") or []
        if params:
            out.append("<table><tr><th>parameter</th><th>in</th><th>default</th><th>meaning</th></tr>")
            for prm in params:
                sch = prm.get("schema", {})
                default = sch.get("default")
                allowed = [x.get("const") for x in sch.get("anyOf", []) if "const" in x] or sch.get("enum") or []
                meaning = prm.get("description") or (f"one of {', '.join(map(str, allowed))}" if allowed else "")
                out.append(f"<tr><td><code>{escape(prm['name'])}</code></td><td>{escape(prm.get('in', ''))}</td>"
                           f"<td>{'' if default is None else escape(str(default))}</td><td>{escape(meaning)}</td></tr>")
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
