"""Cleaning of article text after extraction: what boilerplate is left, repeated paragraphs,
quality flags. ``clean(text) -> (text, flags)``."""
from __future__ import annotations


def clean(text: str) -> tuple[str, tuple[str, ...]]:
    """The text to analyse and the quality flags found (none yet)."""
    return text, ()
