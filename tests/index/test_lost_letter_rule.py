"""One lost-letter rule for the cleaning, the quotes and the analyzers (rv65 #1, sx46).

`index.text.lostletter` holds it; `index.analysis.lostletters` (cleaning, quotes) and
`index.store.hyphens` (the analyzers, which add a link's "=") read it. The oracle is the
rule written with `str` methods: a "?" between a letter (`isalpha`) and a letter that is no
capital (`isupper`), not before an "s" ending the word. Before sx46 the regular expressions
took "Ä" after a "?" as a small letter and "²" as a letter (rv65's probe: 274 of 5000 draws).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from index.analysis import lostletters
from index.store import hyphens
from index.store.hyphens import WORD_EXPRESSION
from index.text.capitals import CAPITALS, NOT_LETTERS

ALPHABET = "abzsAZÄÉäéßǅ²½Ⅻ1_?-= .\ufffd"
"""Letters small and capital (ASCII or not, a title-case one), digits decimal or not, a
numeral letter-like, and what sits around a "?"."""


def ranges(keep: Callable[[str], bool]) -> str:
    """The characters ``keep`` holds, as a regular-expression class's ranges."""
    found: list[str] = []
    start = previous = -2
    for code in [*range(0x110000), -1]:
        if code >= 0 and keep(chr(code)):
            if code != previous + 1:
                start = code
            previous = code
            continue
        if previous == code - 1 and start >= 0:
            found.append(chr(start) if start == previous else f"{chr(start)}-{chr(previous)}")
            start = -2
    return "".join(found)


def test_the_tables_are_this_pythons_unicode() -> None:
    word = re.compile(r"[^\W\d_]")
    assert ranges(str.isupper) == CAPITALS
    assert ranges(lambda c: bool(word.match(c)) and not c.isalpha()) == NOT_LETTERS


def around(text: str, at: int) -> bool:
    """A letter before the "?" at ``at``, a letter that is no capital after it."""
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return before.isalpha() and after.isalpha() and not after.isupper()


def lost(text: str, at: int, link: bool = False) -> bool:
    """The oracle: the "?" at ``at`` stands for a lost letter (in search, not before a link's
    ``word=`` either)."""
    after = text[at + 1 :]
    if not around(text, at) or (after[:1] == "s" and not after[1:2].isalnum()):
        return False  # not between letters, or a lost apostrophe
    return not (link and re.match(r"[^\W_]*=", after))


@given(st.text(ALPHABET, max_size=12))
@example("ab?Äb")
@example("x²?sa")
@example("ǅ?ǅa")
@example("story?id=3")
def test_every_reader_of_a_question_mark_follows_the_one_rule(text: str) -> None:
    marks = [at for at, c in enumerate(text) if c == "?"]
    cleaning = {m.start() for m in re.finditer(lostletters.LOST_LETTER, text)}
    search = {m.start() for m in re.finditer(hyphens.LOST_LETTER, text)}
    assert cleaning == {at for at in marks if lost(text, at)}
    assert search == {at for at in marks if lost(text, at, link=True)}
    # a lost letter or a lost apostrophe (the names' tokens tell which: `possessive`)
    assert lostletters.has_lost_letter(text) == any(around(text, at) for at in marks)


@given(st.sampled_from(["Sch", "ab", "Zé"]), st.sampled_from("ÄÉǅ²½Ⅻa"))
def test_only_a_small_letter_after_a_question_mark_joins_the_word(head: str, after: str) -> None:
    text = f"{head}?{after}b"
    joined = after.isalpha() and not after.isupper()
    assert re.findall(WORD_EXPRESSION, text) == ([text] if joined else [head, f"{after}b"])
    assert lostletters.has_lost_letter(text) == joined
