"""Whom "he" or "she" cannot be: a name that leads a link's teaser ("OPINION: Kim Jong-nam
attack reveals ...")."""

from __future__ import annotations

import re

from index.analysis.namebook import Mention, NameBook
from index.analysis.speechverbs import SPEECH_VERBS

TEASER_LABELS = (
    "READ MORE|ALSO READ|READ|MORE|SEE ALSO|RELATED|RECOMMENDED|OPINION|COMMENT|EDITORIAL"
    "|ANALYSIS|EXPLAINER|EXPLAINED|FACT CHECK|WATCH|VIDEO|LISTEN|PODCAST|INTERACTIVE"
    "|INFOGRAPHIC|IN PICTURES|PHOTOS|PHOTO GALLERY|GALLERY|PROFILE|INTERVIEW|INSIDE STORY"
    "|SPECIAL SERIES|FEATURE|REVIEW|TRENDING|EXCLUSIVE|BREAKING|LIVE"
)
"""Section words that label a link to another article. Not a place: "ISLAMABAD: Imran Khan
on Monday ..." opens a dateline (rv29 #5), so a label is one of these, not any capitals."""
_LABEL = re.compile(
    r"(?:^|(?<=[.!?…\"”’)]\s)|(?<=\n))(?:" + TEASER_LABELS + r"):[ \t]+(?=[A-Z\"“‘'])"
)
"""A link's label opening a sentence: "READ MORE: ", "OPINION: ", "WATCH: "."""
_STOP = re.compile(r"[.!?…]|\n")
_LABEL_LONGEST = 40
_CLAUSE = re.compile(r"[^.!?…\"“”\n]*")
_WORD = re.compile(r"[a-z]+")


def teaser_label(text: str, at: int) -> re.Match[str] | None:
    """The link's label whose teaser opens with the name at ``text[at]`` ("OPINION: Kim
    Jong-nam attack reveals ...", "READ MORE: Nikki Haley - ..."), or None."""
    found = _LABEL.search(text, max(0, at - _LABEL_LONGEST), at + 1)
    while found is not None and found.end() < at - 1:
        found = _LABEL.search(text, found.end(), at + 1)
    if found is None or text[found.end() : at] not in ("", '"', "“", "‘", "'"):
        return None
    return found


def past_teaser(
    book: NameBook, mention: Mention | None, start: int, gender: str | None
) -> Mention | None:
    """Whom "he" or "she" at ``start`` points to when ``mention`` is the last name that fits:
    not a name that leads a link's teaser (the headline of another article, its stop
    lost). Then the last person named after it who speaks in their own sentence ("OPINION:
    Kim Jong-nam attack reveals ... Sufian Jusoh, a senior fellow ..., told Al Jazeera ...
    '...,' he said": Jusoh), else the last name that fits before the teaser."""
    if mention is None or not mention.name or mention.organisation:
        return mention
    label = teaser_label(book.text, mention.start)
    if label is None:
        return mention
    text = book.text
    for m in reversed(book.between(mention.start + len(mention.name), start)):
        if m.person and m.name and not m.organisation and m.name != mention.name:
            clause = _CLAUSE.match(text, m.start + len(m.name), start)
            if clause and set(_WORD.findall(clause.group(0))) & SPEECH_VERBS:
                return m
    return book.last_before(label.start(), organisation=False, gender=gender)
