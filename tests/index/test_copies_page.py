"""A limited list is the first hits of the whole list, copies folded (`copies.folded_page`):
the same ids, order and copies, whatever the corpus, copies, query, order, limits and page
size, through the library and through `broadsheet search --json -n N`.

Before tf33 a copy whose original lay past the page stood for it on the page (``-n 1``
listed a00.md, dated 02-14; ``-n 10`` folded it into its original 00.md, dated 02-13).
"""

from __future__ import annotations

import json
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library
from tests.cli.test_search_json_uncounted import ORDERS, QUERIES, corpus  # noqa: F401
from tests.conftest import write_corpus
from tests.index.test_copies_count import ARTICLE, LIMITS, QUERY, _day, _text, with_copies
from tui.cli import fast

PAGES = st.lists(st.integers(1, 12), min_size=1, max_size=4)


def _listed(library: Library, text: str, limit: int | None, sort: Any, **limits: Any) -> list:
    hits = library.search(text, limit=limit, sort=sort, count=False, **limits).hits
    return [(hit.id, hit.copies) for hit in hits]


@settings(max_examples=25, deadline=None)
@given(
    articles=st.lists(ARTICLE, min_size=1, max_size=8),
    copies=st.lists(
        st.tuples(st.integers(0, 7), st.integers(0, 9), st.integers(10, 14)), max_size=6
    ),
    queries=st.lists(st.tuples(QUERY, LIMITS, ORDERS, PAGES), min_size=1, max_size=6),
)
def test_a_page_is_the_first_of_the_whole_list(
    articles: list[tuple[str, int, str, list[str]]],
    copies: list[tuple[int, int, int]],
    queries: list[tuple[str, tuple[str | None, int | None, int | None], Any, list[int]]],
) -> None:
    files = with_copies(articles, copies)
    with tempfile.TemporaryDirectory() as top:
        folder = write_corpus(Path(top) / "corpus", files)
        with Library.open(folder, Path(top) / "index") as library:
            for text, (source, since, until), sort, pages in queries:
                limits = {"source": source, "since": _day(since, False), "until": _day(until, True)}
                whole = _listed(library, text, None, sort, **limits)
                for n in pages:
                    page = _listed(library, text, n, sort, **limits)
                    assert page == whole[:n], (text, sort, limits, n, library.copies())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=QUERIES,
    source=st.sampled_from(([], ["--source", "Ledger"])),
    dated=st.sampled_from(([], ["--since", "2021-02-12"], ["--until", "2021-02-13"])),
    order=ORDERS,
    page=st.integers(1, 12),
)
def test_the_cli_page_is_the_first_of_the_whole_list(
    corpus: tuple[Path, Path],  # noqa: F811
    query: str,
    source: list[str],
    dated: list[str],
    order: str,
    page: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, index = corpus
    args = [query, "--json", "--corpus", str(folder), "--index-dir", str(index), *source, *dated]
    args += ["--sort", order]
    listed = []
    for n in (page, 1000):
        with suppress(Exception):  # typer.Exit: no such outlet, no hits
            fast.run([*args, "-n", str(n)])
        out = capsys.readouterr().out
        listed.append([(h["id"], h["copies"], h["date"]) for h in json.loads(out or "[]")])
    assert listed[0] == listed[1][:page], args


def test_a_page_of_copies_alone_asks_for_more(tmp_path: Path) -> None:
    # oldest first the copies (dated 02-10) come first, their originals (02-14) past them:
    # the first page asked (2 hits) folds to none, the next (4) to both originals
    files = {}
    for n, word in enumerate(("dam", "oil")):
        files[f"a{n}.md"] = _text("Herald", 14, word, [word, "frost"])
        files[f"z{n}.md"] = _text("Herald", 10, word, [word, "frost"])
    folder = write_corpus(tmp_path / "corpus", files)
    with Library.open(folder, tmp_path / "index") as library:
        whole = _listed(library, "frost", None, "oldest")
        assert whole == [("a0.md", ("z0.md",)), ("a1.md", ("z1.md",))]
        assert _listed(library, "frost", 1, "oldest") == whole[:1]
        assert library.search("frost", limit=1, sort="oldest").total == 2
