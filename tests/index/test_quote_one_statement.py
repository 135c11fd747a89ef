"""One speaker's statement quoted in parts (issue 18, qn25): one outlet ran its first
sentences and a shared one, another the shared sentence and what followed, a third the
shared sentence alone. The shared sentence is a clip of two quotes that neither contain
nor overlap each other; when one speaker (or none) is named for all and they ran within
`STOCK_DAYS`, they are one group; a shared clip under `ONE_STATEMENT_WORDS` words joins
them only within `SHORT_STATEMENT_DAYS` (rp27). Another speaker's quote, or one far apart
in time, keeps them apart as before; but two of one speaker sharing `SAID_RUN_WORDS` in a
row within `STOCK_DAYS` are one group by themselves (`quote_unions.said_run`, qg37)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_stock import ONE_STATEMENT_WORDS, SHORT_STATEMENT_DAYS, STOCK_DAYS
from index.analysis.quote_unions import SAID_RUN_WORDS
from index.analysis.quotes import extract_quotes

BEFORE = "Whatever the outcome of the vote on Tuesday, nothing here is settled"
SHARED = [
    "the genie will not go back into the bottle for this country",
    "this reform will not be reversed by any future government",
]
AFTER = [
    "This patriotic revolution, whether today or tomorrow, will stay",
    "People across every region feel misrepresented by their leaders",
]
FOLLOWS = "Voters who feel ignored will keep turning up at the polls"
DAY = date(2017, 3, 15)


SPEAKERS_OF_B = {
    "Wilders": True,
    "Geert Wilders": True,
    "Mark Rutte": False,
    "Hunter Wilders": False,
}
"""b's speaker: whether it is a's and c's Geert Wilders."""


def _add(index: QuoteIndex, aid: str, quote: str, speaker: str, days: int) -> None:
    body = f'"{quote}," said {speaker}, who spoke on Monday.'
    index.add_article(
        aid, "Outlet " + aid, (DAY + timedelta(days=days)).isoformat(), extract_quotes(body)
    )


def _together(index: QuoteIndex) -> bool:
    return any(set(g.articles) >= {"a", "b", "c"} for g in index.groups())


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(SHARED),
    st.sampled_from(AFTER),
    st.lists(st.integers(0, 2 * STOCK_DAYS), min_size=3, max_size=3),
    st.sampled_from(list(SPEAKERS_OF_B)),
)
def test_one_speakers_statement_quoted_in_parts_is_one_group(
    shared: str, after: str, days: list[int], b_speaker: str
) -> None:
    """b's speaker is Geert Wilders by surname or in full, or someone else: another surname
    or another Wilders (rv25: a shared surname alone joined two people's quotes)."""
    index = QuoteIndex()
    cap = shared[0].upper() + shared[1:]
    _add(index, "a", f"{BEFORE}: {shared}. {after}", "Geert Wilders", days[0])
    _add(index, "b", f"{cap}. {FOLLOWS}", b_speaker, days[1])
    _add(index, "c", cap, "Geert Wilders", days[2])
    close = max(days) - min(days) <= STOCK_DAYS
    # a and b, one speaker's, share a run of `SAID_RUN_WORDS`: one statement transcribed
    # two ways whatever c's day (qg37), and c a clip of that one group
    run = len(shared.split()) >= SAID_RUN_WORDS and abs(days[0] - days[1]) <= STOCK_DAYS
    assert _together(index) == ((close or run) and SPEAKERS_OF_B[b_speaker])


SHORT_SHARED = [
    "we will not go back",
    "nobody here has seen the letter",
    "this is the wrong kind of populism",
]
"""Shared clips of five to seven words (a clip has five at least)."""


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(SHORT_SHARED),
    st.sampled_from(AFTER),
    st.lists(st.integers(0, 2 * STOCK_DAYS), min_size=3, max_size=3),
)
def test_a_short_shared_clip_joins_a_statement_only_within_a_day(
    shared: str, after: str, days: list[int]
) -> None:
    """Parts of one answer run the same day or the next; a short phrase one speaker says
    again days later ("a fair, up-or-down vote") is not one statement."""
    assert len(shared.split()) < ONE_STATEMENT_WORDS
    cap = shared[0].upper() + shared[1:]
    index = QuoteIndex()
    _add(index, "a", f"{BEFORE}: {shared}. {after}", "Geert Wilders", days[0])
    _add(index, "b", f"{cap}. {FOLLOWS}", "Wilders", days[1])
    _add(index, "c", cap, "Geert Wilders", days[2])
    assert _together(index) == (max(days) - min(days) <= SHORT_STATEMENT_DAYS)
