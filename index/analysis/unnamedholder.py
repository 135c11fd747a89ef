"""Whether a name only completes the phrase of an unnamed person who speaks: "the aide to
Lyng said ...", "..., an official with the St. Petersburg authorities told TASS", "said a
spokesman for Acme". The one who speaks there is the aide, the official, the spokesman:
"he" after it is that unnamed person, not the name inside the phrase."""

from __future__ import annotations

import re

from index.analysis.speechverbs import SPEECH_VERBS, words

__all__ = ["inside_unnamed"]

_HOLDERS = words(
    """
    aide aides official officials spokesman spokeswoman spokesperson source sources
    representative adviser advisor lawyer attorney assistant staffer employee
    """
)
"""Nouns of people who speak for someone else or for a body, and whom an article often
leaves unnamed."""
_DETERMINER = re.compile(r"(?<![\w\-])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s")
_PHRASE = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\w\-]+\s+){0,3}?"
    r"(\w+)\s+(?:to|for|of|at|with|from|in)\s+(?:[\w.\-'’&]+\s+){0,6}"
)
"""The start of an unnamed person's phrase that runs up to the name ("an aide to USDA
Secretary "), the name's own titles included."""
_AFTER = re.compile(r"[^.;:!?\"“”(]{0,60}")
_WORD = re.compile(r"[a-z]+")
_LOOKBACK = 80


def inside_unnamed(text: str, start: int, end: int) -> bool:
    """True when the name at ``text[start:end]`` sits inside the phrase of an unnamed
    person ("an aide to", "an official with the", "a spokesman for") and a speech verb
    follows it in the same clause: the person who speaks there is not the name."""
    for det in _DETERMINER.finditer(text, max(0, start - _LOOKBACK), start):
        before = _PHRASE.fullmatch(text, det.start(), start)
        if before is not None and before.group(1).lower() in _HOLDERS:
            break
    else:
        return False
    after = _AFTER.match(text, end)
    if after is None:
        return False
    tail = after.group(0)
    if "," in tail:
        tail = tail.split(",", 1)[0]  # ", who ..." or another clause: not this phrase's verb
    return any(w in SPEECH_VERBS for w in _WORD.findall(tail))


_INDEFINITE = re.compile(  # the lookahead first lets the engine skip to an "a" or an "o"
    r"(?=[AaOo])(?<![\w\-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)"
)
_CLAUSE_END = re.compile(r"[;:!?\"“”,(]|(?<![A-Z])(?<!\b(?:St|Mr|Dr|Ms|Jr|Sr))\.\s")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|noted|explained|wrote)\s+$")
_NOT_HEAD = words("who which that said says told added and or")


def unnamed_speaks_between(text: str, start: int, end: int) -> bool:
    """True when, between ``start`` and ``end``, someone unnamed who speaks for another is
    brought in with a speech verb in the same clause ("..., an official with the St.
    Petersburg authorities told TASS on Saturday."; "said one of the sources"): "he" after
    it is that person. Not an apposition ("Peskov, a spokesman for the Kremlin, said"): a
    comma ends the clause."""
    for found in _INDEFINITE.finditer(text, start, end):
        head_end = -1
        for word in re.finditer(r"[\w\-]+", found.group(1)):
            if word.group(0).lower() in _NOT_HEAD:
                break
            if word.group(0).lower() in _HOLDERS:
                head_end = found.start(1) + word.end()
                break
        if head_end < 0:
            continue
        if _SAID_BEFORE.search(text, max(0, found.start() - 12), found.start()):
            return True
        stop = _CLAUSE_END.search(text, head_end, min(end, head_end + 100))
        tail = text[head_end : stop.start() if stop else min(end, head_end + 100)]
        if any(w in SPEECH_VERBS for w in _WORD.findall(tail)):
            return True
    return False
