"""`vectors._words` reads ASCII text with an ASCII pattern: the same words as the Unicode one."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from index.analysis import vectors

_UNICODE_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


@given(st.text(alphabet=st.characters(codec="ascii")) | st.text())
@example("Don't_stop: it's 3'o'clock ''quoted'' x'_y ’tis")
@example("KELVIN \u212a and İstanbul naïve")
def test_words_as_the_unicode_pattern_finds_them(text: str) -> None:
    assert vectors._words(text) == _UNICODE_WORD.findall(text.lower().replace("’", "'"))
