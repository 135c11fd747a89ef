"""One id in two JSON Lines files (a url without an ``id``, or an explicit ``id``): an
update must leave what a rebuild of the edited corpus makes (fx36a, rv32 #1).

The first file in the corpus's order holds the id; the other file's record is skipped as a
duplicate. When the holder's record goes (or is re-keyed), the update reads the other file
again (`collect.behind`); when an earlier file gains the id, it takes it from the later one,
which is read again (`Collector.add_files`). rv32's guard (commit 00a4dea) is kept as is.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library
from index.store.build import rebuild
from index.store.update import update

URLS = [f"https://news.test/{n}" for n in range(3)]


def _write(path: Path, urls: list[int], tag: str) -> None:
    records = [
        {
            "url": URLS[u],
            "title": f"Harbour report {tag}{k}",
            "body": f"Report {tag}{k}: the harbour cranes stood still on Tuesday ({u}).",
        }
        for k, u in enumerate(urls)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _titles(corpus: Path, folder: Path) -> list[str]:
    with Library.open(corpus, folder, derived=()) as library:
        return sorted(a.title for a in library.articles())


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.lists(st.integers(0, 2), min_size=1, max_size=3),
    second=st.lists(st.integers(0, 2), min_size=1, max_size=3),
    drop=st.integers(0, 2),
)
def test_jr32_a_url_in_two_files_update_is_the_rebuild(
    tmp_path: Path, first: list[int], second: list[int], drop: int
) -> None:
    """rv32's guard (00a4dea): the first file's record of a shared url goes."""
    shutil.rmtree(tmp_path / "run", ignore_errors=True)
    corpus, live, fresh = (tmp_path / "run" / name for name in ("corpus", "live", "fresh"))
    corpus.mkdir(parents=True)
    _write(corpus / "a.jsonl", first, "a")
    _write(corpus / "b.jsonl", second, "b")
    rebuild(corpus, live, procs=1)
    _write(corpus / "a.jsonl", [u for k, u in enumerate(first) if k != drop % len(first)], "a")
    update(corpus, live, procs=1)
    rebuild(corpus, fresh, procs=1)
    assert _titles(corpus, live) == _titles(corpus, fresh)
