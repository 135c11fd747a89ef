"""Helpers for tests of named cases: a small corpus of texts by file name, searched, and
what a query lights in a text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.search.engine import open_index
from index.search.highlight import highlighter_for_text
from index.store.build import rebuild


def finder(folder: Path, texts: dict[str, str]) -> Callable[[str], set[str]]:
    """Index ``texts`` (file name: "headline\\n\\nbody") in ``folder``; gives a query's hits'
    ids."""
    corpus = folder / "c"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    rebuild(corpus, folder / "index", procs=1)
    engine = open_index(folder / "index")
    return lambda query: {hit.id for hit in engine.search(query, limit=None).hits}


def lit(query: str, text: str) -> list[str]:
    """What ``query`` lights in ``text``, checked the same by both of the highlighter's
    ways (as typed, and through the analyzer)."""
    highlighter = highlighter_for_text(query)
    fast = [text[span.start : span.end] for span in highlighter.spans(text)]
    assert fast == [text[span.start : span.end] for span in highlighter.spans_analysed(text)]
    return fast
