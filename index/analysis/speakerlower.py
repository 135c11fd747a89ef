"""Speakers named in lower case (sp51, issue 18): what the name runs never take.

Two kinds, each read from the attribution's own words:

- a body the text writes with a lower-case head and a capitalised qualifier: "the Russian
  foreign ministry said", "the Kremlin press office said", "Malaysia's foreign ministry
  said", "a spokeswoman for the Brexit department said", "a statement from the Russian
  mission": the body as written ("Russian foreign ministry"). A head with no capitalised
  word before it ("the ministry said", "a commerce ministry spokeswoman") names no body;
- a role pointing back to the last person named with it: "the spokesman said" after
  "Defense Ministry spokesman Major-General Igor Konashenkov said": Konashenkov. The role
  must stand right before the person's title and name (only capitalised words between), and
  the holder is the nearest earlier one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.speechverbs import TITLES

if TYPE_CHECKING:  # attribution imports this module
    from index.analysis.attribution import Attribution
    from index.analysis.namebook import NameBook

_HEADS = (
    r"ministry|department|embassy|mission|consulate|office|court|agency|commission"
    r"|secretariat|presidency|press[ \t]+office|press[ \t]+service"
)
"""Lower-case heads of a body's name ("foreign ministry", "press office")."""
_QUALIFIER = r"(?:[A-Z][\w\-]*(?:['’]s)?|[A-Z][A-Z.]+)"
"""A capitalised word before the head: a country, a demonym, an owner ("Malaysia's")."""
_VOICES = r"spokesman|spokeswoman|spokesperson|statement|communique|official|officials"
_LOWER_BODY = re.compile(
    rf"(?:^|[ \t])(?:[Tt]he|[Aa]n?)[ \t]+"
    rf"(?:(?:{_VOICES})[ \t]+(?:for|from|of|by)[ \t]+(?:the[ \t]+)?)?"
    rf"(?P<body>(?:{_QUALIFIER}[ \t]+){{1,3}}(?:[a-z][a-z\-]*[ \t]+){{0,2}}?(?:{_HEADS}))"
    rf"(?=[ \t]+(?:[a-z]+ly[ \t]+)?(?:said|says|told|added|reported|noted|stated|wrote)\b"
    rf"|[ \t]+in[ \t]+[A-Z]|[ \t]+(?:{_VOICES})\b|[ \t]*[.,:]?$)"
)
_OPENING = re.compile(rf"^(?:{_QUALIFIER}[ \t]+){{1,3}}(?:[a-z][a-z\-]*[ \t]+){{0,2}}?(?:{_HEADS})")
"""'Malaysia's foreign ministry said': a body opening the attribution (no article)."""
_NOT_QUALIFIERS = frozenset(
    ["The", "A", "An", "As", "According", "In", "On", "But", "And", "He", "She", "It", "They"]
)


def lower_body(text: str, start: int, end: int) -> str | None:
    """The body an attribution ``text[start:end]`` names with a lower-case head, as written
    without its article ("Russian foreign ministry"), or None (see the module)."""
    said = text[start:end]
    found = _LOWER_BODY.search(said)
    body = found.group("body") if found else None
    if body is None:
        opening = _OPENING.match(said)
        body = opening.group(0) if opening else None
    if body is None:
        return None
    words = body.split()
    while words and words[0] in _NOT_QUALIFIERS:
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return None  # "As the ministry said": no capitalised qualifier left
    if any(re.sub(r"['’]s$", "", w).lower() in TITLES for w in words if w[:1].isupper()):
        return None  # "the Mayor's office said": the labels give it to the mayor
    return " ".join(words)


_ROLES = frozenset(["spokesman", "spokeswoman", "spokesperson"])
"""Roles written in lower case before a title and a name, that "the spokesman" points back
to (a role the title keeps, as "general", is `NameBook.with_role`'s)."""
_TITLED = re.compile(r"(?<![\w'’\-.])(?:[A-Z][\w'’\-.]*[ \t]+)*$")


def role_holder(description: str | None, book: NameBook, start: int) -> str | None:
    """The person "the spokesman" (``description``) points back to: the nearest earlier
    person named right after that role ("spokesman Major-General Igor Konashenkov"), full
    name; None when there is none or the description is more than "the" and the role."""
    words = (description or "").lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _ROLES:
        return None
    role = re.compile(rf"\b{words[1]}[ \t]+$")
    apposed = re.compile(rf"[ \t]*,[ \t]+(?:a|an|the)[ \t]+(?:[A-Za-z\-]+[ \t]+)?{words[1]}\b")
    for mention in reversed(book.mentions):
        if mention.start >= start or not mention.name or not mention.person:
            continue
        before = book.text[max(0, mention.start - 80) : mention.start]
        titled = _TITLED.search(before)
        head = before[: titled.start()] if titled else before
        at = book.text.find(mention.name, mention.start, start)  # past "Col."
        after = at + len(mention.name) if at >= 0 else start  # "Joseph Scrocca, a spokesman"
        if role.search(head) or (after < start and apposed.match(book.text, after, start)):
            return book.full_name(mention.name, start)
    return None


def lower_speaker(found: Attribution, description: str | None, book: NameBook) -> Attribution:
    """``found`` (an attribution that named no one) given to the body or the role's holder
    its words name in lower case (see the module), else unchanged."""
    if found.speaker is not None or found.rule != "unresolved":
        return found
    body = lower_body(book.text, found.start, found.end)
    if body is not None:
        return replace(found, speaker=body, rule="body")
    holder = role_holder(description, book, found.start)
    if holder is not None:
        return replace(found, speaker=holder, rule="role")
    return found
