"""The count of undated matches a date filter leaves out (`Library.undated_left_out`) is the
set a reader means by it (fx140): the undated articles that match the query without its
filter and whose text the filtered list does not show (neither a hit nor a copy folded
into one, and no exact copy of theirs a hit), an article and its copies counted once, as
the list folds them. Found among the undated articles alone (sx40:
`Searcher.undated_matching`, kept per generation), or, for an engine without that
(OpenSearch), from two counts and the copies' `Engine.matching`.

Two brute forces: the filtered search run with no limit, its hits and their folded copies
collected, and the unfiltered search's undated matches whose text is not among them; and,
for a word, the articles themselves read one by one (no search at all). Generated corpora
of dated and undated articles, with exact copies (same outlet, title and body; another
date or none) so that a copy and its original can fall on either side of the filter; every
way of looking is checked (a skip to each undated article, a pass over every match, the
engine without `undated_matching`), whichever the corpus's share of undated articles would
pick. (Before fx140 it was every match less the dated, copies folded, never below 0: an
undated original with two dated copies, each its own hit with the filter, hid an
unrelated undated match the list left out: 0 said, 1 left out; fx137.)
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from unittest.mock import patch

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.library import Library
from index.library_dates import without_dates
from index.search import searcher as searcher_module
from index.search.engine import WhooshEngine
from tests.conftest import write_corpus

WORDS = ("wheat", "frost", "barley")
DAYS = ("2021-02-12", "2021-02-13T09:30:00", "2021-03-01T23:00:00")
SOURCES = ("Herald", "Courier")

article = st.tuples(
    st.sets(st.sampled_from(WORDS), min_size=1),
    st.integers(0, 2),  # the text's number: the same words, number and outlet make a copy
    st.one_of(st.none(), st.sampled_from(DAYS)),
    st.sampled_from(SOURCES),
)

QUERIES = (
    "wheat date:2021",
    "frost AND date:>=2021-02-13",
    "date:[2021-02-13 to 2021-03] barley",
    "date:2021",
    'wheat date:>"2021-02-13 10:00"',
    '"barley frost" date:2021',
    "whe* date:2021",
    "wheat -frost date:2021",
    "(wheat OR barley) date:<2021-02-14",
    "source:herald date:2021",
    "wheat OR date:2021",  # no filter it can take away: 0 without --since
    "frost",
)


def corpus(top: Path, articles: list[tuple[set[str], int, str | None, str]]) -> Path:
    files = {}
    for n, (words, text, date, source) in enumerate(articles):
        dated = f"date: {date}\n" if date else ""
        body = f"{' '.join(sorted(words))} text{text}"
        files[f"a{n:02}.md"] = f"---\ntitle: Field {text}\nsource: {source}\n{dated}---\n{body}\n"
    return write_corpus(top / "c", files)


def texts(library: Library) -> tuple[dict[str, str], dict[str, datetime | None]]:
    """Each article's text (the least id with its outlet, title and body: the original, as
    the test corpus's names carry no copy's mark), and each article's date, by id."""
    articles = sorted(library.articles(), key=lambda a: a.id)
    originals: dict[tuple[object, ...], str] = {}
    for each in articles:
        originals.setdefault((each.source, each.title, each.body), each.id)
    text_of = {a.id: originals[(a.source, a.title, a.body)] for a in articles}
    return text_of, {a.id: a.date for a in articles}


def left_by_search(library: Library, text: str, source: str | None, since: datetime | None) -> int:
    """The brute force: the undated matches of the query without its filter whose text the
    filtered search (every hit, each with its folded copies) shows no article of, one per
    text; 0 with no filter to take away."""
    free = without_dates(text)
    if free is None:
        if since is None:
            return 0
        free = text
    text_of, dates = texts(library)

    def every(query: str, after: datetime | None) -> set[str]:
        found = library.search(query, limit=None, source=source, since=after, count=False)
        return {hit.id for hit in found.hits} | {c for hit in found.hits for c in hit.copies}

    shown = {text_of[i] for i in every(text, since)}
    return len({text_of[i] for i in every(free, None) if dates[i] is None} - shown)


def read_one_by_one(library: Library, word: str, source: str | None, since: datetime | None) -> int:
    """The brute force for ``word date:2021`` (every day drawn is of 2021), from the
    articles alone: the texts with an undated article holding the word (in ``source``) and
    no dated one on or after ``since`` holding it."""
    text_of, dates = texts(library)
    holding = [
        a.id
        for a in library.articles()
        if word in a.body.split() and (source is None or a.source == source)
    ]
    shown = {
        text_of[i]
        for i in holding
        if (day := dates[i]) is not None and (since is None or day.replace(tzinfo=None) >= since)
    }
    return len({text_of[i] for i in holding if dates[i] is None} - shown)


@contextmanager
def looking(way: int | None) -> Iterator[None]:
    """The undated articles looked up one by one (``way`` huge), found in a pass over every
    match (``way`` 1), or, with ``way`` None, counted as an engine without
    `undated_matching` does (OpenSearch: two counts, then the copies' `matching`)."""
    if way is None:
        with patch.object(WhooshEngine, "undated_matching", None):
            yield
        return
    with patch.object(searcher_module, "FEW_UNDATED", way):
        yield


WAYS = (1, 10**9, None)
"""Every way `looking` can take."""

FX137 = [
    ({"wheat"}, 0, None, "Herald"),
    ({"wheat"}, 0, DAYS[0], "Herald"),
    ({"wheat"}, 0, DAYS[1], "Herald"),
    ({"wheat"}, 1, None, "Herald"),
]
"""fx137's case: an undated original with two dated copies (each its own hit with the
filter, so the text is shown) and an unrelated undated match the filtered list leaves out."""


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article, min_size=1, max_size=12))
@example(  # ci127: an undated original and two dated copies: told -1 (each copy a hit only
    # with the filter), the brute force 0
    [({"wheat"}, 0, None, "Herald"), *[({"wheat"}, 0, day, "Herald") for day in DAYS[:2]]]
)
@example(FX137)  # fx137: told 0 (2 hits without the filter, 2 with), 1 left out
@example(  # two undated copies of one text, alone: one text left out, as the list folds them
    [
        ({"frost"}, 2, None, "Courier"),
        ({"frost"}, 2, None, "Courier"),
        ({"wheat"}, 0, None, "Herald"),
    ]
)
def test_the_undated_count_is_the_brute_forces(
    articles: list[tuple[set[str], int, str | None, str]],
) -> None:
    top = Path(tempfile.mkdtemp())
    with Library.open(corpus(top, articles), top / "i") as library:
        for source in (None, "Herald"):
            for since in (None, datetime(2021, 2, 13)):
                wanted = {text: left_by_search(library, text, source, since) for text in QUERIES}
                for way in WAYS:
                    with looking(way):
                        told = {
                            text: library.undated_left_out(text, source=source, since=since)
                            for text in QUERIES
                        }
                    assert told == wanted, (source, since, way)
                for word in WORDS:
                    by_hand = read_one_by_one(library, word, source, since)
                    told_word = library.undated_left_out(
                        f"{word} date:2021", source=source, since=since
                    )
                    assert told_word == by_hand, (word, source, since)


def test_fx137s_case_tells_the_one_left_out(tmp_path: Path) -> None:
    """The undated original's text is shown (its two dated copies are hits), the unrelated
    undated match is not: 1, where "every match less the dated" said 0 (2 less 2)."""
    with Library.open(corpus(tmp_path, FX137), tmp_path / "i") as library:
        assert library.count("wheat") == library.count("wheat date:2021") == 2
        for way in WAYS:
            with looking(way):
                assert library.undated_left_out("wheat date:2021") == 1, way
                assert library.undated_left_out("wheat", since=datetime(2021, 2, 13)) == 1, way
                # neither copy on or after March: the two texts are left out
                assert library.undated_left_out("wheat", since=datetime(2021, 3, 1)) == 2, way
