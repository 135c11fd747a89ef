"""Whether "he" or "she" points past the last name that fits to someone the text never
names: a sentence since that name whose subject is an unnamed person who speaks ("An
official with the city authorities told TASS ... '...,' he said"; "The campaigner disagrees.
'...,' he said"; "The former prime minister confirmed ..." when no one was named with that
role). Then the pronoun is that unnamed person's, and the quote goes to no one."""

from __future__ import annotations

import re

from index.analysis.namebook import Mention, NameBook
from index.analysis.officewords import OFFICES, office_qualifier
from index.analysis.speechverbs import PERSON_NOUNS, SPEECH_VERBS, words
from index.analysis.unnamedholder import inside_unnamed, unnamed_speaks_between

__all__ = ["unnamed_since"]

_HEADS = (
    PERSON_NOUNS
    | OFFICES
    | words(
        """
        official spokesman spokeswoman spokesperson aide source campaigner manager diplomat
        representative adviser advisor negotiator man woman protester demonstrator passenger
        onlooker bystander employee
        """
    )
)
_VERBS = SPEECH_VERBS | words("disagrees disagreed believes believed thinks thought")
_OPENING = re.compile(
    # a sentence's start: after its stop (a quote mark or "?" for a lost one may follow
    # the stop), a paragraph break or a colon; a capital determiner anywhere (a heading
    # often loses the stop before it: "Summons confirmed The former prime minister ...")
    r"(?:(?<=[.!?…]\s)|(?<=[.!?…][\"”’?]\s)|(?<=\n)|(?<=:\s)|(?=[AOT]))"
    # an adverbial put first ("Speaking to Al Jazeera, ", "In response to a question, ")
    r"(?:(?:[A-Z][a-z]+ing|In|At|On|During|After|Asked|Earlier|Later)\b[^.;:\"“”?]{0,90},\s+)?"
    r"(?:But\s+|And\s+)?"
    r"(?<![\w\-])([Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+((?:[\w\-]+[\s,]+){0,4}[\w\-]+)"
)
_TAIL = re.compile(r"[^.!?;\"“”]{0,120}")
_WORD = re.compile(r"[a-z]+")
_NEW_SUBJECT = re.compile(r",\s+(?:the|a|an|he|she|they|it|[A-Z]\w+)\s")
"""Where a clause with a subject of its own starts ("..., the chief said"): the verbs after
it are not the unnamed person's."""


def unnamed_since(book: NameBook, mention: Mention, start: int, described: str) -> Mention | None:
    """Whom "he" or "she" at ``start`` points to when ``mention`` is the last name that fits:
    None when a sentence since opens on an unnamed person who speaks ("a"/"an"/"one"/
    "another" and a person's noun; "the" and a noun not in ``described``, what is known of
    the name, that no one named before was given, and that someone unnamed was given, or
    an office when the name held another); the person named with that role when
    there is one ("the prime minister hit the nail on the head: He said"); else ``mention``."""
    text = book.text
    last = mention.name.split()[-1] if mention.name else ""
    at = text.find(last, mention.start) if last else -1
    if at >= 0 and inside_unnamed(text, mention.start, at + len(last)):
        return None  # "the aide to Lyng said": the aide, unnamed, not Lyng
    if unnamed_speaks_between(text, mention.start, start):
        return None  # "..., an official with the city authorities told TASS": the official
    for found in _OPENING.finditer(text, mention.start, start):
        if found.group(1)[0].islower() and found.start(1) == found.start():
            continue  # "a"/"the" inside a sentence: not its subject
        head, end = _head(found)
        if head is None:
            continue
        tail = _TAIL.match(text, end, start)
        said = tail is not None and any(
            w in _VERBS for w in _WORD.findall(_NEW_SUBJECT.split(tail.group(0), 1)[0])
        )
        if not said:
            continue
        if found.group(1).lower() != "the":
            return None
        known = set(re.split(r"[\s\-]+", described.lower()))
        if head in known:
            continue
        named = book.with_role(head, start, office_qualifier(found.group(2), head))
        if named is not None and named.start < mention.start:
            return named  # "the prime minister ...: He said": the one named so
        if named is None and (_introduced(text, head, found.start()) or known & OFFICES):
            return None  # "The campaigner disagrees"; "the former prime minister" of a president
    return mention


def _introduced(text: str, head: str, end: int) -> bool:
    """True when someone unnamed with the noun ``head`` was brought in before ``end`` ("one
    local man told CNN ... The man, who asked not to be named, ..."): "the man" is that
    one. Else "the actor", "the student" mostly stands for the person named before."""
    found = re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){{0,4}}?{head}\b", text)
    return found is not None and found.start() < end


def _head(found: re.Match[str]) -> tuple[str | None, int]:
    """The person's noun among the (up to five) words after the determiner, and where it
    ends: the first of them that names a person ("a high-ranking security official"), if
    no word that ends a noun phrase ("of", "who", a verb) comes before it."""
    for word in re.finditer(r"[\w\-]+", found.group(2)):
        w = word.group(0)
        if w in _HEADS:
            return w, found.start(2) + word.end()
        if w in _STOPS:
            break
    return None, -1


_STOPS = words(
    "of who which that with to at in for from and or said says told the a an his her their its"
)
