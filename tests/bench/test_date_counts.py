"""`bench.date_counts`: each mode's patch does what the table says, and is undone."""

from __future__ import annotations

from pathlib import Path

from bench.date_counts import MODES, patched, reader_search
from index.library import Library
from index.library_dates import DateMethods
from index.search.engine import WhooshEngine
from tests.conftest import write_corpus

ARTICLES = {
    "a.md": "---\ntitle: Wheat one\ndate: 2021-02-12\n---\nwheat harvest\n",
    "b.md": "---\ntitle: Wheat two\n---\nwheat prices\n",
}


def test_each_mode_says_what_it_should_and_is_undone(tmp_path: Path) -> None:
    kept = (DateMethods.undated_left_out, DateMethods.date_miss, WhooshEngine.undated_matching)
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    with Library.open(corpus, tmp_path / "i") as library:
        said = {}
        for mode in MODES:
            undo = patched(mode)
            try:
                said[mode] = (
                    reader_search(library, "wheat date:2021"),
                    reader_search(library, "wheat date:2025"),
                )
            finally:
                undo()
    assert said["off"][0] == {"total": 1, "left": 0, "miss": None}
    assert said["on"][0] == said["before"][0] == {"total": 1, "left": 1, "miss": None}
    assert said["off"][1]["miss"] is None
    assert said["on"][1] == said["before"][1]
    assert "no article is dated in 2025" in said["on"][1]["miss"]
    now = (DateMethods.undated_left_out, DateMethods.date_miss, WhooshEngine.undated_matching)
    assert now == kept
    assert DateMethods._span is None
