"""One name written two ways in one text, or in two: a company's with and without its
legal suffix ("Norfolk Southern Corp", "Norfolk Southern"), and an initialism of a name
written in full, its link words' letters in it ("DOT", "Department of Transportation")
or not ("UN", "United Nations"). Used by `index.analysis.namematch` (nu48 #9: compare
listed each form as a name of its own)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.analysis.entities import NameMention, fold
from index.analysis.words import word_set

LINK_WORDS = frozenset(("of", "the", "and", "for"))
"""Words inside a name that its initialism may leave out."""


def initialisms(name: str) -> set[str]:
    """The initialisms a name written in full may go by: its words' first letters with and
    without "of", "the"... ("DOT" and "DT" for "Department of Transportation")."""
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’]*", fold(name))]
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in LINK_WORDS)}


LEGAL_SUFFIXES = word_set(
    """co cos corp corporation inc incorporated ltd limited plc llc lp group holdings
    company"""
)
"""The words that end a company's legal name: "Norfolk Southern Corp" is "Norfolk Southern"."""


def bare_firm(key: tuple[str, ...]) -> tuple[str, ...]:
    """A name's key without its legal suffixes (`LEGAL_SUFFIXES`), one word kept at least."""
    while len(key) > 1 and key[-1] in LEGAL_SUFFIXES:
        key = key[:-1]
    return key


def spelt_out(acronym: str, group: Sequence[NameMention]) -> bool:
    """Whether a mention of ``group`` writes in full the name ``acronym`` (3 letters or
    more) stands for, its link words' letters in it or not ("DOT", "Department of
    Transportation")."""
    return len(acronym) >= 3 and any(acronym in initialisms(m.text) for m in group)


def same_firm(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One company's name with and without its legal suffix ("Norfolk Southern Corp" and
    "Norfolk Southern"), two words at least left of it."""
    bare = bare_firm(a)
    return a != b and len(bare) >= 2 and bare == bare_firm(b)
