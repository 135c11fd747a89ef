"""Passages never cut a quotation in two (nu44 #2): generated paragraphs whose quotations hold
several sentences ("!", "?", "."), nested single marks, curly or straight marks, and the
attribution after them; every passage balances its double marks, the passages cover the
paragraph whole, and each is an exact slice of the body."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from index.notebook import Notebook, anchor_at, passages
from index.notebook.exports import export
from tests.notebook.conftest import record

_WORDS = st.lists(
    st.sampled_from(["water", "the", "dam", "rose", "kind", "Mr. Lee", "U.S."]),
    min_size=1,
    max_size=5,
)
_ENDS = st.sampled_from([".", "!", "?"])


@st.composite
def _sentence(draw: st.DrawFn, nested: bool = False) -> str:
    words = draw(_WORDS)
    if nested and draw(st.booleans()):
        left, right = draw(st.sampled_from([("'", "'"), ("\u2018", "\u2019")]))
        words = [*words[:-1], f"{left}{words[-1]}{right}"]
    return draw(st.sampled_from(["Then", "Now", "It"])) + " " + " ".join(words) + draw(_ENDS)


@st.composite
def _quotation(draw: st.DrawFn) -> str:
    left, right = draw(st.sampled_from([('"', '"'), ("\u201c", "\u201d")]))
    inner = " ".join(draw(st.lists(_sentence(nested=True), min_size=1, max_size=4)))
    lead = draw(st.sampled_from(["", "He said: ", "She wrote that "]))
    tail = draw(st.sampled_from(["", " he said.", " Then it ended."]))
    if tail == " he said." and draw(st.booleans()):
        return f"{lead}{left}{inner[:-1]},{right}{tail}"
    return f"{lead}{left}{inner}{right}{tail}"


_PARAGRAPHS = st.lists(st.one_of(_sentence(), _quotation()), min_size=1, max_size=6).map(" ".join)


def _balanced(text: str) -> bool:
    return text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")


def _check_cover(body: str, places: list[tuple[int, int]]) -> None:
    for start, end in places:
        text = body[start:end]
        assert text and text == text.strip() and "\n" not in text
    for (_, a_end), (b_start, _) in itertools.pairwise(places):
        assert a_end <= b_start
        assert body[a_end:b_start].strip() == "" or "\n" in body[a_end:b_start]
    kept = set().union(*(range(start, end) for start, end in places))
    assert all(body[i].isspace() for i in range(len(body)) if i not in kept)


@given(st.lists(_PARAGRAPHS, min_size=1, max_size=3).map("\n\n".join))
def test_quotations_stay_whole(body: str) -> None:
    places = list(passages(body, short=0))
    _check_cover(body, places)
    for start, end in places:
        assert _balanced(body[start:end]), body[start:end]
        assert not body[start:end].startswith((",", "\u201d")) and body[start:end] != '"'


@given(_PARAGRAPHS, st.sampled_from(['"', "\u201c", "\u201d"]), st.integers(min_value=0))
def test_a_stray_mark_loses_nothing(paragraph: str, mark: str, where: int) -> None:
    where %= len(paragraph) + 1
    body = paragraph[:where] + mark + paragraph[where:]
    _check_cover(body, list(passages(body, short=0)))


BODY = (
    "After the test, he wrote that they \"do not see how 'kind' the old leader was to "
    'them. Not me!" Then he said: "We thank Mr. Newcomer for showing the U.S. government." '
    "He added more."
)


def test_the_reported_quotation_is_one_passage() -> None:
    body = BODY
    texts = [body[start:end] for start, end in passages(body, short=0)]
    assert texts == [
        "After the test, he wrote that they \"do not see how 'kind' the old leader was to them."
        ' Not me!"',
        'Then he said: "We thank Mr. Newcomer for showing the U.S. government."',
        "He added more.",
    ]


def test_the_memo_quotes_a_picked_passage_closed(notebook: Notebook) -> None:
    """The notebook export of the passage picked: the quotation closes, "Not me!" is in it."""
    start, end = next(passages(BODY, short=0))
    notebook.highlight(record("quote.txt"), anchor_at(BODY, start, end))
    memo = export(notebook.selection([record("quote.txt")]), "markdown")
    quoted = [line for line in memo.splitlines() if line.startswith(">")]
    assert any(line.endswith('Not me!"') and 'they "do not' in line for line in quoted), quoted
