"""The written forms of a stem in the articles' text: what Did you mean offers of a stem.

The text fields index Porter2 stems ("peacekeep"), which read badly as suggestions: a
stem's candidates are offered as the real word nearest the word typed among those the
first articles holding it write (`nearest_form`), read only in the words that may have
that stem (`words_like`). Split from `index.search.suggest` (sx52).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from index.store.hyphens import WORD_EXPRESSION
from index.store.schema import TEXT_ANALYZER, fold_map


def nearest_form(word: str, stem: str, bodies: Iterable[str]) -> str | None:
    """The real word of ``bodies`` whose stem is ``stem`` nearest to ``word`` as typed
    (stems read badly as suggestions; "peacekepers" wants "peacekeepers", not the
    "peacekeeping" of the same stem met first); on a tie, the first in alphabetical order
    (not the one met first: the engines pass the bodies of the first `SURFACE_DOCS`
    articles holding the stem, Whoosh in its index's order, OpenSearch by id, and "tni"
    was "ties" on one and "tied" on the other).

    Only the words that may have that stem are analysed (`words_like`), each distinct one
    once: a whole body analysed took 7 s of "taiwa" in a corpus with a 1.9M-character
    article (nu36 #5)."""
    from rapidfuzz.distance import Levenshtein  # only a search with no hits gets here

    forms: dict[str, int] = {}
    found: dict[str, list[str]] = {}
    for body in bodies:
        for token in words_like(stem, body):
            if token not in found:
                found[token] = [
                    str(token[t.startchar : t.endchar]).lower()
                    for t in TEXT_ANALYZER(token, chars=True)
                    if t.text == stem
                ]
            for form in found[token]:
                forms.setdefault(form, Levenshtein.distance(word, form))
    return min(forms, key=lambda form: (forms[form], form)) if forms else None


KEPT_STEM = 2
"""Porter2 changes at most this many of a stem's last letters from the word's ("happi",
"happy"; "die", "dying"), so a word whose stem is S begins with all of S but these
(so for every word of newsarticles, 51,902: `tests/search/test_suggest_forms.py`)."""


def words_like(stem: str, text: str) -> Iterator[str]:
    """The words of ``text`` (its analyzers' tokens, `WORD_EXPRESSION`: a hyphenated word
    whole) that may have the stem ``stem``: those with a part (or, hyphens left out, a
    joined form) that begins, in any case and accent, with ``stem`` but for its last
    `KEPT_STEM` letters. Some with other stems too; a word begun by a letter folded to
    two ("ß") is missed."""
    for match in _begun_by(stem).finditer(text):
        start = match.start()
        if start > 1 and text[start - 1] in ".-" and _CHAR.match(text[start - 2]):
            yield _word_at(text, start)  # a part of a longer word: the whole word
        else:
            yield match.group()


@lru_cache(maxsize=256)
def _begun_by(stem: str) -> re.Pattern[str]:
    """A pattern of the words (or the rest of a word, from one of its parts) that begin
    with ``stem`` but its last `KEPT_STEM` letters (`words_like`). The first letter comes
    first, for the scan of a long text (a lookbehind first made it 8x slower)."""
    first, *rest = [spelt(letter) for letter in stem[: max(1, len(stem) - KEPT_STEM)]]
    begun = first + r"(?<!\w.)" + "".join("-?" + letter for letter in rest)
    return re.compile(begun + r"\w*(?:[.&-]\w+)*")


def _word_at(text: str, start: int) -> str:
    """The word of ``text`` (`WORD_EXPRESSION`) that holds the character at ``start``."""
    begin = start
    while begin and (text[begin - 1] in ".&-_" or text[begin - 1].isalnum()):
        begin -= 1
    for match in _TOKEN.finditer(text, begin):
        if match.end() > start:
            return match.group()
    return ""


def spelt(letter: str) -> str:
    """A character class of every word character the analyzers read as ``letter`` (once
    lower-cased and folded): "[AaÀàÁá…]"."""
    return "[" + "".join(re.escape(c) for c in sorted(_written().get(letter, {letter}))) + "]"


@cache
def _written() -> dict[str, set[str]]:
    """Each folded character, with every word character that lower-cases and folds to it
    alone (not "ß": it is folded to "ss")."""
    fold = fold_map()
    chars = {chr(code) for code in fold} | set(string.ascii_letters + string.digits)
    written: dict[str, set[str]] = {}
    for char in chars | {c.upper() for c in chars} | {c.lower() for c in chars}:
        folded = char.lower().translate(fold)
        if len(folded) == 1 and len(char) == 1 and _CHAR.match(char):
            written.setdefault(folded, {folded}).add(char)
    return written


_TOKEN = re.compile(WORD_EXPRESSION)
_CHAR = re.compile(r"\w")
