"""Who "the statement said" stands for when no statement was brought in before: the body
whose report or words the sentence just before the quote gives ("..., the Kamchatka
Volcanic Eruption Response Team (KVERT) reported. '...,' the statement said")."""

from __future__ import annotations

import re

from index.analysis.namebook import NameBook
from index.text.outlets import known_outlet

_TOLD = re.compile(
    r"[ \t]*(?:\([A-Z][A-Za-z]{1,7}\)[ \t]*)?(?:has[ \t]+|had[ \t]+)?"
    r"(?:said|says|reported|reports|announced|stated)\b"
)
"""A speech verb right after the body's name ("KVERT) reported", "ministry said")."""
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])")


def reporting_body(start: int, book: NameBook, noun: str | None = None) -> str | None:
    """The body (an organisation's name) that is told to speak, with a speech verb just
    after its name, in the one sentence before the quote that ends at ``start``; None when
    that sentence has no such body, or names two. A news outlet ("Reuters reported") is no
    one's body; with ``noun`` ("the company said"), only a body whose name holds that word
    ("Acme Company", not "the Health Ministry") is kept."""
    text = book.text
    closing = max(text.rfind('"', 0, start), text.rfind("”", 0, start))
    if closing < 0:  # no double quote closes before: rfind(..., -1) would search it all
        return None
    opening = max(text.rfind('"', 0, closing), text.rfind("“", 0, closing))
    if opening < 0:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, opening - 600), opening + 2)]
    if not ends or text[ends[-1] : opening].strip():  # the quote opens a sentence
        return None
    sentence = (ends[-2] if len(ends) > 1 else max(0, opening - 600), ends[-1])
    found = set()
    for mention in book.between(*sentence):
        if not (mention.organisation and mention.name):
            continue
        at = text.find(mention.name, mention.start, sentence[1])
        if at >= 0 and _TOLD.match(text, at + len(mention.name)):
            found.add(mention.name)
    found = {name for name in found if _stands_for(name, noun)}
    return found.pop() if len(found) == 1 else None


_OUTLET_NOUNS = frozenset({"channel", "network", "broadcaster", "station", "newspaper"})
"""What an outlet is called when it speaks itself ("FOX News reported. '...,' the channel
said"); its "the company/agency said", "the statement said" are someone else's."""


def _stands_for(name: str, noun: str | None) -> bool:
    """True when "the <noun> said" (or, with no noun, a paper) may be the body ``name``:
    an outlet only for an outlet's noun, any other body when its name holds the noun
    ("Foreign Ministry", "the ministry"), or when there is no noun to hold."""
    if known_outlet(name) is not None:
        return noun in _OUTLET_NOUNS
    return noun is None or noun.lower() in name.lower().replace("-", " ").split()
