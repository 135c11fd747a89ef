"""A date filter keeps dated articles only, and says how many undated matches it left out
(nu42 #5: `search ... --since` gave 7 of 8 without a word). Checked against an oracle over
generated corpora: the count told is the number of hits of the query without its filter
that have no date."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library
from index.library_dates import without_dates
from tests.conftest import write_corpus

WORDS = ("wheat", "frost", "barley")
DAYS = ("2021-02-12", "2021-02-13T09:30:00", "2021-02-14", "2021-03-01T23:00:00")

article = st.tuples(
    st.sets(st.sampled_from(WORDS), min_size=1),
    st.one_of(st.none(), st.sampled_from(DAYS)),
    st.sampled_from(("Herald", "Courier")),
)

# a query and its date filter: (the query, --since, what the query is without its filter)
FILTERED = [
    ("wheat", datetime(2021, 2, 13), "wheat"),
    ("wheat date:>=2021-02-13", None, "wheat"),
    ("frost AND date:2021-02", None, "frost"),
    ("date:[2021-02-13 to 2021-02-14] barley", None, "barley"),
    ("date:2021", None, ""),
    ("", datetime(2021, 3, 1), ""),
    ("(wheat OR barley) date:<2021-02-14", datetime(2021, 2, 1), "(wheat OR barley)"),
    # a date with a time: it raised IndexError inside Whoosh on some corpora (fx81, fx85)
    ('wheat date:>"2021-02-13 10:00"', None, "wheat"),
    ("date:[2021-02-13T09:30 to 2021-03] frost", None, "frost"),
]


def field_corpus(top: Path, articles: list[tuple[set[str], str | None, str]]) -> Path:
    files = {}
    for n, (words, date, source) in enumerate(articles):
        dated = f"date: {date}\n" if date else ""
        body = " ".join(sorted(words))
        files[f"a{n}.md"] = f"---\ntitle: Field {n}\nsource: {source}\n{dated}---\n{body} {n}\n"
    return write_corpus(top / "c", files)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article, min_size=1, max_size=8))
def test_the_count_told_is_the_undated_matches_without_the_filter(
    articles: list[tuple[set[str], str | None, str]],
) -> None:
    top = Path(tempfile.mkdtemp())
    with Library.open(field_corpus(top, articles), top / "i") as library:
        for source in (None, "Herald"):
            for text, since, free in FILTERED:
                every = library.search(free, limit=None, source=source, count=False).hits
                want = sum(hit.date is None for hit in every)
                told = library.undated_left_out(text, source=source, since=since)
                assert told == want, (text, since, source)
                kept = library.search(text, limit=None, source=source, since=since).hits
                assert all(hit.date is not None for hit in kept)  # the set stays dated
                assert len(kept) + told <= len(every)
            # no date filter: nothing is left out
            assert library.undated_left_out("wheat", source=source) == 0
            assert library.undated_left_out("wheat OR date:2021", source=source) == 0


@pytest.mark.parametrize(
    ("text", "free"),
    [
        ("dam date:2017", "dam"),
        ('wheat date:>"2021-02-13 10:00"', "wheat"),  # a time: a range and the timed field
        ("dam AND date:>2017-03-01", "dam"),
        ("date:2017 AND dam", "dam"),
        ("date:2017", ""),
        ('"voting rights" OR "voting law" date:>2021-06-01', '"voting rights" OR "voting law"'),
        ("source:bbc date:2017", "source:bbc"),
        ("dam", None),  # no date filter
        ("dam OR date:2017", None),  # a date in an OR filters nothing out
        ("-date:2017 dam", None),  # nor a negated one
        ("NOT date:2017 dam", None),
        ('"date:2017" dam', None),  # words of a phrase
    ],
)
def test_a_query_without_its_date_filter(text: str, free: str | None) -> None:
    assert without_dates(text) == free
