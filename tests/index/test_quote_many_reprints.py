"""A quotation reprinted more often than a shingle may be common (`COMMON_SHINGLE`) is one
group, in a build and through updates (nu28 #8: a quote repeated through one long article
made 1,859 groups, and a 401st reprint anywhere found no candidate). Each quote's whole text
is kept among its shingles (`quote_links.whole`), and its bucket is always looked in."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis import quote_candidates, quote_store
from index.analysis.quote_derived import ArticleQuotes, QuotesDerived, _read_groups
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes

QUOTE = "we will not raise the harbour fees this year and nobody who works the docks should fear"
EDITED = QUOTE.replace("harbour", "harbor")


def _found(aid: str, text: str) -> ArticleQuotes:
    quotes = extract_quotes(f'"{text}," Mayor Anna Keller said.')
    return ArticleQuotes(
        aid, f"Outlet {aid}", datetime(2021, 5, 1), quotes, tuple(q.words for q in quotes)
    )


@pytest.fixture
def common(monkeypatch: pytest.MonkeyPatch) -> int:
    """A shingle in more than 5 quotes is common (400 in use: the same rule, fewer copies)."""
    monkeypatch.setattr(quote_candidates, "COMMON_SHINGLE", 5)
    monkeypatch.setattr(quote_store, "_COMMON_SHINGLE", 5)
    return 5


def test_nine_hundred_reprints_are_one_group() -> None:
    index = QuoteIndex()
    for n in range(900):
        found = _found(f"a{n}", QUOTE if n % 3 else EDITED)
        index.add_article(found.id, found.source, found.date, found.quotes, found.words)
    [group] = index.groups()
    assert len(group.articles) == 900


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.integers(1, 14),
    rounds=st.lists(
        st.tuples(st.integers(0, 6), st.lists(st.integers(0, 30), max_size=4)),
        min_size=1,
        max_size=4,
    ),
    edited=st.booleans(),
)
def test_updates_past_the_common_bound_keep_one_group_as_a_build(
    common: int,
    tmp_path_factory: pytest.TempPathFactory,
    first: int,
    rounds: list[tuple[int, list[int]]],
    edited: bool,
) -> None:
    root = tmp_path_factory.mktemp("reprints")
    kind = QuotesDerived()
    text = {n: EDITED if edited and n % 4 == 0 else QUOTE for n in range(60)}
    live = {f"a{n}": _found(f"a{n}", text[n]) for n in range(first)}
    folder = root / "g0"
    folder.mkdir()
    kind.build((live[a] for a in sorted(live)), folder, None)
    assert len(_read_groups(folder)) == 1
    serial = first
    for n, (adds, drops) in enumerate(rounds, 1):
        removed = sorted({f"a{d}" for d in drops} & set(live))
        for aid in removed:
            live.pop(aid)
        added = [_found(f"a{serial + k}", text[(serial + k) % 60]) for k in range(adds)]
        serial += adds
        live.update((a.id, a) for a in added)
        target = root / f"g{n}"
        target.mkdir()
        kind.update(folder, iter(added), removed, target, None)
        _check(_read_groups(target), live, edited)
        folder = target
    built = root / "built"
    built.mkdir()
    kind.build((live[a] for a in sorted(live)), built, None)
    _check(_read_groups(built), live, edited)


def _check(groups: list[dict[str, Any]], live: dict[str, ArticleQuotes], edited: bool) -> None:
    """The copies of each wording are in one group; with one wording that is all. (An edited
    copy whose shingles are all common but its edit's finds no candidate until a copy of
    its own wording is held: past the bound, two wordings may stay two groups.)"""
    holder = {o["article"]: n for n, g in enumerate(groups) for o in g["occurrences"]}
    assert set(holder) == set(live)
    for wording in ("harbour", "harbor"):
        carriers = {holder[a] for a, found in live.items() if wording in found.words[0]}
        assert len(carriers) <= 1, (wording, carriers)
    if not edited:
        assert len(groups) == (1 if live else 0)
