"""One speaker's statement quoted in parts (issue 18, qn25): one outlet ran its first
sentences and a shared one, another the shared sentence and what followed, a third the
shared sentence alone. The shared sentence is a clip of two quotes that neither contain
nor overlap each other; when one speaker (or none) is named for all and they ran within
`STOCK_DAYS`, they are one group. Another speaker's quote, or one far apart in time, or a
clip under `ONE_STATEMENT_WORDS` words, keeps them apart as before."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_stock import ONE_STATEMENT_WORDS, STOCK_DAYS
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
    assert _together(index) == (close and SPEAKERS_OF_B[b_speaker])


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(AFTER))
def test_a_short_shared_clip_joins_no_statement(after: str) -> None:
    shared = "we will not go back"
    assert len(shared.split()) < ONE_STATEMENT_WORDS
    index = QuoteIndex()
    _add(index, "a", f"{BEFORE}: {shared}. {after}", "Geert Wilders", 0)
    _add(index, "b", f"We will not go back. {FOLLOWS}", "Wilders", 0)
    _add(index, "c", "We will not go back", "Geert Wilders", 0)
    assert not _together(index)
