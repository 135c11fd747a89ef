"""Speakers that are no one: words a speaker pattern took for a name (issue 18).

Four kinds, each read from the name and how the article writes it, none from a list of
names:

- an indefinite pronoun ("Everyone will say, ...", "Nobody said"): no one in particular;
- a law's name ("The Great Repeal Bill, which ...", "the Reform Act"): a text, not a body
  that issues it (the labels give a bill's words to no one);
- a body's common word alone ("Bank", "Holdings": `GENERIC_BODIES`), unless a name
  before has it ("the World Bank": `no_body`);
- a sentence-opening adverb or participle ("Primarily, the press conference showed ...",
  "Asked if there was a candidate, a White House official told CNN"): one word in "-ly" or
  "-ed", not a first name the name lists know ("Ahmed", "Kelly"), that the article writes
  with a capital only where it opens a sentence and never right before a verb of speech
  ("Daly said" keeps Daly), but before a comma or a lower-case word ("Asked if", "Shortly
  after", "Tired of").

A place stays a speaker: the labels give "Hawaii said in its filing" to Hawaii.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.firstnames import first_name_gender
from index.analysis.speakerof import person_of
from index.analysis.speakerwhole import whole_body
from index.analysis.speechverbs import SPEECH_VERBS, words
from index.analysis.wordscan import word_starts

if TYPE_CHECKING:  # attribution imports this module
    from index.analysis.attribution import Attribution
    from index.analysis.namebook import NameBook

INDEFINITE = words("everyone everybody someone somebody anyone anybody nobody no-one")
"""Pronouns that name no one in particular (a capital only at a sentence's start)."""
GENERIC_BODIES = words(
    "bank co company corp corporation inc ltd plc group holdings institute exchange union "
    "daily news school association trust"
)
"""A body's common word, one a firm's or an office's name ends on ("Hughes Tool Co",
"Bank of Japan"): written alone as a speaker it names no body in particular ("it said" after
"the Bank", "an Institute spokesman"; not "Kremlin", "Pentagon", "Fed": a body's own name)."""
_LAW = re.compile(r"(?:^|\s)Act(?:[ \t]+of[ \t]+\d{4})?$|\sBill$")
"""The last word of a law's name ("Great Repeal Bill", "Trade Act of 1974"); "Act" alone too
(what "The U.S. Trade Act of 1974 says" left: sp40, reut-00925), never "Bill" alone (a
first name)."""
_MODIFIER = re.compile(r"[A-Z][a-z]{2,}(?:ly|ed)")
"""One capitalised word shaped as an adverb or a participle ("Primarily", "Asked")."""
_OPENS = re.compile(r"(?:^|[.!?:;…][\"”’)]*\s+|\n\s*)[\"“‘(]?$")
"""What comes before a word that opens a sentence (or a paragraph)."""
_AFTER = re.compile(r"\s*(,|[a-z][\w'’-]*)")
"""A comma or a lower-case word right after the word."""


def who_speaks(
    text: str, found: Attribution | None, book: NameBook | None = None
) -> Attribution | None:
    """``found`` with no speaker when its speaker is no person, and given to the person
    named before "of" a firm or place it names (`index.analysis.speakerof`), or named as
    the whole body a word of which it took (`index.analysis.speakerwhole`)."""
    return whole_body(text, person_of(text, no_one(text, found), book))


def no_one(text: str, found: Attribution | None) -> Attribution | None:
    """``found`` with no speaker when its speaker is no person (see the module)."""
    if found is None or not found.speaker or not _no_one(text, found.speaker):
        return found
    return replace(found, speaker=None, rule="unresolved")


def no_body(text: str, found: Attribution | None) -> Attribution | None:
    """``found`` given to the body named last before it whose name has its speaker's word,
    when that speaker is a body's common word alone ("the Bank said" after "the World
    Bank": World Bank), or to no one where none is ("Holdings", "Institute": which one?).
    Read once the article's fuller names are ("Institute for Government" stays; sp40)."""
    if found is None or not found.speaker:
        return found
    word = _bare(found.speaker).rstrip(".")
    if word.lower() not in GENERIC_BODIES or not word[1:].islower():
        return found
    named = None
    for match in _BODY_NAMED.finditer(text, 0, found.start):
        whole = _bare(match.group(0).strip())
        if word in whole.split() and whole != word:
            named = whole
    if named is not None:
        return replace(found, speaker=named)
    return replace(found, speaker=None, rule="unresolved")


def _bare(name: str) -> str:
    """``name`` without an article opening it ("The Bank": "Bank")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first in ("The", "A", "An") else name


_BODY_NAMED = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w'’&-]*\.?[ \t]+(?:(?:of|for|and)[ \t]+)?){0,4}[A-Z][\w'’&-]*\.?"
)
"""A run of capitalised words ("World Bank", "Bank of Japan", "Kidder, Peabody" no)."""


def _no_one(text: str, speaker: str) -> bool:
    if speaker.lower().replace(" ", "-") in INDEFINITE:
        return True
    if _LAW.search(speaker):
        return True
    return _modifier(text, speaker)


def _modifier(text: str, word: str) -> bool:
    """True when ``word`` reads as a sentence-opening adverb or participle in ``text``."""
    if not _MODIFIER.fullmatch(word) or first_name_gender(word) is not None:
        return False
    seen = False
    for start in word_starts(text, word):  # ``word`` is letters only (``_MODIFIER``)
        if not _OPENS.search(text, max(0, start - 8), start):
            return False  # written with a capital inside a sentence: a name
        after = _AFTER.match(text, start + len(word))
        if after is None or after.group(1).lower() in SPEECH_VERBS:
            return False  # "Daly said"
        seen = True
    return seen
