"""diplograph: news in, dated and sourced who-did-what-to-whom events out.

The public API is small: :func:`extract` runs the pipeline over files and returns
documents with their events; :func:`ingest` stores them in DuckDB.
"""
import logging

from diplograph.types import Actor, Document, Event, Failure, Mention, Sentence, Timex

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Actor",
    "Document",
    "Event",
    "Failure",
    "Mention",
    "Sentence",
    "Timex",
    "__version__",
]
