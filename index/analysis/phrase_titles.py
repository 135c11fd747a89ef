"""A speaker phrase's title words: is a capital word a title's ("Chief", "Executive"), and
does a role then a given name follow ("Liberal leader John Turner")? Split from
`index.analysis.phrases` (sp38, sp39 took it past 450 lines)."""

from __future__ import annotations

from index.analysis.names import Token
from index.analysis.phraseroles import DETERMINERS as _DETERMINERS
from index.analysis.phraseroles import first_name
from index.analysis.speechverbs import PERSON_TITLES, TITLES

PREPOSITIONS = frozenset(
    ["of", "for", "at", "in", "with", "from", "to", "on", "by", "under", "about"]
)
_PREPOSITIONS = PREPOSITIONS


def capital(tok: Token) -> bool:
    """True for a word that starts with a capital letter (not a digit or a mark)."""
    return tok.capital and tok.text[0].isalpha()


_cap = capital


def role_then_name(part: list[Token], end: int) -> bool:
    """True when a role then a first name follow the words ending at ``end``: "Liberal leader
    John Turner", "England director of cricket Andrew Strauss" (a longer role: a surname)."""
    run = next((i for i in range(end, min(end + 6, len(part))) if part[i].capital), end)
    if run == end + 1 < len(part) - 1 and part[end].norm in PERSON_TITLES:
        return _cap(part[run]) and _cap(part[run + 1])  # "NBC spokeswoman McClaine Ramsey"
    if run == end or not (_cap(part[run]) and first_name(part[run])):
        return False
    if part[end].norm in _PREPOSITIONS or part[run - 1].norm in _PREPOSITIONS:
        return False
    return (part[end].norm in TITLES and run == end + 1) or (
        (part[end].norm in TITLES or part[run - 1].norm in TITLES)
        and not any(t.norm in _DETERMINERS for t in part[end:run])
        and run + 1 < len(part)
        and _cap(part[run + 1])
    )


def title_word(tok: Token) -> bool:
    """True for a capitalised title's word ("Chief", "Executive"), not "In" or "The"."""
    return (
        _cap(tok)
        and tok.norm in TITLES
        and tok.norm not in _PREPOSITIONS
        and tok.norm not in _DETERMINERS
    )
