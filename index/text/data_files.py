"""The files of ``index/data`` (shipped in the wheel), read without the cleaning rules'
module: the outlet table is read on every search (`index.search.source_clause`), which
needs nothing else of `index.text.clean` (its imports: ~5 ms a search)."""

from __future__ import annotations

from pathlib import Path


def data_file(name: str) -> str:
    """The text of a file in ``index/data`` (shipped in the wheel)."""
    return (Path(__file__).parents[1] / "data" / name).read_text(encoding="utf-8")
