"""A kept passage with a lone double mark inside it (a quotation it ends within, as a
paragraph of a quote running on to the next does, `The mayor said: “We will rebuild.`; or one
it starts within, `rebuild,” the mayor said.`) is shown in one pair of marks: the lone mark
single inside “…”, as a paired one is (rv77: it read “The mayor said: “We will rebuild.”, a
second opening mark inside the first). A straight " after a digit (`5" pipe`) is an inch,
left as it is; a passage of marks only stays as it is (fb43)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from index.wording import quoted
from tests.passage_marks import marked_once

LETTERS = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzAHO"), min_size=1, max_size=6)
WORD = st.one_of(LETTERS, st.tuples(LETTERS, st.sampled_from(",.;:?!")).map("".join))
LONE_OPEN = ("“", '"', "„")
LONE_CLOSE = ("”", '"')
DOUBLE = frozenset('"“”„‟')


@st.composite
def passages(draw: st.DrawFn) -> str:
    """Words, with one lone double mark inside: an opening one before a word that is not the
    first, or a closing one after a word that is not the last."""
    words = draw(st.lists(WORD, min_size=2, max_size=7))
    at = draw(st.integers(1, len(words) - 1))
    if draw(st.booleans()):
        words[at] = draw(st.sampled_from(LONE_OPEN)) + words[at]
    else:
        words[at - 1] = words[at - 1] + draw(st.sampled_from(LONE_CLOSE))
    return " ".join(words)


@given(passages())
@example("The mayor said: “We will rebuild.")
@example('He said: "We will rebuild.')
@example("the city will rebuild,” the mayor said.")
@example('rebuild," the mayor said.')
@example("Er sagte „Nein dazu")
def test_a_lone_double_mark_inside_a_passage_is_shown_single(passage: str) -> None:
    shown = quoted(passage)
    assert marked_once(shown, passage), shown
    assert not DOUBLE & set(shown[1:-1]), shown


def test_an_inch_and_marks_only_stay_as_they_are() -> None:
    assert quoted('a 5" pipe') == '“a 5" pipe”'
    assert quoted('"') == '“"”'
    assert quoted("“") == "““”"


def test_two_lone_straight_marks_stay_and_a_german_inner_pair_is_kept() -> None:
    """A pair written with a space inside is left straight, not half turned; “…” inside
    German „…“ opens a quotation of its own (the fx170 oracle's „“0” 0“ was wrapped again)."""
    assert quoted('WINNER "Burn the Witch, " Radiohead') == '“WINNER "Burn the Witch, " Radiohead”'
    assert quoted("„“Nein” sagte er“") == "„“Nein” sagte er“"


def test_a_straight_pair_right_inside_its_own_is_nested() -> None:
    """The fx170 oracle's draw '""0" 0"' (a passage in "…" opening on a quotation of its
    own) was shown “‘’0" 0”: the second mark read as closing the first."""
    assert quoted('""0" 0"') == "“‘0’ 0”"
