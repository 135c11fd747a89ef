"""OpenSearch's ``published`` field prints a date as the JSON does (`index.when.iso_when`,
rv35 #6): a stated midnight without the microsecond the index keeps it by, a day as the
day. The document keeps the fact in ``timed`` and the exact value in ``card`` (read back),
checked offline against `iso_when` and `has_time` over generated dates."""

from __future__ import annotations

from datetime import date, datetime, time

from hypothesis import given
from hypothesis import strategies as st

from index.models import Article
from index.opensearch.documents import article_from, document
from index.when import has_time, timed_value

SECONDS = st.times().map(lambda t: t.replace(microsecond=0))
"""A clock reading as sources state it (whole seconds), midnight often."""


@given(
    st.dates(min_value=date(1850, 1, 1), max_value=date(2300, 1, 1)),
    st.one_of(st.none(), st.just(time(0)), SECONDS),
)
def test_published_prints_what_the_source_stated(day: date, clock: time | None) -> None:
    when = (
        datetime.combine(day, time(0))
        if clock is None
        else timed_value(datetime.combine(day, clock))
    )
    article = Article("m1", "/c/m1.json", "Harbour", False, "Wire A", None, None, when, "Body.")
    doc = document(article)
    expected = day.isoformat() if clock is None else datetime.combine(day, clock).isoformat()
    assert doc["published"] == expected
    assert ("timed" in doc) == (clock is not None) == has_time(when)
    assert datetime.fromisoformat(doc["published"]).replace(microsecond=0) == when.replace(
        microsecond=0
    )
    assert article_from(doc).date == when  # the card keeps the exact value
