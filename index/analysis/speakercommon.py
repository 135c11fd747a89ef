"""Common nouns and fragments that a capital made look like a speaker's name (issue 18).

A speaker of one word is no one's name when the word is

- a pronoun ("It" of Tatler's "It girls");
- a plural or collective noun for people or a trade ("Police", "Officials", "Engineers",
  "Media", "Staff"): an unnamed group, kept as the description ("Engineers had warned");
- an honorific that a possessive opens ("His Holiness said", "Her Majesty"): a form of
  address, kept as the description.

Two of those words open a body's name the article writes whole, and the name is given
instead: "Russia's General Staff said" (a capitalised word before it: "General Staff"),
"says Business in the Community" (a capitalised "in/of/for the ..." after it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.speakerdoubt import GUESS
from index.analysis.speechverbs import GROUP_NOUNS, PRONOUNS, words

if TYPE_CHECKING:  # attribution imports this module
    from index.analysis.attribution import Attribution

COMMON = GROUP_NOUNS | words(
    """police media staff engineers workers employees officers troops soldiers
        members voters citizens people business businesses consumers customers users fans
        players managers executives farmers nurses pupils victims survivors"""
)
"""Nouns for a group of people (or a trade) that open a sentence capitalised."""
_HONORIFICS = words("holiness majesty excellency highness eminence grace honour honor lordship")
_BEFORE = re.compile(r"(?:His|Her|Your|Their)\s+$")
"""A possessive right before an honorific ("His Holiness")."""
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
"""A capitalised word right before the speaker's word ("General Staff")."""
_BODY_AFTER = re.compile(r"\s+(?:in|of|for)\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
"""A body's name going on after the speaker's word ("Business in the Community")."""


def common_speaker(text: str, found: Attribution | None) -> Attribution | None:
    """``found`` with the body's whole name, or with no speaker, when its speaker is one
    common word (see the module)."""
    if found is None or not found.speaker or " " in found.speaker:
        return found  # most speakers: a name of two words or more
    word = found.speaker
    low = word.lower()
    if low in PRONOUNS:
        return replace(found, speaker=None, rule="unresolved")
    if low in _HONORIFICS:
        at = _near(text, found, word)
        if at >= 0 and _BEFORE.search(text, max(0, at - 8), at):
            said = found.description or _said(text, at)
            return replace(found, speaker=None, description=said, rule="unresolved")
        return found
    if low not in COMMON:
        return found
    at = _near(text, found, word)
    if at >= 0:
        title = _TITLE_BEFORE.search(text, max(0, at - 24), at)
        if title is not None and not _opens(text, title.start(1)):
            name = f"{title.group(1)} {word}"  # "Russia's General Staff"
            description = _without(found.description, title.group(1))
            return replace(found, speaker=name, description=description)
        body = _BODY_AFTER.match(text, at + len(word))
        if body is not None:  # "says Business in the Community"
            return replace(found, speaker=text[at : body.end()])
    if found.rule in ("pronoun", "continued", GUESS):
        return replace(found, speaker=None, rule="unresolved")  # "It said": not "Police"
    return replace(found, speaker=None, description=found.description or low, rule="unresolved")


def _near(text: str, found: Attribution, word: str) -> int:
    """Where ``word`` stands in the attribution (-1: not there, as for a pronoun's)."""
    at = text.find(word, found.start, found.end + len(word))
    return at if at >= 0 and (at == 0 or not text[at - 1].isalnum()) else -1


def _said(text: str, at: int) -> str:
    """The honorific with its possessive, as the text writes it ("His Holiness")."""
    before = _BEFORE.search(text, max(0, at - 8), at)
    end = text.find(" ", at)
    return (before.group(0) if before else "") + text[at : end if end >= 0 else len(text)]


def _opens(text: str, at: int) -> bool:
    """True when the word at ``at`` opens a sentence or a paragraph."""
    j = at - 1
    while j >= 0 and text[j] in ' \t\u00a0"“':
        j -= 1
    return j < 0 or text[j] in ".!?\n"


def _without(description: str | None, word: str) -> str | None:
    """The description without the title word taken into the name ("Russia's")."""
    if not description:
        return None
    kept = " ".join(w for w in description.split() if w != word)
    return kept or None
