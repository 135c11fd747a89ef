"""A word found whole in a text by a plain string scan, and patterns built from a name
compiled once a name (issue 18).

Patterns built from a name at each call (``rf"\\b{re.escape(word)}\\b"``) are compiled once
a distinct name: a corpus asks about more names than `re`'s cache keeps (512), so past
that every call compiles again, and the constant patterns called through ``re.search``
are dropped from that cache too. `word_starts` reads the same matches with ``str.find``;
`name_pattern` keeps the compiled patterns of the names in a cache of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

__all__ = ["name_pattern", "word_count", "word_starts"]


def _word_char(ch: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: a letter, digit or number, or "_"."""
    return ch.isalnum() or ch == "_"


def _boundary(text: str, at: int) -> bool:
    """What ``\\b`` says at ``at``: a word character on one side only (outside the text
    counts as no word character)."""
    before = at > 0 and _word_char(text[at - 1])
    after = at < len(text) and _word_char(text[at])
    return before != after


def word_starts(text: str, word: str, tail: re.Pattern[str] | None = None) -> Iterator[int]:
    """Where ``re.finditer(rf"\\b{re.escape(word)}\\b", text)`` finds ``word`` (``word`` not
    empty), in order. With ``tail``, the pattern is ``rf"\\b{re.escape(word)}\\b(?:tail)?"``:
    the next search starts after the tail that ``tail.match`` finds after the word."""
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if _boundary(text, at) and _boundary(text, end):
            yield at
            if tail is not None:
                found = tail.match(text, end)
                if found is not None:
                    end = found.end()
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def word_count(text: str, word: str) -> int:
    """``len(re.findall(rf"\\b{re.escape(word)}\\b", text))``."""
    if not word:  # the pattern is then two boundaries: not a word to scan for
        return len(re.findall(r"\b\b", text))
    return sum(1 for _ in word_starts(text, word))


@lru_cache(maxsize=4096)
def name_pattern(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)`` for a pattern built from a name, kept in a cache of its own."""
    return re.compile(pattern)
