"""Who "he" or "she" is, beyond the last name that fits: the gender an attribution tells of
a name, a speaker whose gender the article leaves open, a bare role that leads a sentence,
the one of several people a bare family name means ("Ambassador Kim")."""

from __future__ import annotations

import re

from index.analysis.firstnames import FEMALE, MALE
from index.analysis.namebook import Mention, NameBook
from index.analysis.officewords import OFFICES, office_qualifier
from index.analysis.speechverbs import words
from index.analysis.unnamedsince import unnamed_since

_HE_SHE = re.compile(r"\b([Ss]?he)\b")
_ROLE_HEADS = (
    "minister|president|senator|governor|mayor|chancellor|secretary|ambassador|envoy|"
    "chairman|chairwoman|premier|candidate|leader|congressman|congresswoman|judge|"
    "prosecutor|general|commander|[Pp]ope|[Tt]aoiseach|[Tt]ánaiste"
)
_ROLE_SUBJECT = re.compile(
    r"The(?<![^\s]The)\s+(?:[a-z][\w\-]*\s+){0,3}?"
    rf"({_ROLE_HEADS})\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?([a-z]+)\b"
)
"""A sentence whose subject is a bare role ("The former prime minister confirmed ...", "But
The ..."); a capital "The" is taken to open a sentence (its stop is sometimes lost with a
heading). Only its groups are read: the pattern opens on the literal "The", which lets the
engine skip to each "The" (18 times faster than the same matches opened on a lookbehind
and an optional "But" or "And", `tests/analysis/test_attribution_scans_same.py`)."""
_NOT_VERBS = words("of and or in for to at on with from who which that s")
_ROLE_AFTER = 80
"""How far after a name its role is read ("Kim In-ryong, North Korea's deputy UN
ambassador")."""
_STOP = re.compile(r"[.!?…]|\n")


def pronoun_gender(text: str, start: int, end: int) -> str | None:
    """The gender that the "she said" or "he said" in ``text[start:end]`` gives its name."""
    found = _HE_SHE.search(text, start, end)
    if found is None:
        return None
    return FEMALE if found.group(1).lower() == "she" else MALE


def rather_unknown(mention: Mention | None, spoke: Mention | None) -> bool:
    """True when "she" is ``spoke``, a speaker whose gender the article leaves open, rather
    than ``mention``, a woman only named before it ("Jenner said ... Hillary Clinton ...
    '...,' she tweeted"). Not past a woman who spoke: over the corpora that gave as many
    wrong speakers ("... of the Red Cross said") as right ones."""
    if spoke is None:
        return False
    return mention is None or (spoke.start > mention.start and not mention.speaker)


def role_since(book: NameBook, mention: Mention, start: int, described: str) -> Mention | None:
    """``mention`` ("he" at ``start``), unless a sentence since opens on a bare role that is
    not in ``described`` (what is known of it) and someone else was named with that role
    ("Foreign Minister Sergei Lavrov ... Former president Dmitry Medvedev ... The minister
    later confirmed ... '...,' he said"): then that person; None when it opens on someone
    unnamed who speaks (`unnamed_since`)."""
    since = unnamed_since(book, mention, start, described)
    if since is not mention:
        return since
    role, at = None, start
    for m in _ROLE_SUBJECT.finditer(book.text, mention.start, start):
        if m.group(2) not in _NOT_VERBS:
            role, subject, at = m.group(1), m.group(0), m.start()
    role = role.lower() if role is not None else None  # "The Pope said" (sp39)
    if role is None or role in re.split(r"[\s\-]+", described.lower()):
        return mention
    office = office_qualifier(subject, role)
    named = book.with_role(role, start, office)
    held = f"{described} {book.text[max(0, mention.start - 30) : mention.start]}".lower()
    if named is None and office and OFFICES.intersection(re.findall(r"[a-z]+", held)):
        # "The former prime minister confirmed" after "former president X" (sp43): no one,
        # unless the office is written before one name ("then-prime minister X", sp45)
        return _office_before_name(book, role, office, at)
    return named or mention  # not "The new leader" of "US President Trump"


def _office_before_name(book: NameBook, role: str, office: str, at: int) -> Mention | None:
    """The one person a lower-case office stands right before, before the sentence opening
    on that role at ``at`` ("by then-prime minister Francois Fillon": na-1699), as if named
    at ``at`` (the role names them there: no guess however far back the name is); None for
    no one or for two people. Read only where a qualified bare role found no one (sp43 read
    such roles everywhere: right speakers turned wrong)."""
    written = re.compile(rf"\b{re.escape(office)}[- ]{re.escape(role)}[ \t]+(?=[A-Z])")
    ends = {m.end() for m in written.finditer(book.text, 0, at)}
    named = [m for m in book.mentions if m.start in ends and not m.organisation and m.name]
    if len({m.name for m in named}) != 1:
        return None
    return named[-1]._replace(start=at)


def family_of(book: NameBook, mention: Mention, full: str, start: int) -> str:
    """``full``, the fullest name found for the bare ``mention``, unless the bare name is
    the family name, put first, of two or more people the article names and ``mention``
    has a title ("Ambassador Kim" beside Kim In-ryong and Kim Jong-nam): then the one of
    them given that title when only one was, else the bare name."""
    bare = mention.name
    if len(bare.split()) != 1 or full == bare or full.split()[0].lower() != bare.lower():
        return full
    low = bare.lower()
    family = {
        n
        for n, _ in book.persons(low)
        if len(n.split()) >= 2 and n.split()[0].lower() == low and n.split()[-1].lower() != low
    }
    if len(family) < 2:
        return full
    role = mention.title.lower().split()[-1] if mention.title.strip() else ""
    if not role:
        return full  # "Xu says": the Xu Kaihua named before, as ever
    text = book.text
    given = set()
    for m in book.mentions:
        if m.start >= start or m.name not in family:
            continue
        after = text[m.start + len(m.name) : m.start + len(m.name) + _ROLE_AFTER]
        stop = _STOP.search(after)
        words = f"{m.title} {after[: stop.start() if stop else None]}".lower()
        if role in re.findall(r"[a-z]+", words):
            given.add(m.name)
    return given.pop() if len(given) == 1 else bare
