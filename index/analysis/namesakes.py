"""Namesakes: the people an article names who share a surname ("Blackman" for Sgt Alexander
Blackman and his wife Claire Blackman), so that the surname alone names neither."""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.analysis.firstnames import FEMALE, MALE, first_name_gender

if TYPE_CHECKING:
    from index.analysis.namebook import NameBook


def namesakes(book: NameBook, name: str, gender: str | None = None) -> frozenset[str]:
    """The people's full names ``book`` gives for the one-word ``name`` (a surname) whose
    gender does not contradict ``gender``: two or more and the surname is ambiguous."""
    if len(name.split()) != 1:
        return frozenset()
    low = name.lower()
    other = MALE if gender == FEMALE else FEMALE if gender == MALE else None
    found = set()
    for m in book.mentions:
        m_words = m.name.split()
        if m.organisation or len(m_words) < 2 or m_words[-1].lower() != low:
            continue
        if other is not None and (m.gender or first_name_gender(m_words[0])) == other:
            continue
        found.add(m.name)
    # "de Mistura" is the "Staffan de Mistura" named before, not a namesake
    lows = [o.lower() for o in found]
    return frozenset(n for n in found if not any(o.endswith(" " + n.lower()) for o in lows))
