"""How the keys of two names relate, and what a key looks like: the same person ("Bill"/
"William Clinton"), a first name compatible with another, one word a short ending from another
("Russia"/"Russian"), a place's spellings ("U.S."/"American"); a person's key, an
organisation's. `namematch` merges and compares names with these."""

from __future__ import annotations

from index.analysis.demonyms import PLACES
from index.analysis.entitywords import NICKNAMES, PLACE_PREFIXES
from index.analysis.speechverbs import ORG_WORDS


def first_compatible(a: str, b: str) -> bool:
    """True for two first names of one person: the same, one a nickname of the other ("Bill"/
    "William"), or one the other's start ("Alex"/"Alexander")."""
    if a == b or NICKNAMES.get(a, a) == NICKNAMES.get(b, b):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short)


def initials(key: tuple[str, ...]) -> str:
    """The first letters of a key's words, its small joining words left out ("cdc")."""
    return "".join(w[0] for w in key if w not in ("of", "the", "and", "for"))


def place_of(key: tuple[str, ...]) -> str:
    """The one key of the place ``key`` names in any spelling (`PLACES`), else its words."""
    joined = " ".join(key)
    return PLACES.get(joined, joined)


SPELLINGS = {
    one: frozenset({one} | {n.replace(".", "") for n, o in PLACES.items() if o == one})
    - {"is"}  # "Is" opens questions: no spelling of ISIS to look for
    for one in set(PLACES.values())
}
"""Every spelling of a place `PLACES` names in several ways, by its one key: "us" ->
"american", "americans", "america", "united states", "us" (dots dropped, as `undot` does)."""


def person_like(key: tuple[str, ...]) -> bool:
    """Two to five words, none of an organisation and not a place ("North Korea")."""
    return (
        2 <= len(key) <= 5
        and not any(w in ORG_WORDS for w in key)
        and key[0] not in PLACE_PREFIXES
        and place_of(key) == " ".join(key)
    )


COUNTRY_PREFIXES = frozenset(("us", "uk", "eu", "un", "federal", "national"))
"""Words of a body's name that only say whose it is ("US Department of Defense")."""
FROM = frozenset(("us", "uk", "eu"))
"""Places an organisation's name may give apart from its own words ("Russian ... Ministry")."""


def org_like(key: tuple[str, ...]) -> bool:
    """True for an organisation's key: one of its words is (`ORG_WORDS`)."""
    return any(w in ORG_WORDS or w.rstrip("s") in ORG_WORDS for w in key)


def same_stem(a: str, b: str) -> bool:
    """ "Russia"/"Russian", "China"/"Chinese", "Afghans"/"Afghanistan": one word a short
    ending away from the other."""
    a, b = a.removesuffix("s"), b.removesuffix("s")
    if min(len(a), len(b)) < 4:
        return False
    if len(a) != len(b) and min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)):
        return abs(len(a) - len(b)) <= 5
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= min(len(a), len(b)) - 1 and abs(len(a) - len(b)) <= 3


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True for two keys of one person: the same surname, compatible first names or one key
    the other's end."""
    if a == b:
        return True
    if a[-1] != b[-1] or not (person_like(a) and person_like(b)):
        return False
    short, long_ = sorted((a, b), key=len)
    # "Bill"/"William Clinton"; "Ben Belgacem" for "Ziyed Ben Belgacem"
    return first_compatible(a[0], b[0]) or long_[len(long_) - len(short) :] == short
