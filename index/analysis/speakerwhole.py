"""An organisation's name cut to one of its words is given whole (nu24's finds).

A speaker pattern reads a run of capitalised words, so a body whose name holds a small
word is cut there: "said Save the Children" gave "Save", and "the institute said" after
"the Institute for Government" gave "Government" (the title "Institute for" kept apart).
The labels give such quotes to the body, named in full ("Centers for Disease Control and
Prevention"). Two shapes, read from how the text writes the speaker where it names it:

- one word, then "the" and a capitalised word ("Save the Children"): one name, since a
  person's name is not followed by "the" and a name;
- a body's word, then "for" or "of" and capitalised words ("Centre for Policy Studies");
- a name right after a body's word and "for" or "of" ("Institute for Government",
  "Ministry of Defence"): the name ends the body's name, whose head is that word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from index.analysis.speechverbs import ORG_WORDS

if TYPE_CHECKING:  # attribution imports this module
    from index.analysis.attribution import Attribution

_CAP = r"[A-Z][\w'’-]*"
_THE_TAIL = re.compile(rf"[ \t]+the[ \t]+{_CAP}(?:[ \t]+{_CAP})*")
"""'Save| the Children': "the" and the capitalised words after it."""
_BODY_TAIL = re.compile(
    rf"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+(?:(?:and|of|for)[ \t]+)?{_CAP})*"
)
"""'Organisation| for Economic Cooperation and Development': "for" or "of" and the
capitalised words after a body's word (small words between them)."""
_HEAD_BEFORE = re.compile(rf"(?<![\w'’.-])({_CAP})[ \t]+(?:for|of)[ \t]+$")
"""'Institute for |Government': a capitalised word and "for" or "of" right before."""


def whole_body(text: str, found: Attribution | None) -> Attribution | None:
    """``found`` with its speaker named as the whole body it is part of, where it is."""
    if found is None or not found.speaker or found.speaker.isupper():
        return found
    at = _where(text, found)
    if at < 0:
        return found
    end = at + len(found.speaker)
    if " " not in found.speaker:
        tail = _THE_TAIL.match(text, end)
        if tail is not None:
            return replace(found, speaker=" ".join(f"{found.speaker}{tail.group(0)}".split()))
    if found.speaker.split()[-1].lower() in ORG_WORDS:
        body_tail = _BODY_TAIL.match(text, end)
        if body_tail is not None:
            return replace(found, speaker=" ".join(f"{found.speaker}{body_tail.group(0)}".split()))
    head = _HEAD_BEFORE.search(text, max(0, at - 40), at)
    if head is not None and head.group(1).lower() in ORG_WORDS:
        whole = f"{text[head.start(1) : at]}{found.speaker}"
        return replace(found, speaker=" ".join(whole.split()))
    return found


def _where(text: str, found: Attribution) -> int:
    """Where the text names the speaker: in its attribution, else last before it."""
    speaker = found.speaker or ""
    inside = _last_named(text, speaker, found.start, found.end)
    return inside if inside >= 0 else _last_named(text, speaker, 0, found.start)


def _last_named(text: str, name: str, lo: int, hi: int) -> int:
    """The start of the last match in ``text[lo:hi]`` of ``name`` as whole words (no word
    character, apostrophe or hyphen either side; ``hi`` reads as the text's end), as
    `re.finditer` over ``lo:hi`` lists them, or -1. Issue 18: found with ``str.rfind`` from
    the end rather than a pattern compiled for each speaker (Python's cache of 512 patterns
    overflowed: 12,000 compiles on newsarticles) that listed every match from the start."""
    if _borders(name):  # "Li Li": its matches may overlap, and finditer skips some
        matches = [m.start() for m in _named(name).finditer(text, lo, hi)]
        return matches[-1] if matches else -1
    size, hi = len(name), min(hi, len(text))
    at = text.rfind(name, lo, hi)
    while at >= 0:
        end = at + size
        if (at == 0 or _free(text[at - 1])) and (end == hi or _free(text[end])):
            return at
        at = text.rfind(name, lo, end - 1)
    return -1


def _free(char: str) -> bool:
    """Whether ``char`` may stand next to a name: not ``[\\w'’-]``."""
    return not (char.isalnum() or char in "_'’-")


def _borders(name: str) -> bool:
    """Whether ``name`` ends with a start of itself ("Li Li", "Aa"), or is empty."""
    return not name or any(name.endswith(name[:k]) for k in range(1, len(name)))


@lru_cache(maxsize=256)
def _named(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
