"""The passages a highlight without a selection may cover: exact, trimmed, in order, short."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from index.notebook import anchor_at, passages

_WORDS = st.sampled_from(["The", "dam", "U.S.", "said.", "Mr.", "Oroville", "spilled!", "  ", "\n"])
_BODIES = st.lists(_WORDS, max_size=400).map(" ".join)


@given(_BODIES, st.integers(min_value=1, max_value=700))
def test_passages_are_exact_trimmed_ordered_and_bounded(body: str, short: int) -> None:
    places = list(passages(body, short))
    for start, end in places:
        text = body[start:end]
        assert text and text == text.strip() and "\n" not in text
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(places))
    # nothing but whitespace is left out
    kept = set().union(*(range(start, end) for start, end in places))
    assert all(body[i].isspace() for i in range(len(body)) if i not in kept)


@given(_BODIES)
def test_every_passage_anchors_back_to_itself(body: str) -> None:
    for start, end in passages(body, 40):
        anchor = anchor_at(body, start, end)
        assert anchor.exact == body[start:end]
