"""``diplograph serve``: a read-only HTTP API over a DuckDB file and a dashboard in the browser.

``create_app(db)`` builds the FastAPI app (web/app.py); ``serve(db, host=..., port=...)`` checks
the database and the address, then runs it with uvicorn. The dashboard is our own HTML, CSS and
JavaScript under web/static, served from the package: nothing comes from a CDN."""
from __future__ import annotations

import errno
import logging
import socket
from collections.abc import Callable
from pathlib import Path

from diplograph.errors import ServeError

log = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def check_database(db: str | Path) -> None:
    """Open the file read-only once, so that a missing or foreign file fails before the server
    starts (DatabaseError, whose message says how to create it)."""
    from diplograph.store import Store

    Store(db, read_only=True).close()


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: one the system chooses), or ServeError naming
    the problem."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host!r}: {exc.strerror}; give an address of this machine, e.g. --host 127.0.0.1") from None
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is already in use (another `diplograph serve`?); "
                             f"choose another with --port, e.g. --port {port + 1 if port < 65535 else 8080}") from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise ServeError(f"not allowed to listen on port {port} on {host}; ports below 1024 need root: use --port 8000") from None
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}; give an address of this machine, e.g. --host 127.0.0.1") from None
    sock.set_inheritable(True)
    return sock


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, access_log: bool = False,
          ready: Callable[[str], None] | None = None) -> None:
    """Serve ``db`` until interrupted. ``ready`` is called with the dashboard's URL once the
    socket listens (port 0 resolved)."""
    import uvicorn

    from diplograph.web.app import create_app

    check_database(db)
    sock = bind(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{bound}/"
    # on loopback, only requests addressed to this machine by name: a web page that rebinds its
    # own host name to 127.0.0.1 must not read the database through the visitor's browser
    hosts = ["127.0.0.1", "localhost", "[::1]", "::1"] if host in LOOPBACK else None
    config = uvicorn.Config(create_app(db, hosts=hosts), host=host, port=bound, access_log=access_log,
                            log_level="info" if access_log else "warning", lifespan="off")
    server = uvicorn.Server(config)
    if ready is not None:
        ready(url)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
