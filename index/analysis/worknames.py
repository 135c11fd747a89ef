"""Capitalised words a comparison should not list as names, found by what stands around
them (nu36 #10, nu37 #6); like `index.analysis.namefragments`, only for what compare
reports, so the name finder that quotes and stories use is untouched:

- a name run before a lower-case role noun loses its last words that the texts write in
  lower case or that make a role ("California Fire Incident commander": "Incident" is the
  role's, "California Fire" the body's); a place, an outlet or an organisation's head
  word stays ("Butte County sheriff", "Associated Press reporter", "White House
  spokesman");
- a word inside the title of a work in quotes is not a name: a fragment of a quoted phrase
  in title case ("Katy Perry's new song, "Chained to the Rhythm,"": the name finder split it
  at "to the"), or a whole quoted title after a work's noun ("her song "Hello"").
"""

from __future__ import annotations

import re

from index.analysis.entities import Lexicon, NameMention, key_words
from index.analysis.speechverbs import ORG_WORDS, words
from index.text.outlets import agency_name, known_outlet
from index.text.places import is_place_name

ROLE_MODIFIERS = words(
    """incident information communications operations campaign program programme
    project safety emergency duty liaison field media site crisis team acting interim deputy
    assistant senior chief managing executive"""
)
"""Words that make a role with the noun after them ("Incident commander", "Communications
director", "Deputy director"), whatever the texts write elsewhere."""
ROLE_NOUNS = words(
    """commander chief director spokesman spokeswoman spokesperson secretary minister president
    officer official manager reporter correspondent editor sheriff governor mayor leader
    chairman chairwoman chair head executive economist analyst strategist adviser advisor aide
    coordinator commissioner superintendent captain inspector prosecutor lawyer attorney
    founder ceo engineer scientist researcher professor coach negotiator envoy ambassador"""
)
"""Nouns that head a role in lower case after the body or place it serves."""
_ROLE_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
PLACE_HEADS = words("county city state province district region town village borough parish")
"""Last words of a place's name, which the texts may write in lower case too."""
_SMALL = words("a an and as at by for from in into of on or the to with")
"""Words a title in title case leaves in lower case."""
_QUOTED = re.compile(r"[\"“](?P<title>[^\"“”\n]{1,80}?)[,.!?]?[\"”]")
_WORK_BEFORE = re.compile(
    r"(?:\b(?:songs?|single|album|track|anthem|ballad|film|movie|documentary|book|novel|memoir"
    r"|poem|play|musical|show|series|episode|painting|record|clip|video)|hit)[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
"""A work's noun right before its quoted title ("album", "song", "megahit", "clip for" no)."""


def role_modifier_cut(text: str, mention: NameMention, lexicon: Lexicon) -> NameMention:
    """``mention`` without its last words that the texts write in lower case (or that make
    a role: `ROLE_MODIFIERS`), when a lower-case role noun (`ROLE_NOUNS`) follows it
    ("California Fire Incident commander" -> "California Fire"); the mention as it is
    otherwise, or when it is an outlet, a place or ends in an organisation's or a place's
    head word."""
    parts = mention.text.split()
    after = _ROLE_AFTER.match(text, mention.end)
    if len(parts) < 2 or after is None or after.group(1) not in ROLE_NOUNS:
        return mention
    if known_outlet(mention.text) or agency_name(mention.text):
        return mention  # "Associated Press reporter"
    while (
        len(parts) > 1
        and (parts[-1].lower() in lexicon.lower or parts[-1].lower() in ROLE_MODIFIERS)
        and parts[-1].lower() not in ORG_WORDS | PLACE_HEADS
        and not is_place_name(" ".join(parts))
    ):
        parts.pop()
    if len(parts) == len(mention.text.split()):
        return mention
    name = " ".join(parts)
    key = tuple(w for p in parts for w in key_words(p))
    return NameMention(mention.start, mention.start + len(name), name, key, mention.acronym)


def work_title_spans(text: str) -> list[tuple[int, int]]:
    """Where the titles of works in quotes stand: a quoted phrase in title case (its words
    capitalised but for small ones like "to", "the"), with a small word inside it or a
    work's noun before it ("song", "album", "film") here or where it is quoted again."""
    quoted = []
    titles = set()
    for m in _QUOTED.finditer(text):
        title = m.group("title")
        found = re.findall(r"[A-Za-z][\w'’-]*", title)
        if not found or len(found) > 8 or not found[0][0].isupper():
            continue
        if any(w[0].islower() and w.lower() not in _SMALL for w in found):
            continue  # a quoted sentence, not a title
        quoted.append(m)
        small = any(w.lower() in _SMALL for w in found[1:])
        if small or _WORK_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            titles.add(title)
    # the same title quoted again without its noun ("Lemonade" picked up best album)
    return [(m.start("title"), m.end("title")) for m in quoted if m.group("title") in titles]


def in_work_title(text: str, mention: NameMention, spans: list[tuple[int, int]]) -> bool:
    """True when ``mention`` lies inside one of the titles ``spans`` (`work_title_spans`)
    and its words stand nowhere outside them ("Sweet Temptations by Sana Imitiyaz": Sana
    is named in the text too)."""
    if not any(start <= mention.start and mention.end <= end for start, end in spans):
        return False
    pattern = re.compile(rf"\b{re.escape(mention.text)}\b")
    return all(
        any(start <= m.start() and m.end() <= end for start, end in spans)
        for m in pattern.finditer(text)
    )
