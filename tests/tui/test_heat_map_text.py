"""The heat map shows the base article's own text: its sentences and the gaps between them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.style import Style

from index.analysis.multicompare import SentenceCoverage
from index.text.sentences import split_sentences
from tui.widgets.heat_map import LEVELS, heat_text

STYLES = {name: Style() for name in LEVELS}


def shown(body: str) -> str:
    coverage = [
        SentenceCoverage(n, s.start, s.end, s.text, ()) for n, s in enumerate(split_sentences(body))
    ]
    return heat_text(coverage, body, 2, STYLES).plain


def words_and_marks(text: str) -> str:
    """The text with each run of white space one space: what a gap may become."""
    return re.sub(r"\s+", " ", text.strip())


def test_a_state_tag_before_said_keeps_its_comma_close() -> None:
    """nu31 #3: "Elizabeth Warren, D-Mass., said" was shown "D-Mass. , said"."""
    body = (
        '"It is hard to imagine a worse choice," Sen. Elizabeth Warren, D-Mass., said before'
        " she read letters. DeVos stirred up opposition.\n\nA new paragraph."
    )
    assert shown(body) == body


_PIECES = (
    "Sen. Elizabeth Warren, D-Mass.",
    ", said so.",
    "The U.S. Army left.",
    "It rose 3.5 percent!",
    '"Really?"',
    "he asked.",
    "Talks go on",
    "D-W.Va.",
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from(("", " ", "  ", "\n", "\n\n", " \n "))),
        min_size=1,
        max_size=8,
    )
)
def test_the_map_shows_the_body_however_it_is_cut(parts: list[tuple[str, str]]) -> None:
    """An oracle: whatever the splitter cuts, the map reads as the body does (each
    sentence is a slice of the body, shown whole, and only the body's own gaps lie between
    them: no space where it has none)."""
    body = "".join(piece + gap for piece, gap in parts)
    text = shown(body)
    assert words_and_marks(text) == words_and_marks(body)
    at = 0
    for sentence in split_sentences(body):
        at = text.index(sentence.text, at) + len(sentence.text)
    assert text.count("\n\n") == len(re.findall(r"\S\s*\n\s*(?=\S)", body))
