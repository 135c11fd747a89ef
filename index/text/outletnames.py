"""One name per outlet, whatever the spelling: "New York Times", "The New York Times (Opinion)".

Every outlet an article gets (a JSON ``source`` field, a sidecar, an outlet line, a byline,
a URL) goes through `canonical_outlet`, so that the outlet picker, ``--source`` and the
outlet counts see one outlet once. A known outlet (``index/data/outlets.toml``) takes the
table's name; any outlet, known or not, loses a desk or section after it ("(Opinion)",
"- Opinion", "AP Politics & Fact Check") and a bias label ("Guest Writer - Center"); an
unknown one loses a leading "The" ("The Eastford Courier" and "Eastford Courier" are one)
unless a desk's name would be left ("The Local", "The World" stay).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.text.outlets import known_outlet

_SECTION_WORDS = """
    opinion opinions editorial editorials analysis commentary op-ed op-eds oped blog blogs
    column columns columnist columnists letters politics fact-check factcheck fact-checks
    world international national local us u.s. uk live breaking video videos
    left center centre right lean-left lean-right guest-writer guest-writers contributors
"""
SECTIONS = frozenset(_SECTION_WORDS.split())
"""Desks, news sections and bias labels that may follow an outlet's name, in lower case (a
phrase of several words is written with hyphens: "fact check" is "fact-check"). Sections
that are brands of their own ("CNN Business", "Fox Sports") are not among them."""
_PHRASE_WORDS = "fact-check fact-checks lean-left lean-right guest-writer guest-writers op-ed"
_PHRASES = frozenset(tuple(phrase.split("-")) for phrase in _PHRASE_WORDS.split())
_JOINERS = frozenset({"&", "and", ",", "/", "+"})
_QUALIFIER = re.compile(
    r"^(?P<name>.+?)\s*(?:\((?P<paren>[^()]{2,40})\)|\s[-–—|:]\s*(?P<dash>[^-–—|:()]{2,40}))$"
)
"""A name with a qualifier after it: "CNN (Opinion)", "Guest Writer - Center"."""
_THE = re.compile(r"^the\s+(?=\S)", re.IGNORECASE)


def is_section(text: str) -> bool:
    """True when ``text`` is only desks and sections: "Politics & Fact Check", "Opinion"."""
    words = [w for w in re.split(r"\s+|(?<=\w)(?=[,&/+])|(?<=[,&/+])(?=\w)", text.lower()) if w]
    if not words or words[-1] in _JOINERS or words[0] in _JOINERS:
        return False
    k = 0
    found = False
    while k < len(words):
        word = words[k].strip(".") if words[k] != "u.s." else words[k]
        pair = tuple(w.strip(".") for w in words[k : k + 2])
        if pair in _PHRASES:
            k += 2
        elif word in SECTIONS:
            k += 1
        elif word in _JOINERS and found:
            k += 1
            continue
        else:
            return False
        found = True
    return found


_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z0-9&.]{1,9}$")


def _is_abbreviation(name: str, paren: str) -> bool:
    """``paren`` is the short name of the outlet ``name``: "One America News Network
    (OAN)", "Eastford Courier (EC)" (an alias in the table, or the initials of some of
    its words, the first word's first)."""
    paren = paren.strip()
    if not _ABBREVIATION.match(paren) or sum(c.isupper() for c in paren) < 2:
        return False
    known = known_outlet(name)
    if known is not None and known_outlet(paren) == known:
        return True
    initials = [w[0].upper() for w in re.findall(r"[A-Za-z0-9]+", name)]
    letters = [c for c in paren.upper() if c.isalnum()]
    if not initials or not letters or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(c == i for i in rest) for c in letters[1:])


_DESCRIPTION = re.compile(r"^[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|and|for|the)){1,4}$")
"""What a known outlet's name may be followed by in brackets: "(Russian News Agency)"."""


def _known_by_short(name: str, paren: str) -> str | None:
    """The known outlet of "Name (ABBR)" whose short name is the table's ("British
    Broadcasting Corporation (BBC)", "Radio Television Ireland (RTE)": the first letters
    agree), or of a known short name with its description ("TASS (Russian News Agency)")."""
    paren = paren.strip()
    known = known_outlet(paren) if _ABBREVIATION.match(paren) else None
    words = re.findall(r"[A-Za-z0-9]+", name)
    if known and sum(c.isupper() for c in paren) >= 2 and words:
        return known if words[0][0].upper() == paren[0] else None
    if _DESCRIPTION.match(paren):
        return known_outlet(name)
    return None


def _tidy(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).strip(" .,:;")


def _known_before_section(name: str) -> str | None:
    """A known outlet followed by sections only: "AP Politics & Fact Check" -> the AP's."""
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        known = known_outlet(" ".join(words[:cut]))
        if known and is_section(" ".join(words[cut:])):
            return known
    return None


@lru_cache(maxsize=4096)
def canonical_outlet(name: str) -> str:
    """The one name of the outlet ``name`` spells (``name`` itself, tidied, when no rule
    applies: a person's name given as a source stays as it is).

    The result is its own canonical name (``canonical_outlet`` of it changes nothing).
    """
    current = _tidy(name)
    if not current:
        return name.strip()
    seen = {current}
    while True:  # each step shortens the name or gives a known one's: it ends
        following = _step(current)
        if following in seen:
            return current
        seen.add(following)
        current = following


def _step(name: str) -> str:
    known = known_outlet(name) or known_outlet("The " + name)
    if known:
        return known
    qualified = _QUALIFIER.match(name)
    short = qualified and _known_by_short(qualified.group("name"), qualified.group("paren") or "")
    if short:
        return short
    if qualified:
        qualifier = qualified.group("paren") or qualified.group("dash") or ""
        base = qualified.group("name")
        if base.strip(" -–—|:") and (
            is_section(qualifier) or _is_abbreviation(base, qualified.group("paren") or "")
        ):
            return _tidy(base)
    before = _known_before_section(name)
    if before:
        return before
    bare = _tidy(_THE.sub("", name))
    if bare != name and any(c.isalnum() for c in bare) and not is_section(bare):
        return bare  # not "The Local" (an outlet) -> "Local" (a desk)
    return name


def outlet_label(line: str) -> str | None:
    """The known outlet a head line names, alone or with its desk ("AP Politics & Fact
    Check", "New York Post (Opinion)"), or any outlet with its short name after it ("One
    America News Network (OAN)", "Eastford Courier (EC)"; the table's outlet when its short
    name is the table's: "British Broadcasting Corporation (BBC)"), else None."""
    line = _tidy(line)
    if len(line) > 60:
        return None
    named = known_outlet(line)
    if named:
        return named
    qualified = _QUALIFIER.match(line)
    short = qualified and _known_by_short(qualified.group("name"), qualified.group("paren") or "")
    if short:
        return short
    if qualified and _is_abbreviation(qualified.group("name"), qualified.group("paren") or ""):
        return canonical_outlet(qualified.group("name"))
    if qualified and is_section(qualified.group("paren") or qualified.group("dash") or ""):
        line = _tidy(qualified.group("name"))
        named = known_outlet(line)
    return named or _known_before_section(line)


def is_desk_label(line: str) -> bool:
    """A head line that is only a desk, a section or a bias label ("Opinion", "Guest Writer
    - Center", "Politics & Fact Check"): never the headline."""
    if len(line) > 60:
        return False
    qualified = _QUALIFIER.match(line.strip())
    if qualified:
        qualifier = qualified.group("paren") or qualified.group("dash") or ""
        return is_section(qualified.group("name")) and is_section(qualifier)
    return is_section(line.strip())
