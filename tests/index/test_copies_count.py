"""The count with copies folded (`index.copies.folded_count`, through `Engine.matching`) is
the number of hits search gives once its copies are folded, whatever the corpus, copies,
query and limits."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.copies import fold_hits
from index.library import Library
from tests.conftest import write_corpus

WORDS = ("dam", "frost", "spillway", "growers", "oil", "wheat")
OUTLETS = ("Herald", "Ledger")

# an article: (outlet, day, title word, body words); a copy: (its article, a name, its day:
# the key leaves the date out, so a copy may lie outside date limits its original is within)
ARTICLE = st.tuples(
    st.sampled_from(OUTLETS),
    st.integers(10, 14),
    st.sampled_from(WORDS),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
)
QUERY = st.one_of(
    st.sampled_from(WORDS),
    st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map(" ".join),
    st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map(" OR ".join),
    st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map(lambda p: f'"{p[0]} {p[1]}"'),
    st.sampled_from(WORDS).map(lambda w: f"NOT {w}"),
    st.just(""),
)
LIMITS = st.tuples(
    st.sampled_from((None, *OUTLETS)),
    st.one_of(st.none(), st.integers(10, 14)),
    st.one_of(st.none(), st.integers(10, 14)),
)


def _text(outlet: str, day: int, title: str, words: list[str]) -> str:
    body = " ".join(words)
    return f"---\ntitle: {title}\nsource: {outlet}\ndate: 2021-02-{day}\n---\n{body}\n"


def with_copies(
    articles: list[tuple[str, int, str, list[str]]], copies: list[tuple[int, int, int]]
) -> dict[str, str]:
    """The files of generated articles (``a0.md``...) and copies (``0N-name.md`` or
    ``zN-name.md``: named before or after their original, each dated its own day)."""
    files = {f"a{n}.md": _text(*article) for n, article in enumerate(articles)}
    for n, name, day in copies:  # the same article saved again: before or after its original
        if n < len(articles):
            outlet, _, title, words = articles[n]
            files[f"{'z' if name % 2 else '0'}{n}-{name}.md"] = _text(outlet, day, title, words)
    return files


def _day(day: int | None, end: bool) -> datetime | None:
    if day is None:
        return None
    return datetime(2021, 2, day, 23 if end else 0, 59 if end else 0, tzinfo=UTC)


def check_counts(
    library: Library, queries: list[tuple[str, tuple[str | None, int | None, int | None]]]
) -> None:
    """Each query's folded count is the fx22 way's: every hit listed, copies folded."""
    same = library.copies()
    for text, (source, since, until) in queries:
        limits = {"source": source, "since": _day(since, False), "until": _day(until, True)}
        every = library.engine.search(text, limit=None, sort="oldest", count=False, **limits)
        expected = len(fold_hits(every.hits, same))
        assert library.count(text, **limits) == expected, (text, limits, same)
        paged = library.search(text, limit=1, **limits)
        assert paged.total == expected, (text, limits)
        assert len(library.search(text, limit=None, **limits).hits) == expected, (text, limits)
        # the reader's first page: counted later unless its total says it is exact
        quick = library.search(text, limit=1, count=False, **limits)
        if quick.total_exact:
            assert quick.total == expected, (text, limits, same)
        else:
            assert len(quick.hits) <= quick.total <= expected, (text, limits)


@settings(max_examples=25, deadline=None)
@given(
    articles=st.lists(ARTICLE, min_size=1, max_size=7),
    copies=st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 9), st.integers(10, 14)), max_size=5
    ),
    queries=st.lists(st.tuples(QUERY, LIMITS), min_size=1, max_size=6),
    changed=st.one_of(st.none(), st.integers(0, 6)),
)
def test_the_folded_count_is_the_folded_hits(
    articles: list[tuple[str, int, str, list[str]]],
    copies: list[tuple[int, int, int]],
    queries: list[tuple[str, tuple[str | None, int | None, int | None]]],
    changed: int | None,
) -> None:
    files = with_copies(articles, copies)
    with tempfile.TemporaryDirectory() as top:
        corpus = write_corpus(Path(top) / "corpus", files)
        with Library.open(corpus, Path(top) / "index") as library:
            check_counts(library, queries)
            if changed is not None and changed < len(articles):
                # an update: the document numbers of the changed file's article are deleted
                (corpus / f"a{changed}.md").write_text(_text("Herald", 12, "dam", ["oil"]))
                library.update()
                check_counts(library, queries)
