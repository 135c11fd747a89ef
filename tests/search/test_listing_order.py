"""The empty query's order without a hit per article (`Filters.listed_in_order`).

The oracle is what the search did before: a hit for every listed article within the
limits, put in order by `order`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from index.models import SORTS, Hit
from index.search.filters import Filters, instant_key, order
from index.store.schema import title_key

DAYS = [datetime(2024, 1, 1) + timedelta(days=n, hours=n % 3) for n in range(5)]

rows = st.tuples(
    # repeated titles (ties), and titles equal but for case or a leading quote mark
    st.sampled_from(["Alpha", "beta", "Alpha", "", "Zed", "alpha", "“Beta", "'zed"]),
    st.booleans(),
    st.sampled_from([None, "Wire", "wire ", "Post", "The  Post"]),
    st.one_of(st.none(), st.sampled_from(DAYS)),
)


def _hit(article_id: str, row: list[Any]) -> Hit:
    """As `StoreReader.hit` makes it."""
    title, derived, source, date, file_rel = row
    date = datetime.fromisoformat(date) if date else None
    return Hit(article_id, title, derived, source, date, 0.0, path=file_rel)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(rows, max_size=40),
    st.sampled_from(SORTS),
    st.sampled_from([None, "wire", "post", "the post", "nobody"]),
    st.one_of(st.none(), st.sampled_from(DAYS)),
    st.one_of(st.none(), st.sampled_from(DAYS)),
    st.booleans(),
)
def test_listed_in_order_is_the_order_of_every_hit(
    made: list[tuple[str, bool, str | None, datetime | None]],
    sort: Any,
    source: str | None,
    since: datetime | None,
    until: datetime | None,
    zoned: bool,
) -> None:
    def stamp(day: datetime | None) -> datetime | None:
        return day.replace(tzinfo=UTC) if day is not None and zoned else day

    listing = {  # ids not in the listing's order: ties go by id, not by place
        f"id{n * 7 % 41:03d}": [
            title,
            derived,
            source,
            (stamp(date).isoformat() if date else None),
            "f",
        ]
        for n, (title, derived, source, date) in enumerate(made)
    }
    filters = Filters(listing, [], None)
    for _ in range(2):  # the second time from the kept order
        found = filters.listed_in_order(sort, source, stamp(since), stamp(until))
        hits = [_hit(i, listing[i]) for i in filters.listed(source, stamp(since), stamp(until))]
        assert found == [hit.id for hit in order(hits, sort)]


ZONES = [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
instants = st.builds(
    lambda day, minute, micro, zone: (
        datetime(2024, 1, 1) + timedelta(days=day, minutes=minute, microseconds=micro)
    ).replace(tzinfo=zone),
    st.integers(0, 3),
    st.sampled_from([0, 1, 330, 480, 1439]),  # offsets that land on the same instant
    st.sampled_from([0, 0, 1, 500_000]),
    st.sampled_from(ZONES),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(instants, min_size=2, max_size=12), st.booleans())
def test_instant_keys_sort_and_tie_as_the_instants(moments: list[datetime], naive: bool) -> None:
    if naive:
        moments = [m.replace(tzinfo=None) for m in moments]
    keys = [instant_key(m.isoformat()) for m in moments]
    for a, ka in zip(moments, keys, strict=True):
        for b, kb in zip(moments, keys, strict=True):
            assert (ka < kb) == (a < b)
            assert (ka == kb) == (a == b)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["A", "b", "A", "", "a", "‘B"]), st.one_of(st.none(), instants)),
        max_size=40,
    ),
    st.sampled_from(SORTS),
    st.integers(0, 12),
)
def test_the_first_page_is_the_start_of_the_whole_order(
    made: list[tuple[str, datetime | None]], sort: Any, limit: int
) -> None:
    listing = {
        f"id{n * 7 % 41:03d}": [title, False, "Wire", date.isoformat() if date else None, "f"]
        for n, (title, date) in enumerate(made)
    }
    hits = [_hit(i, row) for i, row in listing.items()]
    whole = [hit.id for hit in order(hits, sort)]  # the oracle: a hit for every article
    page, total = Filters(listing, [], None).first_listed(sort, limit, None, None, None)
    assert (page, total) == (whole[:limit], len(whole))
    filters = Filters(listing, [], None)
    assert filters.first_listed(sort, None, None, None, None) == (whole, len(whole))
    assert filters.first_listed(sort, limit, None, None, None) == (whole[:limit], len(whole))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["A", "b", "A", "", "a"]), st.one_of(st.none(), instants)),
        max_size=40,
    ),
    st.sampled_from(SORTS),
    st.integers(0, 12),
    st.booleans(),
)
def test_every_dated_article_is_the_orders_dated_part(
    made: list[tuple[str, datetime | None]], sort: Any, limit: int, kept: bool
) -> None:
    """``since=datetime.min`` (`Library.date_span`: the dated articles, sx40) pages and
    counts as the whole order's dated articles, with the whole order kept or not."""
    listing = {
        f"id{n * 7 % 41:03d}": [title, False, "Wire", date.isoformat() if date else None, "f"]
        for n, (title, date) in enumerate(made)
    }
    hits = [_hit(i, row) for i, row in listing.items() if row[3]]
    whole = [hit.id for hit in order(hits, sort)]  # the oracle: a hit for every dated one
    filters = Filters(listing, [], None)
    if kept:
        filters.listed_in_order(sort, None, None, None)
    assert sorted(filters.listed(None, datetime.min, None)) == sorted(whole)
    assert filters.first_listed(sort, limit, None, datetime.min, None) == (
        whole[:limit],
        len(whole),
    )


def test_the_newest_come_first_and_a_days_titles_a_to_z() -> None:
    """The reader with no query lists the newest first; on one day, titles read A-Z (they
    came Z-A: "Will…", "White…", "What…", "Want…")."""
    day, before = "2017-02-07T00:00:00", "2017-02-06T00:00:00"
    titles = ["Want", "Will", "Older", "What", "White"]
    listing = {
        f"id{n}": [title, False, "Wire", before if title == "Older" else day, "f"]
        for n, title in enumerate(titles)
    }
    expected = ["Want", "What", "White", "Will", "Older"]
    for limit in (None, 2, 4):
        page, _ = Filters(listing, [], None).first_listed("newest", limit, None, None, None)
        assert [listing[i][0] for i in page] == expected[:limit]
    hits = [_hit(i, row) for i, row in listing.items()]
    assert [hit.title for hit in order(hits, "newest")] == expected


def _oracle_key(sort: str) -> Any:
    """Each order as one sort key: what is left tied goes by article id."""

    def when(hit: Hit) -> float:
        return hit.date.timestamp() if hit.date is not None else 0.0

    if sort == "source":
        return lambda h: (
            h.source is None,
            (h.source or "").lower(),
            h.date is None,
            -when(h),
            h.id,
        )
    sign = -1 if sort == "newest" else 1
    return lambda h: (h.date is None, sign * when(h), title_key(h.title), h.id)


@settings(max_examples=200, deadline=None)
@given(st.lists(rows, max_size=40), st.sampled_from(["newest", "oldest", "source"]), st.randoms())
def test_every_order_is_one_key_ending_in_the_id(
    made: list[tuple[str, bool, str | None, datetime | None]], sort: str, shuffle: Any
) -> None:
    hits = [
        _hit(f"id{n:03d}", [title, derived, source, date.isoformat() if date else None, "f"])
        for n, (title, derived, source, date) in enumerate(made)
    ]
    expected = sorted(hits, key=_oracle_key(sort))
    shuffle.shuffle(hits)  # the order given does not matter
    assert order(hits, sort) == expected  # type: ignore[arg-type]
