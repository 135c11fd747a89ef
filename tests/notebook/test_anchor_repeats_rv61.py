"""rv61, review of nb42's re-anchoring (2202aee7): a passage's words repeated elsewhere in
the text are not the passage when the passage itself is still there, edited, in its own
context, nor when it was cut out (its old prefix and suffix now meet)."""

from __future__ import annotations

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from index.notebook import AnchorState, anchor_at, locate
from index.notebook.anchor import CONTEXT
from index.notebook.locating import ALONE_MIN_LENGTH

WORDS = st.sampled_from(
    [
        "grain",
        "coffee",
        "council",
        "quota",
        "talks",
        "growers",
        "export",
        "minister",
        "market",
        "price",
        "share",
        "week",
        "Brazil",
        "Colombia",
        "agreed",
        "rejected",
        "proposal",
        "scheme",
        "distribution",
        "producers",
    ]
)


@st.composite
def words(draw: st.DrawFn, least: int, most: int, unique: bool = True) -> str:
    return " ".join(draw(st.lists(WORDS, min_size=least, max_size=most, unique=unique)))


@st.composite
def case(draw: st.DrawFn) -> tuple[str, str, str, str]:
    before = draw(words(8, 14)) + ", "
    passage = draw(words(3, 6, unique=False))
    after = ". " + draw(words(8, 14))
    elsewhere = draw(st.sampled_from(["Elsewhere ", "In other news, officials noted the "]))
    assume(len(passage) >= ALONE_MIN_LENGTH and len(before) > CONTEXT < len(after))
    assume(passage not in before + after)
    return before, passage, after, elsewhere


def _copies(passage: str, elsewhere: str) -> str:
    return f"{elsewhere}{passage} was not on the table, as they had put it.\n\n"


@settings(max_examples=150, deadline=None)
@given(case(), st.data())
@example(
    (
        "Brazil said it would back the new ",
        "quota distribution scheme",
        " if others agreed to it first, growers said.",
        "Elsewhere ",
    ),
    None,
).via("the probe: the words twice elsewhere, one letter changed in place")
def test_a_passage_edited_in_place_is_not_taken_from_a_repeat(
    parts: tuple[str, str, str, str], data: st.DataObject | None
) -> None:
    before, passage, after, elsewhere = parts
    at = len(passage) // 2 if data is None else data.draw(st.integers(1, len(passage) - 2))
    assume(passage[at] not in " q")
    changed_passage = passage[:at] + "q" + passage[at + 1 :]
    body = before + passage + after
    anchor = anchor_at(body, len(before), len(before) + len(passage))
    copies = _copies(passage, elsewhere)
    changed = copies + before + changed_passage + after + "\n\n" + copies
    found = locate(anchor, changed)
    region = (len(copies) + len(before), len(copies) + len(before) + len(changed_passage))
    assert found.state is AnchorState.FUZZY
    assert found.start < region[1] and found.end > region[0], changed[found.start : found.end]


@settings(max_examples=150, deadline=None)
@given(case())
@example(
    (
        "Brazil said it would back the new ",
        "quota distribution scheme",
        " if others agreed to it first, growers said.",
        "Elsewhere ",
    )
)
def test_a_passage_cut_out_is_orphaned_though_its_words_are_elsewhere(
    parts: tuple[str, str, str, str],
) -> None:
    before, passage, after, elsewhere = parts
    body = before + passage + after
    anchor = anchor_at(body, len(before), len(before) + len(passage))
    copies = _copies(passage, elsewhere)
    for changed in (
        copies + before + after + "\n\n" + copies,  # twice elsewhere
        before + after + "\n\n" + copies + copies,  # twice, both after the cut
    ):
        found = locate(anchor, changed)
        assert (found.state, found.start, found.end) == (
            AnchorState.ORPHANED,
            anchor.start,
            anchor.end,
        ), changed[found.start : found.end]
