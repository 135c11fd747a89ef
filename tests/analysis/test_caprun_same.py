"""The name book's run pattern made cheaper (issue 18, qp45: a quarter of its scan of
newsarticles' quoting articles): a word's letters with no full stop after them taken whole
first, the blanks between words taken whole and followed only by what can follow them.
Oracle: the pattern as it was, over generated text of capitals, initials, titles with and
without their stops, particles, hyphens, apostrophes, U+FFFD and other letters."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.lostletters import LOST_LETTER
from index.analysis.namerun import CAP_RUN

_OLD_LETTERS = rf"[\w'’\-\ufffd]*(?:{LOST_LETTER}[\w'’\-\ufffd]*)*"
"""A word's letters as before qp45, with the "?" of a lost letter sp52 added after it."""
_OLD_NAME_WORD = (
    r"[A-ZÀ-ÖØ-Þ](?:(?:\.[A-Z])*\.|(?:(?<=M)(?:r|rs|s)|(?<=D)r|(?<=S)(?:en|t|r)|(?<=G)(?:en|ov)|"
    rf"(?<=R)ep|(?<=L)t|(?<=C)(?:ol|apt)|(?<=A)dm|(?<=J)r)\.|{_OLD_LETTERS})"
)
OLD_CAP_RUN = re.compile(
    rf"{_OLD_NAME_WORD}"
    rf"(?:[ \t]+(?:(?:de|van|von|der|al|bin|la|le|du|da|di|of)[ \t]+|(?:al|el|bin|abu)-)?"
    rf"{_OLD_NAME_WORD})*"
)
"""`namerun.CAP_RUN` before qp45 (and with sp52's lost letter: "Sch?uble")."""

_WORDS = st.sampled_from(
    [
        "Trump", "Mr.", "Mrs", "Mrs.", "Dr.", "Sen.", "St.", "Capt.", "Jr.", "Mrx.", "J.",
        "U.S.", "U.S", "O'Neill", "Biden’s", "al-Said", "al", "el-", "abu-", "de", "van",
        "of", "the", "Ó", "Éire", "M\ufffd\ufffdller", "X_Y", "Smith.", "said", "A", "B.C.",
    ]
)  # fmt: skip
_GLUE = st.sampled_from(["", " ", "  ", "\t", " \t", "\n", ",", ", ", ". ", "-", "'", "."])
_TEXT = st.one_of(
    st.lists(st.tuples(_WORDS, _GLUE), max_size=30).map(lambda ps: "".join(w + g for w, g in ps)),
    st.text(alphabet="AMrsJ.\t -'’\ufffd_deofvlÓz?", max_size=40),
    st.text(max_size=30),
)


@settings(max_examples=800, deadline=None)
@given(_TEXT)
@example("Mr. Ann de Lee Mrs Smith. U.S. Sen. al-Said van  Dyke of\tOz J.R. Ewing")
@example("A?a")  # a lost letter inside a word (sp52): one run, both ways
@example("Wolfgang Sch?uble, Brennick?s")
def test_the_runs_are_the_old_ones(text: str) -> None:
    assert [m.span() for m in CAP_RUN.finditer(text)] == [
        m.span() for m in OLD_CAP_RUN.finditer(text)
    ]
