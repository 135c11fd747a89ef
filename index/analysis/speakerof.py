"""A person "of" a firm or a place speaks, not the firm or place (issue 18).

"said Greenstein of Bear Stearns", "Mama Mohammed of Ghana told Reuters", "Rand Paul of
Kentucky said": a speaker pattern that ends on the name after "of" gives the firm or the
place; the person named right before "of" is who spoke. Not after a title ("the Mayor of
London", "Minister of Commerce Gao Hucheng": a title's "of" names an office), nor where
the words before "of" are no person's name: several words that no known first name opens
("The United Steelworkers of America", "First City Bancorp of Texas", "Manaspas Xuto of
Thailand" too: unknown first names cost a few fixes), or one word that opens its sentence
("Thousands of Milwaukee residents"). A surname alone ("Greenstein of") is written as
fully as the text gave it before ("Monroe Greenstein").
Where the words before "of" are two or three that no known first name opens, in
mid-sentence, and the body after "of" is written as its initials ("Moreau Defarges of
IFRI says"), they are a person's name all the same (also for the sentence of indirect speech
before a quote: its "of" is read the same).
Where the article tells who the words before "of" are, they are that person whatever the
first name (sp38): a surname the article gave in full before ("Edelman of Drexel said" after
"analyst Jeff Edelman"; "Konishi of Sumitomo Life" after "Keita Konishi of Sumitomo Life
Insurance Co"), or a name whose last words speak elsewhere ("Koos Ten Have of Staal
Bankiers said", then "Ten Have said"). This holds too where the speaker pattern took the
whole "Konishi of Norrland Trust" for a body's name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.demonyms import is_demonym
from index.analysis.entitywords import CORE_TITLES, TITLE_MODIFIERS
from index.analysis.firstnames import first_name_gender
from index.analysis.speechverbs import ORG_WORDS, SPEECH_VERBS
from index.analysis.wordscan import name_pattern

if TYPE_CHECKING:  # attribution imports this module
    from index.analysis.attribution import Attribution
    from index.analysis.namebook import NameBook

_RULES = frozenset(("after", "inverted", "before", "according", "indirect"))
_PERSON_OF = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+)[ \t]+of[ \t]+$")
"""One to three capitalised words and "of" right before the speaker's name."""
_SHORT_NAME = re.compile(r"(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+")


def person_of(
    text: str, found: Attribution | None, book: NameBook | None = None
) -> Attribution | None:
    """``found`` given to the person named before "of" its speaker, where there is one;
    ``book``, the article's names, tells a person whose first name no list knows."""
    if found is not None and not found.speaker and found.rule == "unresolved":
        return _role_of_firm(text, found) or found
    if found is None or not found.speaker or found.rule not in _RULES:
        return found
    at = text.rfind(found.speaker, found.start, found.end)
    if at < 0:
        return found
    split = _split_firm(text, found)
    if split is not None:
        return split
    name, of, body = found.speaker.partition(" of ")
    if of and name and " of " not in body and (_SHORT_NAME.fullmatch(name) or _given(name)):
        # "Konishi of Norrland Trust" read whole as a body's name: its person, if known
        if _given(name):  # "Joseph Phillippi of E.F. Hutton Co." whole: Phillippi (sp40)
            described = f"{found.description} of {body}" if found.description else f"of {body}"
            return replace(found, speaker=name, description=described)
        known = _named_before(text, name, at, body) or _person_in(book, name, at)
        return found if known is None else replace(found, speaker=known)
    match = _PERSON_OF.search(text, max(0, at - 80), at)
    if match is None:
        return found
    named = match.group(1).split()
    titled = [k for k, word in enumerate(named) if _title(word)]
    if titled and titled[-1] == len(named) - 1:
        return found  # "the Mayor of London", "Vice-President of Marketing Services"
    name = " ".join(named[titled[-1] + 1 :] if titled else named)  # "Analyst Ann Ray of"
    first = name.split()[0]
    opens = _opens_sentence(text, match.end(1) - len(name))
    if first_name_gender(first) is None and (" " in name or opens):
        if " " in name and not opens and _acronym(found.speaker):
            # "Moreau Defarges of IFRI says": a body's initials after a name in mid-sentence
            return replace(found, speaker=name)
        known = _named_before(text, name, at, found.speaker) or _person_in(book, name, at)
        if known is not None:  # "Edelman of Drexel said" after "analyst Jeff Edelman"
            return replace(found, speaker=known)
        # "The United Steelworkers of America", "First City Bancorp of Texas": a body's
        # name; "Thousands of Milwaukee residents": no name opens the sentence
        return found
    known = _named_before(text, name, at, found.speaker)  # "Smith of Beta": Beta's Smith
    return replace(found, speaker=known or _fullest(text, name, at))


def _role_of_firm(text: str, found: Attribution) -> Attribution | None:
    """The person in "said analyst David Healy of Drexel Burnham Lambert Inc.", that the
    phrase reader took whole as a role (sp40: reut-01408), or None."""
    match = _DESCRIBED_OF.fullmatch(found.description or "")
    if match is None or not match["role"] or not _given(match["name"]):
        return None
    at = text.find(found.description or "", found.start, found.end)
    if at < 0 or text[found.start : at].strip().lower() not in SPEECH_VERBS:
        return None  # only right after its verb: '"...," said analyst ...'
    described = f"{match['role']} of {match['firm']}"
    return replace(found, speaker=match["name"], description=described, rule="inverted")


def _split_firm(text: str, found: Attribution) -> Attribution | None:
    """The person before "of" a firm whose name has a comma in it ("said analyst Phil Pace
    of Kidder, Peabody and Co.": the comma left "analyst Phil Pace of Kidder" as the
    description and the firm's tail as the speaker; sp40, reut-02813), or None."""
    match = _DESCRIBED_OF.fullmatch(found.description or "")
    if match is None or not _given(match["name"]) or not org_words_in(found.speaker or ""):
        return None
    whole = f"{match['name']} of {match['firm']}, {found.speaker}"
    if whole not in text[found.start : found.end]:
        return None
    role = f"{match['role']} " if match["role"] else ""
    return replace(
        found, speaker=match["name"], description=f"{role}of {match['firm']}, {found.speaker}"
    )


_DESCRIBED_OF = re.compile(
    r"(?:(?P<role>[a-z][\w'’ -]*?) )?(?P<name>(?:[A-Z][\w'’.-]* ){1,2}[A-Z][\w'’-]+)"
    r" of (?P<firm>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3})"
)


def org_words_in(name: str) -> bool:
    """True when a word of ``name`` is a firm's or body's word ("Co.", "Bank")."""
    return any(word.lower().rstrip(".,") in ORG_WORDS for word in name.split())


def _given(name: str) -> bool:
    """True for two or three words that a known first name or initials ("P.S.") open and
    no title is among: a person's name, whatever body follows its "of"."""
    words = name.split()
    if len(words) < 2 or any(_title(word) for word in words):
        return False
    if is_demonym(words[0].split("-")[0].lower()):
        return False  # "German-born Member of Parliament": "German" is a first name too
    return first_name_gender(words[0]) is not None or bool(_INITIALS.fullmatch(words[0]))


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _acronym(speaker: str) -> bool:
    """True for a body's initials ("IFRI", "OECD"), not a word or a place's name."""
    return 2 <= len(speaker) <= 6 and speaker.isalpha() and speaker.isupper()


def _title(word: str) -> bool:
    parts = [p.lower().rstrip(".") for p in word.split("-")]
    return any(p in CORE_TITLES or p in TITLE_MODIFIERS or p in ORG_WORDS for p in parts)


def _opens_sentence(text: str, offset: int) -> bool:
    before = text[max(0, offset - 3) : offset].rstrip(' \t"“‘(')
    return not before or before[-1] in ".!?\n"


def _fullest(text: str, name: str, before: int) -> str:
    """The fullest way the text writes ``name`` up to ``before`` ("Alan Greenstein"); the
    name alone where two people are written with it ("John Smith", "Paul Smith", rv46)."""
    if " " in name:
        return name
    fuller: dict[str, str] = {}  # each first name's first full name
    pattern = name_pattern(rf"\b((?:[A-Z][\w'’-]+[ \t]+){{1,2}}){re.escape(name)}\b")
    for match in pattern.finditer(text[:before]):
        first = match.group(1).split()[0]
        if first_name_gender(first) is not None:
            fuller.setdefault(first, f"{match.group(1)}{name}")
    return next(iter(fuller.values())) if len(fuller) == 1 else name


def _named_before(text: str, name: str, before: int, body: str) -> str | None:
    """The fuller name written before ``before`` in the same "of" phrase, same body ("Keita
    Konishi of Sumitomo Life Insurance Co" for "Konishi of Sumitomo Life"), or None."""
    if " " in name or _title(name):
        return None
    fuller = name_pattern(
        rf"\b((?:[A-Z][\w'’-]+[ \t]+){{1,2}}){re.escape(name)}[ \t]+of[ \t]+"
        rf"{re.escape(body.split()[0])}\b"
    ).search(text[:before])
    if fuller is None or any(_title(word) for word in fuller.group(1).split()):
        return None  # "Bank of Tokyo" after "Mitsubishi Bank of Tokyo": no one's name
    return f"{fuller.group(1)}{name}"


def _person_in(book: NameBook | None, name: str, before: int) -> str | None:
    """The person ``name`` is by the article's names, or None: a surname alone, that a full
    name the book gives as a person's ends on ("Edelman": "Jeff Edelman"), or two or three
    words whose last ones a person elsewhere goes by with a speech verb of their own
    ("Koos Ten Have of Staal Bankiers said", then "Ten Have said")."""
    if book is None or any(_title(word) for word in name.split()):
        return None
    words = name.split()
    if len(words) == 1:
        full = book.full_name(name, before)
        known = {person for person, _ in book.persons(name.lower())}
        return full if full != name and full in known else None
    if words[0].lower() == "the":
        return None  # "The United Steelworkers of America": a body's name
    for mention in book.mentions:
        tail = mention.name.split()
        if (
            mention.speaker
            and mention.person
            and not mention.organisation
            and 1 <= len(tail) < len(words)
            and words[-len(tail) :] == tail
        ):
            return name
    return None
