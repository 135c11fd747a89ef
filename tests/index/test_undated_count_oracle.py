"""The count of undated matches a date filter leaves out, found among the undated articles
alone (sx40: `Searcher.undated_matching`, kept per generation), equals the brute force:
the query's count without its filter less its count with a filter every date passes (what
`Library.undated_left_out` did before, two counts of every match), and, for a word, the
articles themselves read one by one, copies folded as `Library.count` folds them.

Generated corpora of dated and undated articles, with exact copies (same outlet, title and
body; another date or none) so that a copy and its original can fall on either side of the
filter; both ways of looking (a skip to each undated article, a pass over every match) are
checked, whichever the corpus's share of undated articles would pick.
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
from index.library_dates import EVERY_DATE, without_dates
from index.search import searcher as searcher_module
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


def two_counts(library: Library, text: str, source: str | None, since: datetime | None) -> int:
    """The brute force: every match of the query without its date filter, less the dated."""
    free = without_dates(text)
    if free is None:
        if since is None:
            return 0
        free = text
    every = library.count(free, source=source)
    return max(every - library.count(free, source=source, since=EVERY_DATE), 0)


def read_one_by_one(library: Library, word: str, source: str | None) -> int:
    """The brute force for a word, from the articles: its undated matches, less those a copy
    and its original (the least id with its outlet, title and body) both matching fold away
    in the count without the filter but not in the count with it; never below 0."""
    articles = list(library.articles())
    originals: dict[tuple[object, ...], str] = {}
    for each in sorted(articles, key=lambda a: a.id):
        originals.setdefault((each.source, each.title, each.body), each.id)
    matched = {
        a.id: a
        for a in articles
        if word in a.body.split() and (source is None or a.source == source)
    }
    undated = {i for i, a in matched.items() if a.date is None}
    folded = 0
    for i, a in matched.items():
        original = originals[(a.source, a.title, a.body)]
        if original != i and original in matched and (i in undated or original in undated):
            folded += 1
    return max(len(undated) - folded, 0)  # as `two_counts`: two dated copies of an undated
    # original are two hits with the filter, one without (ci127: -1 here, 0 there)


@contextmanager
def looking(few: int) -> Iterator[None]:
    """The undated articles looked up one by one (``few`` huge) or found in a pass over
    every match (``few`` 1)."""
    with patch.object(searcher_module, "FEW_UNDATED", few):
        yield


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article, min_size=1, max_size=12))
@example(  # ci127: an undated original and two dated copies: told -1 (each copy a hit only
    # with the filter), the brute force 0
    [({"wheat"}, 0, None, "Herald"), *[({"wheat"}, 0, day, "Herald") for day in DAYS[:2]]]
)
def test_the_undated_count_is_the_brute_forces(
    articles: list[tuple[set[str], int, str | None, str]],
) -> None:
    top = Path(tempfile.mkdtemp())
    with Library.open(corpus(top, articles), top / "i") as library:
        for source in (None, "Herald"):
            for since in (None, datetime(2021, 2, 13)):
                wanted = {text: two_counts(library, text, source, since) for text in QUERIES}
                for few in (1, 10**9):
                    with looking(few):
                        told = {
                            text: library.undated_left_out(text, source=source, since=since)
                            for text in QUERIES
                        }
                    assert told == wanted, (source, since, few)
            for word in WORDS:
                by_hand = read_one_by_one(library, word, source)
                assert library.undated_left_out(f"{word} date:2021", source=source) == by_hand
