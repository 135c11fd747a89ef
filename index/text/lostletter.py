"""The one rule by which a "?" (or a run of U+FFFD) stands for a letter a messy copy lost:
the cleaning and the quotes (`index.analysis.lostletters`) and the analyzers
(`index.store.hyphens`) all read it from here (rv65 #1, sx46).

A "?" stands for a lost letter between two letters (`str.isalpha`: not "²"), the second no
capital (`str.isupper`: not "Ä" either): "Merkel?" and "it?Yes" keep their question marks.
Nor does a "?" before an "s" that ends the word: that is the apostrophe of a possessive a
copy lost ("Brennick?s", rv62). As regular expressions the letters are classes built from
Unicode tables (`index.text.capitals`: Python's `re` has no ``\\p{Lu}``), so a pattern and
a test by `str` methods (`has_lost_letter`) agree on every character.
"""

from __future__ import annotations

from index.text.capitals import CAPITALS, NOT_LETTERS

LETTER = rf"[^\W\d_{NOT_LETTERS}]"
"""A letter (`str.isalpha`)."""
SMALL = rf"[^\W\d_{NOT_LETTERS}{CAPITALS}]"
"""A letter that is no capital (`str.isalpha` and not `str.isupper`).

Each pattern below checks its plain mark first ("?", U+FFFD), these long classes after: the
tokenizer tries them at every word's start and end (the analyzer was a fifth slower the
other way round, sx46)."""
NOT_POSSESSIVE = r"(?!s(?![^\W_]))"
"""Not an "s" ending its word (`possessive`)."""
LOST_AT = rf"(?<=\?)(?<={LETTER}\?)(?={SMALL}){NOT_POSSESSIVE}"
"""Right after a "?" for a lost letter: a letter before it, a small letter after, not a
possessive's "s"."""
LOST_LETTER = rf"\?{LOST_AT}"
"""A "?" for a lost letter (the mark first, so that a word's end not followed by one fails
at once)."""
LOST_RUN = rf"(?=\ufffd)(?<={LETTER})\ufffd+(?={SMALL})"
"""A run of U+FFFD for a lost letter (a 2-byte letter is two), between two letters, the
second no capital, as "?" is; before a word's last "s" too (no apostrophe is lost as U+FFFD
in the corpora, sx45)."""
LOST_END = rf"(?=\ufffd)(?<={LETTER})\ufffd\ufffd(?![\w\ufffd])"
"""Two U+FFFD ending a word after a letter: a 2-byte letter lost there ("Garda\ufffd\ufffd")."""


def possessive(after: str) -> bool:
    """Whether ``after``, what follows a "?", is an "s" ending its word: a lost apostrophe."""
    return after[:1] == "s" and not after[1:2].isalnum()


def lost_at(before: str, after: str) -> bool:
    """Whether a "?" between the character ``before`` and the text ``after`` stands for a
    lost letter or a lost apostrophe (`possessive` tells which)."""
    return before.isalpha() and after[:1].isalpha() and not after[:1].isupper()


def has_lost_letter(text: str, start: int = 0, stop: int | None = None) -> bool:
    """True when ``text[start:stop]`` holds a "?" for a lost letter, or a lost apostrophe
    (a find for each "?": a regex search over a long stretch cost a quarter more of
    `index.analysis.names.tokens`)."""
    stop = len(text) if stop is None else stop
    at = text.find("?", start, stop)
    while at >= 0:
        if at > start and lost_at(text[at - 1], text[at + 1 : at + 2]):
            return True
        at = text.find("?", at + 1, stop)
    return False
