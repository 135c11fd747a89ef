"""Renderings that share too few shingles to be compared as clips or edits (qg33, issue 18:
p31's two translations of Wilders' "PVV voters, thanks" share two): quotes that share
`quote_links.LOOSE` shingles but fewer than ``need`` are compared as renderings alone
(`quote_links.loose`), in a build, through updates and in the stored index, and group as
`split` groups the whole set of quotes at once."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_links import LOOSE, NONE, PARAPHRASE, linked, loose, need, shingles
from index.analysis.quote_links import split as split_groups
from index.analysis.quotes import extract_quotes, quote_words

ONE = "Ferry voters, thanks. We won seats, first victory is in. The mayor hasn't got rid of me yet"
OTHER = (
    "Ferry voters - thank you. We have won seats. Our first success. The mayor is not rid of me yet"
)
UNLIKE = "The ferry will not sail this winter and the mayor knows why: the pier is rotten through"
DAY = date(2017, 3, 15)


def test_two_renderings_sharing_two_shingles_are_compared_as_renderings() -> None:
    a, b = quote_words(ONE), quote_words(OTHER)
    shared = len(shingles(a) & shingles(b))
    assert LOOSE <= shared < need(len(a), len(b))  # too few for a clip or an edit
    assert linked(a, b) == PARAPHRASE == linked(b, a) == loose(a, b)
    assert linked(a, quote_words(UNLIKE)) == NONE


def _add(index: QuoteIndex, aid: str, quote: str, speaker: str | None, days: int = 0) -> None:
    body = f'"{quote}," {speaker} said.' if speaker else f'"{quote}," the notice read.'
    index.add_article(
        aid, "Outlet " + aid, (DAY + timedelta(days=days)).isoformat(), extract_quotes(body)
    )


def _together(index: QuoteIndex, *articles: str) -> bool:
    return any(set(g.articles) >= set(articles) for g in index.groups())


def test_one_speakers_renderings_sharing_two_shingles_are_one_group() -> None:
    index = QuoteIndex()
    _add(index, "a", ONE, "Geert Wilders")
    _add(index, "b", OTHER, None)
    assert _together(index, "a", "b")
    _add(index, "b", OTHER, "Mark Rutte")  # (replaced) another speaker: two statements
    assert not _together(index, "a", "b")


RENDERINGS = (ONE, OTHER, UNLIKE, ONE.replace("thanks", "thank you all"))
SPEAKERS = (None, "Geert Wilders", "Wilders", "Mark Rutte")
ARTICLE = st.tuples(
    st.sampled_from(range(len(RENDERINGS))), st.sampled_from(SPEAKERS), st.integers(0, 5)
)
STEP = st.tuples(st.sampled_from(["a0", "a1", "a2", "a3", "a4"]), st.none() | ARTICLE)


@settings(max_examples=80, deadline=None)
@given(st.lists(STEP, min_size=1, max_size=12))
def test_any_adds_and_removes_group_as_the_whole_set_splits(
    steps: list[tuple[str, tuple[int, str | None, int] | None]],
) -> None:
    """Oracle: `split` of every quote held at once (its links found by counting every
    pair's shared shingles) gives the groups an index kept up to date piece by piece."""
    index = QuoteIndex()
    for aid, article in steps:
        if article is None:
            index.remove_article(aid)
            continue
        text, speaker, days = article
        _add(index, aid, RENDERINGS[text], speaker, days)
    held = {(a, i): q.words for a in index._articles for i, q in enumerate(index.quotes(a))}
    quote = {k: index.quotes(k[0])[k[1]] for k in held}
    expected = split_groups(
        held,
        lambda k: quote[k].speaker,
        lambda k: index._articles[k[0]].date,
        lambda k: [],
        lambda k: "Outlet " + k[0],
    )
    got = {
        frozenset(
            (
                o.article,
                next(i for i, q in enumerate(index.quotes(o.article)) if q.start == o.start),
            )
            for o in g.occurrences
        )
        for g in index.groups()
    }
    assert got == {frozenset(g) for g in expected}
