"""One company's payouts are one story whatever kind word their headlines carry, and a
ticker in round brackets names its company (st46, issue 16).

"ACME WIDGETS QTLY DIVIDEND" and "ACME WIDGETS REGULAR DIVIDEND" (no ticker, no verb of the
issue form) read as two issuers while the kind word was taken for part of the name, and
their likeness counted 0.2. "KAUFEL GROUP LTD (KGL.M) 3RD QTR NET" names its company as
"<KGL.M>" does, so results tables of different parenthesised tickers stay apart.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from index.analysis import story_tickers
from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_issuers import KINDS, issuer_words
from index.analysis.story_tickers import SALTS, bit, ticker_keys, tickers

DAY = datetime(1987, 3, 2, 4)

payers = st.sampled_from(["ACME WIDGETS", "BIG RIVER TRUST", "NORTH STAR FUND", "OMEGA MILLS CO"])
kind_words = st.sampled_from(sorted(KINDS - {"IN", "VOTES", "SPLIT", "SPLITS"}))
kinds = st.lists(kind_words, max_size=2)
endings = st.sampled_from(["DIVIDEND", "PAYOUT"])
verbs = st.sampled_from(["", "SETS", "DECLARES", "RAISES", "CUTS", "IN"])


def headline(payer: str, verb: str, kind: list[str], ending: str) -> str:
    """A payout headline: payer, maybe a verb, maybe kind words, the payout."""
    return " ".join(w for w in (payer, verb, *kind, ending) if w)


@settings(max_examples=200, deadline=None)
@given(payers, verbs, kinds, endings)
def test_a_payouts_kind_is_no_part_of_its_payer(
    payer: str, verb: str, kind: list[str], ending: str
) -> None:
    # oracle: the payer's words, company suffixes left out
    want = frozenset(payer.split()) - {"CO"}
    assert issuer_words(headline(payer, verb, kind, ending)) == want


def payout(key: str, title: str, cents: int, hour: int) -> StoryArticle:
    """A payout table under its headline (figures differ: no near copy)."""
    body = f"Qtly div {cents} cts vs {cents - 2} cts prior\nPay April {hour + 1}\nRecord March 20"
    return StoryArticle(key, title, body, "Reuters", DAY + timedelta(hours=hour))


bare = st.sampled_from(["", "", "IN", "SETS"])  # mostly no verb: where the kind word told


@settings(max_examples=30, deadline=None)
@given(
    payers,
    st.lists(
        st.tuples(bare, st.lists(kind_words, min_size=1, max_size=2), endings),
        min_size=2,
        max_size=2,
    ),
)
@example("ACME WIDGETS", [("", ["QTLY"], "DIVIDEND"), ("", ["REGULAR"], "DIVIDEND")])
def test_one_payers_payouts_of_a_day_are_one_story(
    payer: str, forms: list[tuple[str, list[str], str]]
) -> None:
    titles = [headline(payer, *form) for form in forms]
    assume(titles[0] != titles[1])
    wires = [payout(f"p{k}", title, 20 + 3 * k, 2 * k) for k, title in enumerate(titles)]
    built = StoryModel.build(wires)
    updated = StoryModel.build(wires[:1]).update(wires[1:])
    for model in (built, updated):
        assert model.story_of("p0") == model.story_of("p1"), titles


def test_kind_words_still_leave_two_payers_apart() -> None:
    wires = [
        payout("a", "ACME WIDGETS QTLY DIVIDEND", 20, 0),
        payout("b", "OMEGA MILLS QTLY DIVIDEND", 24, 1),
    ]
    model = StoryModel.build(wires)
    assert model.story_of("a") != model.story_of("b")


tickers_drawn = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=4)
exchanges = st.sampled_from(["M", "TO", "O", "J", "T", "CO"])


@settings(max_examples=100, deadline=None)
@given(tickers_drawn, exchanges, st.sampled_from(["KAUFEL GROUP LTD", "ACME", ""]))
def test_a_parenthesised_ticker_names_its_company_as_a_bracketed_one(
    ticker: str, exchange: str, name: str
) -> None:
    round_ = ticker_keys(f"{name} ({ticker}.{exchange}) 3RD QTR NET")
    angle = ticker_keys(f"{name} <{ticker}.{exchange}> 3RD QTR NET")
    assert round_ == angle and len(round_) == 1
    for other in ("JUSTICE ASKS DISMISSAL OF TWA (TWA) FILING", "A (U.S.) B", "(N.J) X"):
        assert ticker_keys(other) == frozenset()


def results(key: str, title: str, hours: int) -> StoryArticle:
    """A quarterly results table (figures differ: no copy)."""
    a, b = 10 + 7 * hours, 20 + 11 * hours
    body = (
        f"Shr {a} cts vs {b} cts. Net {a * 1000} vs {b * 1000}. Revs {a + b} mln vs {b} mln."
        f" Year shr {a * 4} cts vs {b * 4} cts. Net {a * 4000} vs {b * 4000}."
    )
    return StoryArticle(key, title, body, "Reuters", DAY + timedelta(hours=hours))


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(tickers_drawn, exchanges), min_size=2, max_size=4, unique_by=lambda t: t[0])
)
def test_results_of_different_parenthesised_tickers_never_share_a_story(
    drawn: list[tuple[str, str]],
) -> None:
    keys = [next(iter(ticker_keys(f"({t}.{x})"))) for t, x in drawn]
    for k, a in enumerate(keys):
        for b in keys[k + 1 :]:
            assume(any(bit(a, salt) != bit(b, salt) for salt in SALTS))
    wires = [results(f"r{k}", f"ACME ({t}.{x}) 3RD QTR NET", k) for k, (t, x) in enumerate(drawn)]
    assert tickers(wires)[:, 0].all()
    built = StoryModel.build(wires)
    updated = StoryModel.build(wires[:1]).update(wires[1:])
    for model in (built, updated):
        assert len({model.story_of(a.id) for a in wires}) == len(wires)


def test_one_parenthesised_ticker_and_its_bracketed_form_are_one_company() -> None:
    wires = [results("a", "KAUFEL GROUP LTD (KGL.M) 3RD QTR NET", 0)]
    wires.append(results("b", "KAUFEL GROUP <KGL.M> 3RD QTR NET", 1))
    mask = tickers(wires)
    one = np.array([0], dtype=np.int64)
    assert not story_tickers.clashes(one, one + 1, mask)[0]
