"""A slideshow's share row and a newsletter's "Learn more" link closing the text (nu54 #6).

HuffPost pages end "Share this slide: How will Trump's first 100 days impact you? Learn
more", run on to the last paragraph, where no line rule sees it: it stayed in 165
newsarticles bodies, and `H` kept "Share this slide: Learn more" as a sentence only that
outlet gave. From "Share this slide:" to the end goes when the rest is a promo closing on
its "Learn more" link (or nothing); a bare "Learn more" link closing the text after a
sentence's end goes too (199 more bodies; the promo sentence before it stays: its words
vary, and a sentence is no link). The same words inside the text are kept.
"""

from __future__ import annotations

import re

from index.text.facts import BODY, REMOVED

_SLIDE = re.compile(r"Share this slide:(?:\s*|\s.*\bLearn more[.!]?\s*)$")
"""A slideshow's share label running to the end, empty or closing on "Learn more" (run on
to a quotation's end: '..."?Share this slide:', the page's mark for a lost "”")."""

_LINK = re.compile(r"(?:^|(?<=[.!?\"'”’)-]))\s*Learn more\s*$")
"""A "Learn more" link label closing the text after a sentence's end (or alone)."""


def slide_promo_start(text: str) -> int | None:
    """Where a closing "Share this slide: ... Learn more" or a closing "Learn more" link
    starts in ``text``, or None when the text ends otherwise."""
    if "Share this slide:" in text:
        at = text.rfind("Share this slide:")
        if _SLIDE.match(text, at) and (at == 0 or not text[at - 1].isalnum()):
            return at
    found = _LINK.search(text)
    return found.start() if found else None


def cut_slide_promo(lines: list[str], role: list[int]) -> str | None:
    """Remove a slide promo closing the text: the last body line, when it is one, or its
    end, which is cut off the line (``lines`` changes) and returned."""
    last = max((k for k, line in enumerate(lines) if line and role[k] == BODY), default=None)
    start = slide_promo_start(lines[last]) if last is not None else None
    if last is None or start is None:
        return None
    if not lines[last][:start].strip():
        role[last] = REMOVED  # (a line of its own: `extract` lists it with the blocks)
        return None
    lines[last], promo = lines[last][:start].rstrip(), lines[last][start:].strip()
    return promo
