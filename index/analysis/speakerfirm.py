""" "The company said" (sp53, issue 18): the one firm that spoke before it.

A wire story about a firm names it in full once ("Brown-Forman Inc said ..."), then
shortly ("Brown-Forman said ...", "AMC said ..."), and goes on with "the company said". The
nearest firm named is often not that one (a buyer, an adviser, a unit: sp51 read 6 wrong in
20), so only one reading is taken, where it is safe: every name that spoke (or led its
sentence) before the attribution, persons apart, is the one firm, named in full with a legal
suffix ("Inc", "Corp", "Ltd"...) or in the wire's angle brackets, or shortly ("Brown-Forman",
"Kodak" of "Eastman Kodak Co", "AMC" of "American Motors Corp"). A second firm or body that
spoke ("Georgia Power Co said" in a story on Oglethorpe Power Corp), a name that may be
either, or no firm named in full: no one.

Only a bare "the company" or "the firm" ("the Houston-based company" too); not "the parent
company", "the new company", "the company official".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.analysis.firmnames import LEGAL_SUFFIXES, initialisms
from index.analysis.firstnames import FEMALE, MALE, UNISEX
from index.analysis.speakerplaces import place_name
from index.analysis.speechverbs import ORG_WORDS, words
from index.text.outlets import known_outlet

if TYPE_CHECKING:  # attribution imports this module's caller
    from index.analysis.mention import Mention
    from index.analysis.namebook import NameBook

_THE_FIRM = re.compile(r"^[Tt]he[ \t]+(?:[A-Za-z]+-based[ \t]+)?(?:company|firm)$")
"""'the company', 'the firm', 'the Houston-based company'."""
_SUFFIXES = LEGAL_SUFFIXES | words("ag sa nv pty bhd gmbh spa ab oy asa bv kk plc")
"""Legal suffixes that end a firm's full name ("Boliden AB", "Norton co Pty Ltd")."""
_GENDERED = frozenset([MALE, FEMALE, UNISEX])
_SEXED = frozenset([MALE, FEMALE])


def _key(name: str) -> list[str]:
    """A name's words, lower case, without brackets, possessives and legal suffixes."""
    out = [re.sub(r"['’]s$", "", w.strip("<>,.")).lower() for w in name.split()]
    out = [w for w in out if w]
    while len(out) > 1 and out[-1] in _SUFFIXES:
        out = out[:-1]
    return out


def _full(text: str, start: int, name: str) -> str | None:
    """The firm's full name a mention of ``name`` at ``start`` gives, or None when it gives
    none: the name with the legal suffixes written after it ("Norton co"), and the words a
    run of capitals lost before it (`_whole`), when it ends in a legal suffix or the wire set
    it in angle brackets ("<Cooper Canada Ltd>")."""
    at = text.find(name, start)
    tail = _TAIL.match(text, at + len(name)) if at >= 0 else None
    full = name + tail.group(0) if tail else name
    words_ = [w.strip("<>,.").lower() for w in full.split()]
    if all(w in _SUFFIXES for w in words_):
        return None  # "Pty Ltd": a suffix alone
    if words_[-1] not in _SUFFIXES and text[max(0, start - 1) : start] != "<":
        return None
    return _whole(text, at if at >= 0 else start, full)


_TAIL = re.compile(
    r"(?:[ \t]+(?:[Cc]o|[Cc]orp|[Ii]nc|[Ll]td|[Pp]ty|[Pp]lc|PLC|LLC|AG|SA|NV)\b\.?)+"
)
"""Legal suffixes after a run of capitals, in any case ("Norton co Pty Ltd")."""


def _form_of(name: str, firm: str) -> bool:
    """True when ``name`` writes the firm ``firm`` (its full name) shortly or in full: its
    words a run of the full name's ("Kodak", "Rockwell International"), or its initialism
    ("AMC")."""
    short, full = _key(name), _key(firm)
    if not short:
        return False
    n = len(short)
    if any(full[k : k + n] == short for k in range(len(full) - n + 1)):
        return True
    if n != 1 or not name.isupper() or len(name) < 3:
        return False
    # "AMC" of "American Motors Corp", "IBM" of "International Business Machines Corp" (sp56)
    return name.lower() in initialisms(firm) | initialisms(" ".join(full))


def _person(mention: Mention) -> bool:
    """True for a name something marks as a person's: a first name, a title."""
    return mention.gender in _GENDERED or bool(mention.title)


def firm_back(description: str | None, book: NameBook, start: int) -> str | None:
    """The firm "the company said" (``description``, at ``start``) points back to, in full
    ("Brown-Forman Inc"), or None (see the module)."""
    if description is None or _THE_FIRM.match(description) is None:
        return None
    before = [m for m in book.mentions if m.start < start and m.name]
    text = book.text
    firms = [f for m in before if (f := _full(text, m.start, m.name)) is not None]
    if not firms:
        return unsuffixed_firm(before, book)  # "Facebook said ... the company said" (sp56)
    spoke = [m for m in before if m.speaker]
    if not spoke:
        return None
    fits = [f for f in firms if all(_fits(m, f, firms) for m in spoke)]
    if not fits or any(_key(f) != _key(fits[0]) for f in fits):
        return None  # another body spoke, or two firms either may be ("Norton", a unit)
    return max(fits, key=len)  # "Starrex Mining Corp Ltd"


def _fits(mention: Mention, firm: str, firms: list[str]) -> bool:
    """True when ``mention``, which spoke, is the firm ``firm``, or a person: a name no firm
    goes by, with a first name or a title ("Norton" of "Norton co" is the firm's)."""
    if _form_of(mention.name, firm):
        return True
    return (
        not mention.organisation
        and _person(mention)
        and not any(_form_of(mention.name, f) for f in firms)
    )


_BEFORE = re.compile(r"(?:(?:[A-Z][\w\-.&']*|and|of|&)[ \t]+)+\Z")
"""Capitalised words (and "and", "of" between them) right before a name: "Fertility and" of
"Fertility and Genetics Research Inc", which a run of capitals splits."""


def _whole(text: str, start: int, name: str) -> str:
    """The firm's full name whose run ``name`` at ``start`` may have lost its first words to
    a word that ends a run ("May Department Stores Co", "Fertility and Genetics ...")."""
    found = _BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return name
    lead = found.group(0).split()
    for k in range(len(lead) - 1, -1, -1):
        word = lead[k]
        if word.endswith(".") and len(word) > 2 and "." not in word[:-1]:
            lead = lead[k + 1 :]  # "... Industrial Corp. Norbrook Co": a sentence ended
            break
    while lead and (lead[0] in ("and", "of", "&") or lead[0] in _OPENERS):
        lead = lead[1:]
    return " ".join([*lead, name]) if lead and lead[-1] not in ("of",) else name


_OPENERS = words("The A An In On At But And Earlier Later Today Yesterday Also")
"""Capitalised words that open a sentence before a name, no part of it."""


_FIRM_WORDS = LEGAL_SUFFIXES | words(
    "motors systems industries holdings airlines airline securities partners bancorp"
)
"""Words of `ORG_WORDS` a firm's name may hold ("General Motors"); any other makes a body's
("Edhi Foundation", "Cumbria Police"), no firm's."""
_SPOKESMAN = re.compile(r"['’]s?[ \t]+(?:[a-z]+[ \t]+)?(?:spokesman|spokeswoman|spokesperson)\b")


def unsuffixed_firm(before: list[Mention], book: NameBook) -> str | None:
    """The firm "the company said" points back to when none is named with a legal suffix
    (sp56): the one name no first name or title marks as a person's that led a sentence
    before it, a speech verb its own ("Facebook said", "said Twitter") or its spokesman
    ("YouTube's spokeswoman") once at least, its other forms a run of its words ("Union
    Texas" of "Union Texas Petroleum"); not a place ("Everett said", "New Jersey"), not a
    body ("Edhi Foundation", "TASS"), not a news outlet, which only reports ("..., CNN
    reported", rv65), and no one when two such names spoke."""
    text = book.text
    others = [
        m
        for m in before
        if (m.speaker or _SPOKESMAN.match(text, _end(text, m)))
        and (m.organisation or not _person(m))
        and known_outlet(_plain(m.name)) is None  # "CNN reported": it only reports (rv65)
    ]
    if not others:
        return None
    named = max((_plain(m.name) for m in others), key=lambda n: (len(_key(n)), n))
    if not named or any(not _form_of(_plain(m.name), named) for m in others):
        return None  # two names spoke: "Apple", "Google"
    low = [w.lower().strip(".,") for w in named.split()]
    if any(w in ORG_WORDS and w not in _FIRM_WORDS for w in low) or place_name(named):
        return None
    if not any(book.spoke(m) or _said_soon(text, _end(text, m)) for m in others):
        return None  # a name that only led a sentence ("Everett has sued")
    persons = [m.name for m in before if not m.organisation and (m.gender in _SEXED or m.title)]
    if _rival(text[: max(m.start for m in before) + 200], named, persons):
        return None
    return named


_SAID = re.compile(r"\b(?:said|says|told|added|announced|stated|confirmed|wrote)\b")


_SAYER = re.compile(
    r"(?<![\w'’-])([A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|and|&))*)"
    r"[ \t]+(?:said|says|told|added|announced)\b"
)
_NO_SAYER = words(
    """he she it they we i you this that there the a an but and in on at monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december"""
)


def _rival(text: str, named: str, persons: list[str]) -> bool:
    """True when a name the name book missed says something in ``text`` ("Oglebrook Energy
    said"): one neither a form of the firm ``named`` nor holding a person's name."""
    for found in _SAYER.finditer(text):
        run = found.group(1)
        words_ = run.split()
        while words_ and (words_[0].lower() in _NO_SAYER or words_[0] in _OPENERS):
            words_ = words_[1:]
        run = " ".join(words_)
        if not run or _form_of(_plain(run), named) or any(p in run for p in persons):
            continue
        if known_outlet(run) is not None:
            continue  # "CNN said": an outlet reports (rv65)
        return True
    return False


def _said_soon(text: str, end: int) -> bool:
    """True when a speech verb or "'s spokesman" follows a name ending at ``end`` in its
    clause within a few words ("YouTube on Wednesday said")."""
    if _SPOKESMAN.match(text, end):
        return True
    clause = re.split(r"[.,;:\"“”\n]", text[end : end + 30], maxsplit=1)[0]
    return _SAID.search(clause) is not None


def _plain(name: str) -> str:
    """A name without the place before it ("Connecticut-based Purdue Pharma")."""
    return " ".join(w for w in name.split() if not w.lower().endswith("-based"))


def _end(text: str, mention: Mention) -> int:
    """The offset just past ``mention``'s name in ``text``."""
    at = text.find(mention.name, mention.start)
    return at + len(mention.name) if at >= 0 else mention.start
