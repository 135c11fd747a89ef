"""A wire's headline in capitals over a one- or two-sentence lede, then an outlet line:
the outlet line does not make the lede the title: it stays in the text, and the title is
what it is without the outlet line (rv42, reviewing nu42 #3).

fx82 took a headline written as a sentence over a known outlet's line for the title. A
capitals headline of six words or fewer reads as a kicker (`head._kicker_like`), so under
"AMC FEBRUARY CAR OUTPUT DECLINES" the lede over "Reuters" became the title and left the
body (54 Reuters records of 2,353 in /tmp/rv42/layouts.py's title/sent1/outlet layout).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from tests.index.test_markdown_header import BODY

HEAD_WORDS = ["AMC", "FEBRUARY", "CAR", "OUTPUT", "DECLINES", "HOECHST", "COMPLETES", "BUY"]
LEDE_WORDS = ["the", "company", "said", "its", "output", "rose", "in", "February", "sales"]
OUTLETS = ["Reuters", "New York Times", "Politico", "BBC News"]


@settings(max_examples=150, deadline=None)
@given(
    head=st.lists(st.sampled_from(HEAD_WORDS), min_size=3, max_size=6, unique=True),
    lede=st.lists(st.sampled_from(LEDE_WORDS), min_size=5, max_size=16),
    outlet=st.sampled_from(OUTLETS),
    gap=st.booleans(),
)
@example(
    head=["AMC", "FEBRUARY", "CAR", "OUTPUT", "DECLINES"],
    lede=["American", "Motors", "Corp", "said", "its", "February", "U.S.", "car", "output"],
    outlet="Reuters",
    gap=False,
)
def test_an_outlet_line_under_a_lede_under_a_capitals_headline_changes_nothing(
    head: list[str], lede: list[str], outlet: str, gap: bool
) -> None:
    title = " ".join(head)
    first = " ".join(lede)
    first = first[0].upper() + first[1:] + "."
    found = extract(f"{title}\n\n{first}" + ("\n\n" if gap else "\n") + f"{outlet}\n\n{BODY}\n")
    alone = extract(f"{title}\n\n{first}\n\n{BODY}\n")  # the oracle: no outlet line
    assert (found.title, found.title_derived) == (alone.title, alone.title_derived)
    assert found.title != first and first in found.body
