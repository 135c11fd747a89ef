"""Where a speaker is named, found from the end with ``str.rfind`` (issue 18: a pattern
compiled for each speaker cost 12,000 compiles on newsarticles), is where the pattern's
last match was, on generated text. The oracle is the code as it was."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.attribution import Attribution
from index.analysis.speakerwhole import _last_named, _where


def plain_where(text: str, found: Attribution) -> int:
    """`_where` as it was."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(found.speaker or '')}(?![\w'’-])")
    inside = [m.start() for m in pattern.finditer(text, found.start, found.end)]
    if inside:
        return inside[-1]
    before = [m.start() for m in pattern.finditer(text, 0, found.start)]
    return before[-1] if before else -1


_CHARS = st.sampled_from(list("Li Ab-'’_.,é9\n\tx"))
_NAMES = st.sampled_from(["Li", "Li Li", "Ab", "A", "Ab Li", "Li-Ab", "é", "Aba", "L i"])


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, str, int, int]:
    name = draw(st.one_of(_NAMES, st.text(_CHARS, min_size=1, max_size=5)))
    parts = draw(st.lists(st.one_of(st.just(name), st.text(_CHARS, max_size=4)), max_size=12))
    text = "".join(parts)
    lo = draw(st.integers(0, len(text) + 2))
    hi = draw(st.integers(0, len(text) + 2))
    return text, name, lo, hi


@settings(max_examples=3000, deadline=None)
@given(cases())
@example(("Li Li Li", "Li Li", 0, 8))
@example(("xLi Li", "Li", 1, 3))
@example(("Li Lix", "Li", 0, 5))
def test_where_as_before(case: tuple[str, str, int, int]) -> None:
    text, name, lo, hi = case
    found = Attribution(name, None, lo, hi, "test")
    assert _where(text, found) == plain_where(text, found)
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
    listed = [m.start() for m in pattern.finditer(text, lo, hi)]
    assert _last_named(text, name, lo, hi) == (listed[-1] if listed else -1)
