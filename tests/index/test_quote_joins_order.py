"""The quote joins qg36 added (`quote_parts`, `quote_cited.told`, `quote_relation.RUN`)
over generated corpora (rv41): the groups do not depend on the order the articles come in,
taking an article out and putting it back gives the groups a fresh grouping gives, and no
group joins two quotes given to two different speakers by surname with nothing between."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes

_TEXTS = (
    (
        "obamacare is the law of the land and it will remain the law of the land until it "
        "is replaced and we are going to be living with obamacare for the foreseeable future"
    ),
    (
        "we have no plans to interfere in the internal affairs of the country our task is to "
        "stabilise the legitimate power and to strike a decisive blow at terror"
    ),
)
STATEMENTS = [text.split() for text in _TEXTS]
SPEAKERS = ["Paul Ryan", "Ryan", "Geert Wilders", "Wilders", None]
DAY = date(2017, 3, 24)

quote = st.tuples(
    st.integers(0, len(STATEMENTS) - 1),
    st.integers(0, 20),
    st.integers(4, 20),
    st.sampled_from(SPEAKERS),
)
article = st.tuples(st.lists(quote, min_size=1, max_size=3), st.integers(0, 3))


def body_of(quotes: list[tuple[int, int, int, str | None]]) -> str:
    parts = []
    for n, start, length, speaker in quotes:
        words = STATEMENTS[n][start : start + length]
        text = " ".join(words).capitalize()
        parts.append(f'"{text}," {speaker} said.' if speaker else f'"{text}," it said.')
    return " ".join(parts)


def _build(corpus: dict[str, tuple[str, int]], order: list[str]) -> QuoteIndex:
    index = QuoteIndex()
    for aid in order:
        body, days = corpus[aid]
        when = (DAY + timedelta(days=days)).isoformat()
        index.add_article(aid, "Outlet " + aid, when, extract_quotes(body))
    return index


def _grouping(index: QuoteIndex) -> set[frozenset[tuple[str, int]]]:
    return {frozenset((o.article, o.start) for o in g.occurrences) for g in index.groups()}


corpora = st.lists(article, min_size=2, max_size=6).map(
    lambda arts: {f"a{n}": (body_of(qs), days) for n, (qs, days) in enumerate(arts)}
)


@settings(max_examples=150, deadline=None)
@given(corpora, st.randoms(use_true_random=False), st.data())
def test_groups_do_not_depend_on_article_order_and_update_is_rebuild(
    corpus: dict[str, tuple[str, int]], rng: object, data: st.DataObject
) -> None:
    order = list(corpus)
    first = _grouping(_build(corpus, order))
    shuffled = order[:]
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _grouping(_build(corpus, shuffled)) == first
    # update: take one article out and put it back (last), as an update does
    index = _build(corpus, order)
    gone = data.draw(st.sampled_from(order))
    index.remove_article(gone)
    rest = [a for a in order if a != gone]
    assert _grouping(index) == _grouping(_build(corpus, rest))
    body, days = corpus[gone]
    index.add_article(
        gone, "Outlet " + gone, (DAY + timedelta(days=days)).isoformat(), extract_quotes(body)
    )
    assert _grouping(index) == _grouping(_build(corpus, [*rest, gone]))
