"""The raw-Whoosh baseline in this process: the functions of `bench/raw_whoosh.py`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from whoosh.index import open_dir

from bench.raw_whoosh import build, parser, raw_schema, records

__all__ = ["build", "open_raw", "parser", "raw_schema", "records"]


def open_raw(index_dir: Path) -> Any:
    """Open a raw index."""
    return open_dir(str(index_dir))
