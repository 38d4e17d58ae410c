"""A disk cache for indexes built from the packaged data files (the actor lexicon).

Building the lexicon takes one to two seconds, paid by every process that codes text: each
worker of a pool, each ``diplograph extract``. A pickle of the built index loads in a fifth of
that. The file's name holds a fingerprint of everything the build reads (the data files, the
code that builds, the versions of diplograph, spaCy and Python), so an edit to any of them
builds afresh; a cache that cannot be read or written is passed over, never an error.

Where: ``$DIPLOGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/diplograph``, else
``~/.cache/diplograph``. ``DIPLOGRAPH_CACHE_DIR=off`` turns the cache off.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache directory, or None when the cache is off."""
    chosen = os.environ.get("DIPLOGRAPH_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "diplograph"


def fingerprint(modules: Iterable[str]) -> str:
    """A hash of the packaged data files, the named modules' source and the versions the
    build depends on."""
    import diplograph

    h = hashlib.sha256()
    h.update(f"{diplograph.__version__}|{sys.version}|{_spacy_version()}".encode())
    data = resources.files("diplograph").joinpath("data")
    for path in sorted(_files(data), key=lambda p: p[0]):
        name, ref = path
        h.update(name.encode() + b"\0" + ref.read_bytes() + b"\0")
    for module in modules:
        spec = sys.modules[module].__spec__
        h.update(module.encode() + b"\0" + Path(spec.origin).read_bytes() + b"\0")
    return h.hexdigest()[:24]


def _files(ref, prefix: str = "") -> list:
    out = []
    for child in ref.iterdir():
        name = f"{prefix}{child.name}"
        if child.is_dir():
            out.extend(_files(child, name + "/"))
        elif not child.name.endswith((".pyc", ".pyo")):
            out.append((name, child))
    return out


def _spacy_version() -> str:
    try:
        from importlib.metadata import version

        return version("spacy")
    except Exception:  # noqa: BLE001 - no spaCy: the build would not run either
        return "none"


def cached(name: str, modules: Iterable[str], build: Callable[[], T]) -> T:
    """``build()``'s result, from the cache when a pickle of the same fingerprint is there;
    else built and written for the next process."""
    where = cache_dir()
    if where is None:
        return build()
    try:
        path = where / f"{name}-{fingerprint(modules)}.pickle"
    except OSError as exc:  # an unreadable package file: build, which says what is wrong
        log.debug("no cache for %s: %s", name, exc)
        return build()
    if path.is_file():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception as exc:  # noqa: BLE001 - a truncated or foreign file: build afresh
            log.warning("cache %s could not be read (%s); building again", path, exc)
    value = build()
    _write(where, path, name, value)
    return value


def _write(where: Path, path: Path, name: str, value) -> None:
    """Write atomically (two processes may build at once) and drop older builds of ``name``."""
    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        for old in where.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only home, a full disk: the next process builds again
        log.debug("cache for %s not written to %s: %s", name, where, exc)
