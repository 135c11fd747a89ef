"""Common nouns and fragments that a capital made look like a speaker's name (issue 18).

A speaker of one word is no one's name when the word is

- a pronoun ("It" of Tatler's "It girls");
- a plural or collective noun for people or a trade ("Police", "Officials", "Engineers",
  "Media", "Staff"): an unnamed group, kept as the description ("Engineers had warned");
- an honorific that a possessive opens ("His Holiness said", "Her Majesty"): a form of
  address, kept as the description;
- an institution's common noun ("Office", "Ministry", "Court"): the last word of a name
  the text writes whole ("the Attorney's Office said", "the Office of the Dutch Attorney
  General"), which is given instead when the word stands capitalised in the attribution
  (or, for "it said", where it was named last); else no one: "according to the state
  attorney's office" is no body's name, and "Office" would join every office (nu31 #4).

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
from index.analysis.spelling_fold import LOST, alike, lost_letter_matches

if TYPE_CHECKING:  # attribution imports this module
    from index.analysis.attribution import Attribution

COMMON = GROUP_NOUNS | words(
    """police media staff engineers workers employees officers troops soldiers
        members voters citizens people business businesses consumers customers users fans
        players managers executives farmers nurses pupils victims survivors gardaí gardai"""
)
"""Nouns for a group of people (or a trade) that open a sentence capitalised ("Gardaí",
the Irish police's officers, cl46)."""
_COMMON_FOLDED = frozenset(alike(w) for w in COMMON)
"""`COMMON` without diacritics, as `lost_letter_match` reads its keys."""
_HONORIFICS = words("holiness majesty excellency highness eminence grace honour honor lordship")
_BEFORE = re.compile(r"(?:His|Her|Your|Their)\s+$")
"""A possessive right before an honorific ("His Holiness")."""
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
"""A capitalised word right before the speaker's word ("General Staff")."""
INSTITUTIONS = words(
    """office ministry department agency bureau commission committee council court embassy
        directorate secretariat tribunal inspectorate authority administration"""
)
"""Common nouns that end (or open) an institution's name: alone, no one's name."""
_OWNER_BEFORE = re.compile(r"(?:[A-Z][\w.\-]*(?:['’]s)?[ \t]+)+$")
"""The capitalised words before an institution's noun ("Lee County Sheriff's", "EC's
Executive", "Foreign")."""
_OF_AFTER = re.compile(
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*"
)
"""A name going on after an institution's noun ("Office of the Dutch Attorney General")."""
_NAMED_SINCE = 2000
"""How far back "it said" looks for an institution's whole name."""
_ARTICLE = re.compile(r"^(?:The|A|An)[ \t]+")
_BODY_AFTER = re.compile(r"\s+(?:in|of|for)\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
"""A body's name going on after the speaker's word ("Business in the Community")."""


def common_speaker(text: str, found: Attribution | None) -> Attribution | None:
    """``found`` with the body's whole name, or with no speaker, when its speaker is one
    common word (see the module)."""
    if found is None or not found.speaker or " " in found.speaker:
        return found  # most speakers: a name of two words or more
    word = found.speaker
    low = _unlost(word.lower())
    if low in PRONOUNS:
        return replace(found, speaker=None, rule="unresolved")
    if low in _HONORIFICS:
        at = _near(text, found, word)
        if at >= 0 and _BEFORE.search(text, max(0, at - 8), at):
            said = found.description or _said(text, at)
            return replace(found, speaker=None, description=said, rule="unresolved")
        return found
    if low in INSTITUTIONS:
        return _institution(text, found, word)
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


def _unlost(low: str) -> str:
    """``low`` with a lost letter ("garda\ufffd\ufffd", "garda?") read as the one common word
    it spells, if any ("gardai"): as written, the lost letter hid "Gardaí" (cl46, nu64 #4)."""
    if not any(c in LOST for c in low):
        return low
    # two common words alike but for the lost letter ("organi?ers": organisers, organizers)
    # are both common: either will do (CI ci133's draw)
    return min(lost_letter_matches(low, _COMMON_FOLDED), default=low)


def _institution(text: str, found: Attribution, word: str) -> Attribution:
    """``found`` with the institution's whole name its one word ends or opens, or with no
    speaker (see the module)."""
    at = _near(text, found, word)
    if at >= 0:
        name = _whole_name(text, at, word)
        return replace(found, speaker=name) if name else _no_one(found)
    if found.rule not in ("pronoun", GUESS):
        return _no_one(found)
    stop = found.start  # "it said": the last place it was named whole ("The Commission
    while True:  # blamed ... it said" after "the EC's Executive Commission said")
        at = text.rfind(word, max(0, found.start - _NAMED_SINCE), stop)
        if at < 0:
            return _no_one(found)
        name = _whole_name(text, at, word) if at == 0 or not text[at - 1].isalnum() else None
        if name:
            return replace(found, speaker=name)
        stop = at


def _whole_name(text: str, at: int, word: str) -> str | None:
    """The institution's name that ``word`` at ``at`` ends or opens, when the text writes
    more of it than the word ("Attorney's Office", "Office of the Dutch Attorney General")."""
    owner = _OWNER_BEFORE.search(text, max(0, at - 60), at)
    more = _OF_AFTER.match(text, at + len(word))
    start = owner.start() if owner is not None else at
    name = _ARTICLE.sub("", text[start : more.end() if more is not None else at + len(word)])
    return name if " " in name else None


def _no_one(found: Attribution) -> Attribution:
    return replace(found, speaker=None, rule="unresolved")


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
