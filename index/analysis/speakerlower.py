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

from index.analysis.speakerfirm import firm_back
from index.analysis.speakerstatement import statement_back
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
_FOLLOWS = (
    rf"(?=[ \t]+(?:[a-z]+ly[ \t]+)?(?:said|says|told|added|reported|noted|stated|wrote)\b"
    rf"|[ \t]+in[ \t]+[A-Z]|[ \t]+(?:{_VOICES})\b|[ \t]*[.,:]?$)"
)
"""What follows the body: its verb ("said"), a place ("in New Delhi"), a voice
("spokeswoman"), or the attribution's end ("according to ... the Russian mission.")."""
_LOWER_BODY = re.compile(
    rf"(?:^|[ \t])(?:[Tt]he|[Aa]n?)[ \t]+"
    rf"(?:(?:{_VOICES})[ \t]+(?:for|from|of|by)[ \t]+(?:the[ \t]+)?)?"
    rf"(?P<body>(?:{_QUALIFIER}[ \t]+){{1,3}}(?:[a-z][a-z\-]*[ \t]+){{0,2}}?(?:{_HEADS})){_FOLLOWS}"
)
_OPENING = re.compile(
    rf"^(?:{_QUALIFIER}[ \t]+){{1,3}}(?:[a-z][a-z\-]*[ \t]+){{0,2}}?(?:{_HEADS}){_FOLLOWS}"
)
"""'Malaysia's foreign ministry said': a body opening the attribution (no article)."""
_LEADS = re.compile(
    r"(?:^|[,;][ \t]*|\b(?:[Aa]ccording[ \t]+to|[Aa]s|said|says|declared|stated|told|added"
    r"|reported|noted|wrote|[Ii]n[ \t]+turn,?)[ \t]*)$"
)
"""What may stand before the body in its attribution: nothing, a comma ("Also Saturday,"),
"according to", "as", a verb ("declared the Russian defense ministry"); not "the
representative to the European security agency said", whose speaker is the representative."""
_NOT_QUALIFIERS = frozenset(
    ["The", "A", "An", "As", "According", "In", "On", "But", "And", "He", "She", "It", "They"]
)


def lower_body(text: str, start: int, end: int) -> str | None:
    """The body an attribution ``text[start:end]`` names with a lower-case head, as written
    without its article ("Russian foreign ministry"), or None (see the module)."""
    said = text[start:end]
    found = _LOWER_BODY.search(said)
    if found is not None and not _LEADS.search(said, 0, found.start()):
        found = None  # "the representative to the European security agency said"
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
    if words[-1] == "office" and re.search(r"['’]s$", words[-2]):
        return None  # "Christie's office said": a person's office, left alone
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
    apposed = re.compile(  # not "Nakasone, a Treasury spokesman said": a new clause
        rf"[ \t]*,[ \t]+(?:a|an|the)[ \t]+(?:[A-Za-z\-]+[ \t]+)?{words[1]}"
        r"(?:[ \t]+(?:for|of|at|with)\b|[ \t]*[,.;])"
    )
    for mention in reversed(book.mentions):
        if mention.start >= start or not mention.name or not mention.person:
            continue
        before = book.text[max(0, mention.start - 80) : mention.start]
        titled = _TITLED.search(before)
        head = before[: titled.start()] if titled else before
        at = book.text.find(mention.name, mention.start, start)  # past "Col."
        after = at + len(mention.name) if at >= 0 else start  # "Joseph Scrocca, a spokesman"
        own = apposed.match(book.text, after, start) if after < start else None
        if role.search(head) or own is not None:
            since = own.end() if own is not None else after  # past its own "spokesman"
            if _OTHER_VOICE[words[1]].search(book.text, since, start):
                return None  # "The PM's official spokesman said" since: that one, unnamed
            return book.full_name(mention.name, start)
    return None


_OTHER_VOICE = {
    role: re.compile(rf"(?<![Tt]he )\b{role}\b", re.IGNORECASE) for role in sorted(_ROLES)
}
"""Another holder of the role named since ("a spokesman for X", "the PM's official
spokesman"); not "the spokesman", which points back as this one does."""


def lower_speaker(found: Attribution, description: str | None, book: NameBook) -> Attribution:
    """``found`` (an attribution that named no one) given to the body or the role's holder
    its words name in lower case (see the module), else unchanged."""
    if found.speaker is not None or found.rule != "unresolved":
        return found
    body = lower_body(book.text, found.start, found.end)
    if body is not None:
        return replace(found, speaker=body, rule="body")
    holder = (
        role_holder(description, book, found.start)
        or body_back(description, book, found)
        or firm_back(description, book, found.start)  # "the company said": the one firm
        or statement_back(description, book, found.start, lower_body)  # whose statement
    )
    if holder is not None:
        return replace(found, speaker=holder, rule="role")
    return found


_BACK = re.compile(
    r"^(?:[Tt]he|[Aa]n?)[ \t]+(?:(?:spokesman|spokeswoman|spokesperson)[ \t]+for[ \t]+the[ \t]+)?"
    r"(?P<head>ministry|department|agency|court|commission|embassy)$"
)
_LOWER_HELD = re.compile(
    rf"(?<![\w'’])(?:{_QUALIFIER}[ \t]+){{1,3}}(?:[a-z][a-z\-]*[ \t]+){{0,2}}?(?P<head>{_HEADS})\b"
)


def body_back(description: str | None, book: NameBook, found: Attribution) -> str | None:
    """The body "the ministry said", "a spokesman for the ministry" points back to: the
    nearest earlier body whose name has the head ("Ministry of Defense"), or one written in
    lower case with it ("Ukraine's finance ministry"), the nearer; None when there is none.
    Not "the company said": the nearest firm that spoke is often not it (a buyer, an
    adviser: 6 wrong in 20 read on Reuters)."""
    back = _BACK.match(description or "")
    if back is None:
        return None
    head = back.group("head")
    best: tuple[int, str] | None = None
    for mention in reversed(book.mentions):
        if mention.start >= found.start or not mention.organisation or not mention.name:
            continue
        if head in (w.lower() for w in mention.name.split()):
            best = (mention.start, mention.name)
            break
    for match in _LOWER_HELD.finditer(book.text, 0, found.start):
        if match.group("head") == head and (best is None or match.start() > best[0]):
            body = lower_body(book.text, match.start(), match.end())
            best = (match.start(), body) if body else best
    return best[1] if best else None
