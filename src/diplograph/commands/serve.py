"""``serve``: a thin command over diplograph.web.serve."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from diplograph.store import DEFAULT_DB


def register(app: typer.Typer, ctx) -> None:
    @app.command("serve")
    def serve(
        db: Annotated[Path, typer.Option(help="DuckDB file to serve (read-only; `diplograph ingest` may add to it, and the API answers 503 while it writes).")] = Path(DEFAULT_DB),
        host: Annotated[str, typer.Option(help="Address to listen on. The default is this machine only; 0.0.0.0 opens the "
                                               "API to the network.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free port, printed at start).")] = 8000,
    ) -> None:
        """Serve a dashboard and a read-only JSON API over a database, until Ctrl+C.

        The dashboard (open the printed address in a browser) shows a dyad's cooperation and
        conflict month by month, its events with their evidence sentences, filtered by modality,
        and its agreements from signing to ratification. The API: /api/events, /api/dyad/A/B,
        /api/agreements, /api/brief/A/B, /api/dyads, /api/actors, /api/info; /api/docs
        describes every parameter.

        Example: diplograph demo && diplograph serve --port 8000

        Then open http://127.0.0.1:8000/ in a browser, or ask the API:
        curl 'http://127.0.0.1:8000/api/events?dyad=IRN,RUS&limit=5'
        """
        from diplograph.errors import DiplographError
        from diplograph.web import LOOPBACK
        from diplograph.web import serve as run_serve

        def ready(url: str) -> None:
            ctx.out.print(f"Serving {db} at {url} (dashboard; JSON API under {url}api/, described at {url}api/docs). "
                          f"Ctrl+C stops.", highlight=False)
            if host not in LOOPBACK:
                ctx.err.print(f"[yellow]note[/yellow] listening on {host}: anyone who can reach this machine can read "
                              f"the database through the API", highlight=False)

        try:
            run_serve(db, host=host, port=port, ready=ready,
                      access_log=logging.getLogger().isEnabledFor(logging.INFO))
        except DiplographError as exc:
            ctx.fail(str(exc))
