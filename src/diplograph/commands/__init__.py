"""More commands, one module per capability. Each module defines ``register(app, ctx)``;
cli.py calls them all. ``ctx`` gives the shared console helpers (``out``, ``err``, ``fail``,
``print_rows``, ``TableFormat``, ``parse_date``) so commands print the same way."""
from __future__ import annotations

import importlib
import pkgutil


def register_all(app, ctx) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app, ctx)
