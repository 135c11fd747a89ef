"""Who speaks through an unnamed spokesman or a document: "a Ministry of Defence spokesman
said", "said a statement by Islamic Jihad", "a spokesman for the Defence Ministry"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.analysis.speechverbs import NOT_NAMES, ORG_WORDS, PLACE_NAMES
from index.analysis.wordscan import name_pattern

if TYPE_CHECKING:
    from index.analysis.namebook import NameBook

_CAP = r"[A-Z][\w'’\-.]*"
_NAME = rf"{_CAP}(?:[ \t]+(?:(?:of|for|the|and|de)[ \t]+)*{_CAP})*"
_SPOKES = r"spokesman|spokeswoman|spokesperson|spokespeople"
_PAPERS = r"statement|communique|release|letter|report|circular|notice"
_BODY_VOICE = re.compile(
    rf"^(?:[Aa]n?|[Tt]he)[ \t]+(?P<body>{_NAME})[ \t]+(?:{_SPOKES}|{_PAPERS})$"
)
"""'a Ministry of Defence spokesman': the body's name stands before its voice."""
_OWN_PAPER = re.compile(rf"^[Tt]he[ \t]+{_CAP}.*[ \t](?:statement|communique|letter)$")
"""'the Samaritan's Purse statement': a paper named for its author (not 'a ... report')."""
_SPOKESMAN_FOR = re.compile(
    rf"^(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z][\w\-]*[ \t]+)?(?:{_SPOKES})[ \t]+for[ \t]+(?:the[ \t]+)?"
    rf"(?P<body>{_NAME})$"
)
_PAPER_BY = re.compile(
    rf"^(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z][\w\-]*[ \t]+)?(?:{_PAPERS})[ \t]+(?:issued[ \t]+)?"
    rf"(?:by|from)[ \t]+(?:the[ \t]+)?(?P<author>{_NAME})"
    rf"(?:[ \t]+(?:[a-z]+(?:ed|ing)|on|in|at|to|which|that)\b[^,;]*)?$"
)
"""'a hand-written statement by Islamic Jihad for the Liberation of Palestine delivered to
An-Nahar', not 'a statement from the Russian mission' (an adjective, no name)."""


def body_of(description: str | None) -> str | None:
    """Who an unnamed voice speaks for, when its description names them: the author of a
    statement ("a statement by X"), or a body with a spokesman ("a spokesman for the
    Defence Ministry", "a Ministry of Defence spokesman": the name must be a body's, as
    "a spokesman for John Smith" is not John Smith speaking); else None."""
    if not description:
        return None
    paper = _PAPER_BY.match(description)
    if paper is not None:
        return paper.group("author")
    found = _BODY_VOICE.match(description) or _SPOKESMAN_FOR.match(description)
    if found is None:
        return None
    body = found.group("body")
    if _OWN_PAPER.search(description) and not any(
        w.lower().rstrip(".,'’s") in NOT_NAMES for w in body.split()
    ):
        return body  # "the Samaritan's Purse statement": whoever's name it bears wrote it
    if body.split()[0].lower() in ("the", "a", "an") or not any(
        w.lower().rstrip(".,") in ORG_WORDS for w in body.split()
    ):
        return None
    return body


def voice_of(description: str | None, book: NameBook, start: int) -> tuple[str, str] | None:
    """Who speaks through a body's voice and by which rule: the body ("a Kremlin spokesman":
    the Kremlin, "body"), or, for "the Kremlin spokesman" after "Kremlin spokesman Dmitry
    Peskov" was named, that person ("role"); None when ``body_of`` names no body."""
    body = body_of(description) or _acronym_body(description, book)
    if body is None or description is None:
        return None
    words = description.split()
    if words[0].lower() == "the" and re.fullmatch(_SPOKES, words[-1]):
        titled = name_pattern(rf"\b{re.escape(' '.join(words[1:]))}[ \t,]*$")
        for mention in reversed(book.mentions):  # the last person named with that title
            if (
                mention.start < start
                and mention.name
                and not mention.organisation
                and titled.search(book.text, max(0, mention.start - 80), mention.start)
            ):
                return book.full_name(mention.name, start), "role"
    return body, "body"


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _acronym_body(description: str | None, book: NameBook) -> str | None:
    """The body of "a BMA spokesperson", "a spokesman for NHS England" when no body's word
    says it is one: a name opening on an acronym (no person's name does), or one the article
    names as a body (sp50)."""
    found = _BODY_VOICE.match(description or "") or _SPOKESMAN_FOR.match(description or "")
    if found is None or not re.search(_SPOKES, found.group(0)):
        return None  # papers keep `body_of`'s rule
    body = found.group("body")
    first, *rest = body.split()
    # two letters before a surname are a person's initials ("JK Rowling", "DJ Khaled": rv61);
    # after two letters only places ("NHS England" has three, "UN Geneva", "EU")
    acronym = _ACRONYM.fullmatch(first) and (
        len(first) > 2 or all(w.lower() in PLACE_NAMES for w in rest)
    )
    if acronym or any(m.organisation and m.name == body for m in book.mentions):
        return body
    return None
