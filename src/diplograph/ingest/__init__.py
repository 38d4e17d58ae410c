"""Readers: files and folders in, Documents (or Failures naming the file and the problem) out."""
from diplograph.ingest.readers import SUFFIXES, iter_paths, read_path, read_paths

__all__ = ["SUFFIXES", "iter_paths", "read_path", "read_paths"]
