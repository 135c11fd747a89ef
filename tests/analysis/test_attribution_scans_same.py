"""Three scans of attribution read faster with the same answers (issue 18), on generated
text: the speech verb after a run of capitals (`NameBook`'s "said", a trie, `trie_of`),
the sentence opening on a bare role ("The minister said", opened on the literal "The")
and someone unnamed brought in ("an official", a lookahead first). The oracles are the
patterns as they were."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.namecues import _SPEAKS_AFTER
from index.analysis.speakerpronouns import _ROLE_HEADS, _ROLE_SUBJECT
from index.analysis.speechverbs import INLINE_ONLY, SPEECH_VERBS, trie_of
from index.analysis.unnamedholder import _INDEFINITE

_VERBS = sorted(v for v in SPEECH_VERBS - INLINE_ONLY if not v.endswith("ing"))
_OLD_SPEAKS_AFTER = re.compile(
    r"(?:,[^,.;\"“”]{1,90},|[ \t]+[-—–][^.;\"“”]{1,90}[-—–])?[ \t]+"
    r"(?:(?:has|had|also|later|then|earlier|previously|once|"
    r"recently|again|further|told|reportedly)[ \t]+)?(?:" + "|".join(_VERBS) + r"|as[ \t]+saying)\b"
)
_OLD_ROLE_SUBJECT = re.compile(
    r"(?<![^\s])(?:But\s+|And\s+)?The\s+(?:[a-z][\w\-]*\s+){0,3}?"
    rf"({_ROLE_HEADS})\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?([a-z]+)\b"
)
_OLD_INDEFINITE = re.compile(
    r"(?<![\w\-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)"
)

_PIECES = st.sampled_from(
    [
        *_VERBS[::7], "said", "says", "add", "added", "adds", "addition", "saidx", "sai",
        "told", "as", "saying", "has", "later", "reportedly", "The", "But", "And", "the",
        "minister", "prime", "president", "former", "general", "also", "confirmed", "of",
        "A", "a", "An", "an", "One", "one", "Another", "another", "official", "aide", "x-a",
        "Ban", "Acme", "Warren", "NATO", "", "-", "—", ",", ".", "\"", "“", "_", "é", "9",
    ]
)  # fmt: skip
_GLUE = st.sampled_from([" ", "  ", "\t", "\n", ", ", ". ", " - ", " — ", "", "-", "\u00a0"])
_TEXT = st.lists(st.one_of(_PIECES, _GLUE, _GLUE), max_size=80).map("".join)
"""Words, names and marks, most of them with blanks or a mark between them."""


@settings(max_examples=400, deadline=None)
@given(_TEXT)
@example(" added")
@example(", a spokesman, said")
@example(" - the aide - adds")
@example(" also adds,")
@example(" addition")
@example(" as  saying")
def test_said_after_a_run_as_the_alternation(text: str) -> None:
    for at in range(len(text) + 1):
        old = _OLD_SPEAKS_AFTER.match(text, at) is not None
        assert (_SPEAKS_AFTER.match(text, at) is not None) == old, (text, at)


_LETTERS = st.text(alphabet="adest-", min_size=1, max_size=5)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LETTERS, min_size=1, max_size=12), st.lists(_LETTERS, max_size=12))
@example(["add", "added", "adds"], ["ad", "addse", "addeds"])
@example(["a", "a-"], ["a-", "-"])
def test_a_trie_matches_the_words_as_their_alternation(words: list[str], others: list[str]) -> None:
    trie = re.compile(trie_of(words) + r"\b")
    alternation = re.compile("(?:" + "|".join(map(re.escape, words)) + r")\b")
    assert all(re.fullmatch(trie_of(words), w) for w in words)
    for text in [*words, *others, *(a + b for a in words for b in others[:4])]:
        for at in range(len(text) + 1):
            found = trie.match(text, at)
            old = alternation.match(text, at)
            assert (found is None) == (old is None), (text, at)
        assert (re.fullmatch(trie_of(words), text) is not None) == (text in words)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 400), st.integers(0, 400))
@example("But The minister said", 0, 30)
@example("xBut The minister said", 1, 30)
@example(" And  The former prime minister has confirmed it", 1, 60)
@example("And The minister said", 4, 30)
def test_role_subject_finds_the_same_roles(text: str, pos: int, endpos: int) -> None:
    new = [m.groups() for m in _ROLE_SUBJECT.finditer(text, pos, endpos)]
    old = [m.groups() for m in _OLD_ROLE_SUBJECT.finditer(text, pos, endpos)]
    assert new == old


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 400), st.integers(0, 400))
@example("said an official", 0, 30)
@example("x-an official", 0, 30)
@example("One aide", 1, 30)
def test_indefinite_finds_the_same_people(text: str, pos: int, endpos: int) -> None:
    new = [(m.span(), m.span(1)) for m in _INDEFINITE.finditer(text, pos, endpos)]
    old = [(m.span(), m.span(1)) for m in _OLD_INDEFINITE.finditer(text, pos, endpos)]
    assert new == old
