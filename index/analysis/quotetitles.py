"""Quoted names and titles: words in quotation marks that name something, not words said."""

from __future__ import annotations

import re

from index.analysis.quotemarks import QuotedSpan
from index.analysis.speechverbs import words

_TITLE_WORD = re.compile(r"[\w'’\-]+")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_TITLE_SMALL = words("of the and for in on a an to at with by de")
_NAMED_BEFORE = re.compile(
    r"\b(?:book|memoir|novel|film|movie|documentary|song|album|play|article|essay|column|"
    r"report|poem|series|show)s?\b[^.!?\"“”]{0,40}\b(?:called|titled|entitled|named)\s*,?\s*$"
    r"|\b(?:titled|entitled)\s*,?\s*$"
)
"""What introduces a work's title: "a book in 2012 called", "an essay titled"."""
_NAMING_NOUN = re.compile(
    r"[ \t]+(?:laws?|acts?|bills?|rules?|polic(?:y|ies)|doctrines?|defen[cs]es?|statutes?|"
    r"ordinances?|amendments?|provisions?|clauses?|loopholes?|mandates?|bans?|exemptions?)"
    r"\b(?![\-'’])"
)
"""A law's or a rule's noun that the quoted words name, right after the closing mark:
Florida's "stand your ground" law (nu31 #4), the "zero tolerance" policy. Not a campaign or
a programme: 'the "positive and reasonable" campaign run by his party' is words he said."""
_OWNER = re.compile(r"(?:\w['’]s|s['’]|\b(?:[Tt]he|its|their|so-called))[ \t]+$")
"""Whose, or which, the named thing is: 'Florida's', 'the' (not 'a "lowest cost imaginable"
program', words someone said of it)."""
_SO_CALLED = re.compile(r"\b(?:[Ss]o[- ]called|stands? for|short for)[ \t]*$")
"""What makes the quote after it a name for a thing, or what a name means: 'the so-called
"peace dividend"', 'Waymo, which stands for "a new way forward in mobility"' (sp47: such
quotes were given a speaker, na-2173's Google)."""
_NAME_WORDS = 6
"""The most words a quote so named has ("stand your ground", "don't ask, don't tell" not:
a comma inside is words said)."""
_SUBTITLED_WORDS = 12
"""The most words of a title with a subtitle ("Forward: Notes on the Future of Our
Democracy")."""


def is_title(text: str, span: QuotedSpan) -> bool:
    """True for a quote that is a name or a title, not words said: a few words that name
    the law or policy after them ('the "stand your ground" law'), that "so-called" names
    (a scare quote) or a name "stands for"; two to eight words, all capitalised but the
    small ones, no comma or sentence mark inside ("Muslims United for London", "State of
    the Union", "Funke Media Group.", "Meet the Press,"), or a title and its subtitle after
    a colon, each so capitalised, up to twelve words in all (a book's "Forward: Notes on
    the Future of Our Democracy."); or, with commas, right after a work "called" or
    "titled" ("a book in 2012 called "My Father, Kim Jong Il, and Me"")."""
    inner = text[span.inner_start : span.inner_end].strip().rstrip(".,")
    if len(inner) > 80:
        return False
    if _names_a_thing(text, span, inner) or _so_called(text, span, inner):
        return True
    if _NAMED_BEFORE.search(text[max(0, span.start - 60) : span.start]) and (
        _titled(inner.replace(", ", " ")) is not None
    ):
        return True  # a book "called "My Father, Kim Jong Il, and Me"": commas and all
    head, colon, subtitle = inner.partition(": ")
    if not colon:
        found = _titled(inner)
        return found is not None and 2 <= len(found) <= 8
    first, second = _titled(head), _titled(subtitle)
    return (
        first is not None
        and second is not None
        and len(second) >= 2
        and len(first) + len(second) <= _SUBTITLED_WORDS
    )


def _names_a_thing(text: str, span: QuotedSpan, inner: str) -> bool:
    """True for a few words that name the law, policy or campaign after them ('Florida's
    "stand your ground" law'): no punctuation inside, the closing mark right after the
    last word, the noun right after the mark and a possessive or "the" before it."""
    return (
        span.closed
        and span.inner_end == span.end - 1
        and text[span.inner_end - 1 : span.inner_end].isalnum()
        and not any(c in inner for c in ",!?;:.\n")
        and len(_TITLE_WORD.findall(inner)) <= _NAME_WORDS
        and _NAMING_NOUN.match(text, span.end) is not None
        and _OWNER.search(text, max(0, span.start - 24), span.start) is not None
    )


def _titled(part: str) -> list[str] | None:
    """The words of ``part`` when it reads as a title (capitalised but the small words, no
    punctuation inside), else None."""
    if any(c in part for c in ",!?;:.\n"):
        return None
    found = _TITLE_WORD.findall(part)
    if not found or not (found[0][:1].isupper() or _ORDINAL.fullmatch(found[0])):
        return None  # (an ordinal opens an event's name: "240th Anniversary of ...", sp41)
    if all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in found):
        return found
    return None


def _so_called(text: str, span: QuotedSpan, inner: str) -> bool:
    """True for a few words named "so-called" ('the so-called "peace dividend"') or that a
    name stands for: no more than a name's words, none of a sentence's marks inside."""
    return (
        _SO_CALLED.search(text, max(0, span.start - 12), span.start) is not None
        and not any(c in inner for c in ",!?;:\n")
        and len(_TITLE_WORD.findall(inner)) <= _NAME_WORDS
    )
