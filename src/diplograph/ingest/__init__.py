"""Readers: files, folders, URLs, feeds, WARC archives and standard input in; Documents (or
Failures naming the source and the problem) out."""
from diplograph.ingest.readers import (
    SUFFIXES,
    ReadOptions,
    iter_paths,
    iter_sources,
    read_path,
    read_paths,
    read_source,
    read_stream,
)

__all__ = ["SUFFIXES", "ReadOptions", "iter_paths", "iter_sources", "read_path", "read_paths", "read_source", "read_stream"]
