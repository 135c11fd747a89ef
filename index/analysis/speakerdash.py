"""A speaker's name run on into the next word by a lost space's dash (sp58, issue 18).

Deutsche Welle's copies write a lost space as "-" ("on-a joint position", "Secretary-added
that"), so a name opening a sentence can run on into the word after it: "Amnesty
International-also voiced concern", "Tibilov-was elected". A hyphened tail that is one of
English's small words (`SMALL`) is no part of a name: "Kim Jong-un", "Moon Jae-in" (a
Korean name's second syllable: "in" and "un" are not in `SMALL`), "Connecticut-based" and
"Baden-Baden" keep theirs.
"""

from __future__ import annotations

import re

SMALL = frozenset(
    {
        "also",
        "is",
        "was",
        "were",
        "are",
        "has",
        "had",
        "have",
        "does",
        "doesn",
        "did",
        "gave",
        "said",
        "says",
        "told",
        "added",
        "will",
        "would",
        "could",
        "who",
        "which",
        "and",
        "the",
        "of",
        "as",
        "to",
        "for",
        "with",
    }
)
"""Words that run on after a name with a lost space, never a name's own hyphened part."""

_TAIL = re.compile(r"(?<=\w)-(?P<word>[a-z]+)$")


def trimmed(speaker: str | None) -> str | None:
    """``speaker`` less a lost space's dash and the small word after its last word
    ("Amnesty International-also" -> "Amnesty International"); else ``speaker``."""
    if speaker is None or "-" not in speaker:
        return speaker
    found = _TAIL.search(speaker)
    if found is None or found["word"] not in SMALL:
        return speaker
    return speaker[: found.start()]
