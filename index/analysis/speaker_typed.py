"""A speaker's name as a person types it to find their quotes (`quotes --speaker`), without
the titles before it: the articles write "President Biden" and "Sen. Warren", but a
speaker's name keeps no title (it is kept apart, as the description), so "president biden"
matched no name (nu47 #8)."""

from __future__ import annotations

from index.analysis.entitywords import CORE_TITLES, TITLE_MODIFIERS
from index.analysis.speechverbs import TITLES

_TITLE_WORDS = TITLES | CORE_TITLES | TITLE_MODIFIERS
"""Words a title is made of ("vice", "president", "sen.", "secretary", "of", "state")."""


def without_titles(typed: str) -> str | None:
    """``typed`` without the title words that open it ("President Biden" -> "Biden",
    "secretary of state rex tillerson" -> "rex tillerson"), keeping its last word whatever
    it is; None when it opens with no title word (nothing else to try).

    >>> without_titles("Sen. Elizabeth Warren"), without_titles("Warren")
    ('Elizabeth Warren', None)
    """
    words = typed.split()
    kept = list(words)
    while len(kept) > 1 and _is_title_word(kept[0].lower()):
        kept.pop(0)
    return " ".join(kept) if len(kept) < len(words) else None


def _is_title_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a title word, as written ("u.s.") or without the
    stop or comma after it ("sen." typed "sen", "president,")."""
    return word in _TITLE_WORDS or word.rstrip(".,") in _TITLE_WORDS
