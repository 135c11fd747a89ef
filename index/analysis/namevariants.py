"""Two spellings of one name in an article: an acronym, a reordered body, an article before
a surname, a letter lost."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

__all__ = ["BODIES", "acronym_of", "misspelt", "unprefixed"]

BODIES = frozenset(["department", "ministry", "office", "bureau"])
"""Heads of a body's name said both ways ("Justice Department", "Department of Justice")."""


def unprefixed(word: str) -> str:
    """A surname without an Arabic article ("hariri" of "al-Hariri"), lower case."""
    head, dash, tail = word.lower().partition("-")
    return tail if dash and head in ("al", "el", "bin", "abu") else word.lower()


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
"""A word of initials with its last dot gone ("U.S", "S")."""


def acronym_of(acronym: str, name: list[str]) -> str:
    """The part of ``name`` whose initials make ``acronym`` ("PSEU" of "Public Service
    Executive Union"), small words counted or not ("DOJ", "DJ"), initials before it left
    out ("DOJ" of "U.S. Department of Justice"), or ""; with no acronym, ``name`` without
    the initials that open it."""
    for i in range(len(name) - 1):
        tail = name[i:]
        if not tail[0][:1].isupper() or _INITIALS.fullmatch(tail[0].rstrip(".")):
            continue  # "U.S." (or "S", a run cut there)
        if not acronym:
            return " ".join(tail)
        capitals = "".join(w[0] for w in tail if w[:1].isupper())
        every = "".join(w[0] for w in tail).upper()
        if acronym in (capitals, every):
            return " ".join(tail)
    return ""


def misspelt(known: str, name: str) -> bool:
    """True when ``name`` is ``known`` with one letter wrong ("schmied", "schmieg")."""
    return (
        len(name) >= 5
        and known[:1] == name[:1]
        and abs(len(known) - len(name)) <= 1
        and Levenshtein.distance(known, name, score_cutoff=1) <= 1
    )
