"""A title used as a name is a person (issue 18, nu34 #3).

"The Dalai Lama smiled ... '...,' he joked": "the Dalai Lama" names one man, as a name
does; and "His Holiness", "Her Majesty" stand for the person of that style the article
names. Read as a title after "the" (`persons.placelike`), or not at all, they left "he"
to the last person named before them, often the reporter who asked ("said Dr. Sanjay
Gupta, CNN's Chief Medical correspondent, in an interview with His Holiness").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.firstnames import FEMALE, MALE
from index.analysis.mention import Mention
from index.analysis.speechverbs import SAID_AFTER

if TYPE_CHECKING:  # attribution and the name book import this module
    from index.analysis.attribution import Attribution
    from index.analysis.namebook import NameBook

TITLED: dict[str, str] = {"dalai lama": MALE}
"""Titles that are the whole name of one person ("the Dalai Lama"), and the gender."""
_STYLES: dict[str, tuple[str, ...]] = {
    "holiness": ("dalai lama", "pope", "pontiff"),
    "majesty": ("queen", "king"),
    "highness": ("prince", "princess", "emir", "sultan"),
}
"""The styles ("His Holiness") and the titles of whoever they may stand for."""
_STYLE = re.compile(r"\b(His|Her)[ \t]+(Holiness|Majesty|Highness)\b")
_STYLE_WORDS = ("Holiness", "Majesty", "Highness")
"""What every match of `_STYLE` holds."""
_SPEAKS = re.compile(
    r"[ \t]+(?:(?:has|had|also|later|then|once|finally|[a-z]+ly)[ \t]+)?(?:" + SAID_AFTER + r")\b"
)
_LEAD = re.compile(r"(?:^|[.!?\n][\"”’)]*)[ \t]*(?:(?:But|And|So|Then|Yet|Still)[ \t]+)?$")
"""Nothing but a conjunction between a sentence's start and the style: its subject."""


def titled(name: str) -> str | None:
    """The gender of a title used as one person's name ("Dalai Lama"), else None."""
    return TITLED.get(name.lower())


def honoured(text: str, mentions: list[Mention], quoted: list[tuple[int, int]]) -> list[Mention]:
    """``mentions`` (sorted) with each title used as a name made a person's, and a mention
    added for each style outside quotes ("His Holiness") that stands for a person named
    with a title it goes with (the "Dalai Lama", "Pope Francis"); as they were when the
    article gives neither."""
    if not any(titled(m.name) for m in mentions) and (
        # qp41: the words first (a search that starts on \b tries every offset of the text)
        all(word not in text for word in _STYLE_WORDS) or _STYLE.search(text) is None
    ):
        return mentions  # nearly every article
    out = [
        m._replace(person=True, gender=titled(m.name)) if titled(m.name) and not m.person else m
        for m in mentions
    ]
    out = [m._replace(gender=titled(m.name)) if titled(m.name) else m for m in out]
    starts = [q[0] for q in quoted]
    added = []
    for found in _STYLE.finditer(text):
        k = bisect.bisect_right(starts, found.start()) - 1
        if k >= 0 and quoted[k][1] > found.start():
            continue  # inside a quotation: the speaker's words, not the article's
        name = _styled(out, found.group(2).lower())
        if name is None:
            continue
        speaker = bool(_SPEAKS.match(text, found.end())) or bool(
            _LEAD.search(text, max(0, found.start() - 12), found.start())
        )
        gender = FEMALE if found.group(1) == "Her" else MALE
        added.append(Mention(found.start(), name, False, "", speaker, gender, True))
    if not added:
        return out
    styles = {m.start for m in added}  # the bare "Holiness" a run of capitals made there
    kept = [m for m in out if not (m.start in styles and m.name.lower() in _STYLES)]
    return sorted(kept + added, key=lambda m: m.start)


def styled_speaker(found: Attribution | None, book: NameBook | None) -> Attribution | None:
    """``found`` with the person a style stands for when it names only the style ("His
    Holiness said": the Dalai Lama the article names), as it is otherwise."""
    if found is None or found.speaker or book is None or not found.description:
        return found
    style = _STYLE.fullmatch(found.description.strip())
    if style is None:
        return found
    name = _styled(book.mentions, style.group(2).lower())
    return found if name is None else replace(found, speaker=name, rule="role")


def _styled(mentions: list[Mention], style: str) -> str | None:
    """The one person named with a title the style goes with, or None (none, or several)."""
    names = {
        m.name
        for m in mentions
        if m.name
        and not m.organisation
        and any(t in m.title.split() or m.name.lower() == t for t in _STYLES[style])
    }
    return names.pop() if len(names) == 1 else None
