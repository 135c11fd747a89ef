"""Namesakes: the people an article names who share a surname ("Blackman" for Sgt Alexander
Blackman and his wife Claire Blackman), so that the surname alone names neither."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from index.analysis.firstnames import FEMALE, MALE, first_name_gender

if TYPE_CHECKING:
    from index.analysis.namebook import Mention, NameBook


def namesakes(book: NameBook, name: str, gender: str | None = None) -> frozenset[str]:
    """The people's full names ``book`` gives for the one-word ``name`` (a surname) whose
    gender does not contradict ``gender``: two or more and the surname is ambiguous."""
    if len(name.split()) != 1:
        return frozenset()
    low = name.lower()
    other = MALE if gender == FEMALE else FEMALE if gender == MALE else None
    found = set()
    for m_name, m_gender in book.persons(low):  # not every mention: a long article has many
        m_words = m_name.split()
        if m_words[-1].lower() != low:
            continue
        if any(c.isdigit() for c in m_name):
            continue  # "pic.twitter.com/mRqh4QXpPk Craig": a link glued to the name
        if other is not None and (m_gender or first_name_gender(m_words[0])) == other:
            continue
        found.add(m_name)
    # "de Mistura" is the "Staffan de Mistura" named before, not a namesake; nor is
    # "S Simon" (read out of "J.S. Simon") another person than "J.S. Simon"; nor "Landon H.
    # Rowland" (a speaker's name as said) another than "Landon H Rowland" (as filed)
    parts = {n: _parts(n) for n in sorted(found)}
    return frozenset(
        n
        for n in parts
        if not any(
            o != n and len(po) >= len(parts[n]) and po[-len(parts[n]) :] == parts[n]
            for o, po in parts.items()
            if len(po) > len(parts[n]) or o < n
        )
        and not any(o < n and _lost_alike(o, n) for o in parts)
    )


def _lost_alike(one: str, other: str) -> bool:
    """True for two spellings of one name that lost letters to U+FFFD in different places
    ("N\ufffd\ufffdir\ufffd\ufffdn O'Sullivan", "No\ufffd\ufffdr\ufffd\ufffdn O'Sullivan"
    for Nóirín, sp39): both lost some, and they agree on the surname and on each word's first
    letter. Read whole, they were two namesakes and "she" named neither."""
    if "\ufffd" not in one or "\ufffd" not in other:
        return False
    a, b = one.split(), other.split()
    return (
        len(a) == len(b)
        and a[-1] == b[-1]
        and all(x[:1] == y[:1] for x, y in zip(a, b, strict=True))
    )


def pronoun_namesake(book: NameBook, mention: Mention, before: int) -> str | Literal[False] | None:
    """Whom a pronoun that points to ``mention`` (a surname, maybe) names, when namesakes
    share it: False when they leave it ambiguous ("she" after "Mrs Blackman" of Alexander
    and Claire, she named only later); the one of the mention's gender named in full
    before ``before`` ("Betsy DeVos" for "Mrs DeVos", her husband Dick named later, nu31
    #8); None when no two people share the name (the mention's own full name serves)."""
    name = mention.name or ""
    if len(namesakes(book, name)) < 2:
        return None
    found = namesakes(book, name, mention.gender) if mention.gender else frozenset()
    if len(found) != 1:
        return False
    sole = next(iter(found))
    return sole if any(m.name == sole for m in book.between(0, before)) else False


def quoted_namesake(found: frozenset[str], speakers: Iterable[str | None]) -> str | None:
    """Which of the namesakes ``found`` a bare surname says, given the ``speakers`` of the
    article's earlier quotes that named them: the one of them quoted so before when no
    other was ("said a visibly upset Fillon" after quotes of Francois Fillon, Penelope and
    Charles Fillon only named: sp50, na-1699), else None (ambiguous: neither or both)."""
    quoted = {s for s in speakers if s in found}
    return next(iter(quoted)) if len(quoted) == 1 else None


def _parts(name: str) -> list[str]:
    """The words of a name with its initials apart, lower case: "J.S. Simon" -> j, s, simon."""
    return [w for w in name.lower().replace(".", " ").split() if w]
