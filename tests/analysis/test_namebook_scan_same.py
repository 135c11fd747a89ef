"""The name book's cheaper scan (issue 18) reads the same runs and cues as before, on
generated text: runs inside quotations skipped with a cursor instead of a bisect for each
run, the run pattern opening on a capital instead of a lookahead (qc18c), `spoken_by`
screening the words before a name before its search, an ASCII word folded
by lowering it, and a title's parts read only when it has a hyphen. The oracles are the code
as it was (`_searched` is `spoken_by`'s old body)."""

from __future__ import annotations

import bisect
import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.firstnames import _fold
from index.analysis.namecues import _VERBS_BEFORE, _searched, spoken_by
from index.analysis.namerun import CAP_RUN, runs_outside
from index.analysis.names import split_title
from index.analysis.speechverbs import TITLES


def old_runs_outside(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The book's loop top as it was: a bisect over the spans' starts for each run."""
    starts = [q[0] for q in quoted]
    out = []
    for m in CAP_RUN.finditer(text):
        at = m.start()
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and quoted[k][0] <= at < quoted[k][1]:
            continue
        out.append(m.span())
    return out


_CAPITAL = "[A-ZÀ-ÖØ-Þ]"  # sp39: "Ó", "É" open a word too, and U+FFFD stands among letters
_OLD_NAME_WORD = (
    rf"(?:{_CAPITAL}(?:\.[A-Z])*\.|(?:Mr|Mrs|Ms|Dr|Sen|Gen|Rep|Gov|Lt|Col|Capt|Adm|St|Jr|Sr)\.|"
    rf"{_CAPITAL}[\w'’\-\ufffd]*)"
)
_OLD_CAP_RUN = re.compile(
    rf"(?={_CAPITAL}){_OLD_NAME_WORD}"
    rf"(?:[ \t]+(?:(?:de|van|von|der|al|bin|la|le|du|da|di|of)[ \t]+|(?:al|el|bin|abu)-)?"
    rf"{_OLD_NAME_WORD})*"
)
"""The book's run pattern before qc18c: a lookahead, then three alternatives per word (and
since sp41 initials run on: "U.S." is one word)."""

_WORDS = st.sampled_from(
    ["Trump", "The", "Mr.", "Ann", "Lee", "of", "said", "and", "‘Foo", "Bar’", "U.S.", "x"]
)
_GLUE = st.sampled_from([" ", "  ", "\t", ", ", ". ", "\n", "“", "” ", "'", "’ ", "-"])
_TEXT = st.lists(st.tuples(_WORDS, _GLUE), max_size=40).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """A text and spans sorted by start, which may nest or overlap (the book only assumes
    the order of starts), some of them empty or running to the end."""
    text = draw(_TEXT)
    n = len(text)
    starts = sorted(draw(st.lists(st.integers(0, n), max_size=8)))
    return text, [(s, draw(st.integers(s, n + 2))) for s in starts]


_RUN_WORDS = st.sampled_from(
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Drs", "Sen", "Gen", "Rep", "Gov", "Lt", "Col",
        "Capt", "Cap", "Adm", "St", "Jr", "Sr", "S", "M", "J", "A", "Ann", "MrX", "O'Neil",
        "Lee-", "de", "van", "al", "al-", "bin", "abu-", "el-Sisi", "of", "x", "É", "Ça", "_",
        "M\ufffd\ufffdller", "Ó", "9", "A1", "said", "McD",
    ]
)  # fmt: skip
_RUN_GLUE = st.sampled_from(["", " ", "  ", "\t", ".", ". ", ".", "-", "’", "'", "\n", ","])
_RUN_TEXT = st.lists(st.tuples(_RUN_WORDS, _RUN_GLUE), max_size=30).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@settings(max_examples=600, deadline=None)
@given(st.one_of(_RUN_TEXT, _TEXT, st.text(alphabet="MrsStDJ. -al\t", max_size=30)))
def test_the_run_pattern_finds_the_runs_of_the_lookahead(text: str) -> None:
    assert [m.span() for m in CAP_RUN.finditer(text)] == [
        m.span() for m in _OLD_CAP_RUN.finditer(text)
    ]


@settings(max_examples=400, deadline=None)
@given(_text_and_spans())
def test_the_runs_outside_quotations_are_the_bisects(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    text, quoted = case
    assert [m.span() for m in runs_outside(text, quoted)] == old_runs_outside(text, quoted)


_CUE_WORDS = st.sampled_from(
    [*_VERBS_BEFORE.split("|"), "according", "to", "To", "told", "x", "Xsaid", "said_", "é"]
)
_BLANK = st.sampled_from(["", " ", "  ", "\t", "\n", " \n", "\t\n", ",", ", ", "1", "_", ". "])
_BEFORE = st.lists(st.tuples(_CUE_WORDS, _BLANK), max_size=6).map(
    lambda parts: "".join(w + b for w, b in parts)
)


@settings(max_examples=600, deadline=None)
@given(st.one_of(_BEFORE, st.text(max_size=24)))
def test_spoken_by_is_the_search(before: str) -> None:
    assert spoken_by(before) == _searched(before)
    assert spoken_by(before[-20:]) == _searched(before[-20:])


def old_fold(word: str) -> str:
    """`firstnames._fold` as it was: every word decomposed."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.text(max_size=12), st.sampled_from(["François", "ﬁona", "Ǆ", "ß", "İsa"])))
def test_fold_is_the_decomposition(word: str) -> None:
    assert _fold(word) == old_fold(word)


def _old_titled(w: str) -> bool:
    """The title test of `names._split_title` as it was."""
    return w in TITLES or any(part in TITLES for part in w.split("-") if len(part) > 3)


def _new_titled(w: str) -> bool:
    return w in TITLES or (
        "-" in w and any(part in TITLES for part in w.split("-") if len(part) > 3)
    )


_TITLE_PARTS = st.sampled_from([*sorted(TITLES), "ex", "vice", "x", "", "-"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_TITLE_PARTS, min_size=1, max_size=3).map("-".join))
def test_the_title_test_reads_parts_only_when_hyphened(w: str) -> None:
    assert _new_titled(w) == _old_titled(w)
    split_title([w.title(), "Lee"])  # runs the cached test itself
