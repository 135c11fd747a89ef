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
from index.analysis.firstnames import FEMALE, MALE, UNISEX, first_name_gender
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
    while len(out) > 1 and (out[-1] in _SUFFIXES or out[-1] in ("and", "&")):
        out = out[:-1]  # "Goldman Sachs & Co" is "goldman sachs" (sp57)
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
    text = book.text
    before = _joined(text, [m for m in book.mentions if m.start < start and m.name])
    firms = [f for m in before if (f := _full(text, m.start, m.name)) is not None]
    if not firms:
        return unsuffixed_firm(before, book) or lone_sayer(
            book, start
        )  # "Facebook said ... the company said" (sp56)
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
    firmish = _firm_read(before, text)
    others = [
        m
        for m in before
        if (m.speaker or _SPOKESMAN.match(text, _end(text, m)))
        and (m.organisation or not _person(m) or (m.name in firmish and not m.title))
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
    if not any(book.spoke(m) or _said_soon(text, _end(text, m), m.name in firmish) for m in others):
        return None  # a name that only led a sentence ("Everett has sued")
    persons = [m.name for m in before if not m.organisation and (m.gender in _SEXED or m.title)]
    if _rival(text[: max(m.start for m in before) + 200], named, persons):
        return None
    return named


_SAID = re.compile(r"\b(?:said|says|told|added|announced|stated|confirmed|wrote)\b")


_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SAYER = re.compile(
    r"(?<![\w'’-])([A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|and|&))*)"
    rf"(?:[ \t]+on[ \t]+{_DAY})?[ \t]+(?:said|says|told|added|announced)\b"
)
"""A run of capitals a speech verb follows, a day between or not ("Kestrel Energy on
Monday said", sp57)."""
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


def _said_soon(text: str, end: int, firm: bool = False) -> bool:
    """True when a speech verb or "'s spokesman" follows a name ending at ``end`` in its
    clause within a few words ("YouTube on Wednesday said"), or, for a name a firm's noun
    follows (``firm``: "Irwin Mitchell solicitors, speaking for ..., said"), in its
    sentence."""
    if _SPOKESMAN.match(text, end):
        return True
    if firm and _FIRM_NOUN.match(text, end):
        sentence = re.split(r"[.;:\"“”\n]", text[end : end + 200], maxsplit=1)[0]
        return _SAID.search(sentence) is not None
    clause = re.split(r"[.,;:\"“”\n]", text[end : end + 30], maxsplit=1)[0]
    return _SAID.search(clause) is not None


def _plain(name: str) -> str:
    """A name without the place before it ("Connecticut-based Purdue Pharma")."""
    return " ".join(w for w in name.split() if not w.lower().endswith("-based"))


def _end(text: str, mention: Mention) -> int:
    """The offset just past ``mention``'s name in ``text``."""
    at = text.find(mention.name, mention.start)
    return at + len(mention.name) if at >= 0 else mention.start


_FIRM_NOUN = re.compile(
    r"[ \t]+(?:solicitors|law[ \t]+firm|(?:travel[ \t]+|cruise[ \t]+)?(?:company|firm))\b"
)
"""A firm's noun right after a name: "Irwin Mitchell solicitors" (sp57)."""
_COMPANY_BEFORE = re.compile(r"\b(?:company|firm|operator|solicitors)[ \t]+\Z")


def _firm_read(before: list[Mention], text: str) -> frozenset[str]:
    """Names a firm's noun marks as a firm's, whatever a first name in them says (sp57:
    "Noble Caledonia" after "British company", "Irwin Mitchell solicitors"): one that
    a mention reads as an organisation after "company" or "firm", or a firm's noun follows."""
    return frozenset(
        m.name
        for m in before
        if (m.organisation and _COMPANY_BEFORE.search(text, max(0, m.start - 20), m.start))
        or _FIRM_NOUN.match(text, _end(text, m))
    )


_SPLIT_SUFFIX = words("co cos inc ltd corp")
_AND_BEFORE = re.compile(r"[ \t]+(?:and|&)[ \t]+\Z")
_COMMA_WORD = re.compile(r"([A-Z][\w.'’-]*),[ \t]+\Z")


def _joined(text: str, before: list[Mention]) -> list[Mention]:
    """``before`` with a lone "Co" after "and" or "&" given the firm's whole name the name
    book split it from (sp57: "Goldman Sachs & Co", "W.R. Grace and Co", "Goldman, Sachs and
    Co": its first word before a comma)."""
    out = []
    for m in before:
        at = text.find(m.name, m.start)
        if (
            m.name.lower().strip(".") in _SPLIT_SUFFIX
            and at >= 0
            and _AND_BEFORE.search(text, max(0, at - 6), at)
        ):
            whole = _whole(text, at, m.name)
            begin = at + len(m.name) - len(whole)
            if whole != m.name and text[begin : at + len(m.name)] == whole:
                lead = _COMMA_WORD.search(text, max(0, begin - 30), begin)
                if (
                    lead
                    and lead.group(1) not in _OPENERS
                    and lead.group(1).lower() not in _NO_SAYER
                ):
                    begin, whole = lead.start(), text[lead.start() : at + len(m.name)]
                m = m._replace(start=begin, name=whole)
        out.append(m)
    return out


_LONE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”][ \t]))"
    r"([A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2})"
    rf"(?:[ \t]+on[ \t]+{_DAY})?[ \t]+(?:said|says|announced)\b",
    re.M,
)
"""A run of capitals opening a sentence, a speech verb its own ("Kestrel Energy said",
"Quillfeather on Wednesday said")."""


def lone_sayer(book: NameBook, start: int) -> str | None:
    """The firm "the company said" (at ``start``) points back to when the name book read
    no one who spoke before it (sp57): the one run of capitals that opened a sentence
    before it, a speech verb its own ("Kestrel Energy said"), not a place, a body, a person's
    first name nor a word that opens sentences ("It", "The", "Police")."""
    if any(m.speaker for m in book.mentions if m.start < start):
        return None
    text = book.text
    runs: list[str] = []
    for found in _LONE.finditer(text, 0, start):
        run = found.group(1)
        words_ = run.split()
        while words_ and (words_[0].lower() in _NO_SAYER or words_[0] in _OPENERS):
            words_ = words_[1:]  # "It said", "The Halden Foundation said"
        if not words_:
            continue
        run, low = " ".join(words_), [w.lower().strip(".,") for w in words_]
        if known_outlet(run) is not None:
            continue  # "CNN said": an outlet only reports (rv65)
        if (
            any(w in ORG_WORDS and w not in _FIRM_WORDS for w in low)
            or place_name(run)
            or first_name_gender(words_[0]) is not None
        ):
            return None  # someone or something else spoke
        runs.append(run)
    if not runs:
        return None
    named = max(runs, key=lambda n: (len(n.split()), n))
    return named if all(_form_of(r, named) for r in runs) else None
