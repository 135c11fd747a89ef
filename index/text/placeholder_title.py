"""Placeholder titles: "Untitled", "No title", "[no headline]" name no article.

An editor or a file manager writes one where a title was never given (nu44 saw a text whose
first line "Untitled" became its title). Such a line at the top of the text goes to the
removed lines and a given title of the kind counts as none: the title is then what the rest
of the text gives, as for a text with no title line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PLACEHOLDER = re.compile(
    r"""
    untitled(?:\s*(?:document|article|story|page|post|note|file))?(?:\s*\(?\d{1,3}\)?)?
    | no\s*(?:title|headline|subject)(?:\s*(?:given|yet))?
    | (?:the\s+)?(?:title|headline|hed)(?:\s*(?:here|tk|goes\s+here|to\s+come))?
    | (?:insert|enter|add|your)\s+(?:a\s+|the\s+)?(?:title|headline)(?:\s+here)?
    | new\s*document(?:\s*\(?\d{1,3}\)?)?
    | document\s*\d{1,3}
    | tk
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""The placeholder's words, once the marks around them are taken off (`placeholder`)."""

_AROUND = "[](){}<>*_#\"'“”‘’`«» \t"
"""Marks a placeholder is written between: "(no title)", "[no headline]", "*Untitled*"."""


def placeholder(line: str) -> bool:
    """True when ``line`` is only a placeholder for a title ("Untitled", "Untitled document",
    "No title", "(no title)", "Title", "Headline", "[no headline]", "Insert title here")."""
    words = line.strip(_AROUND).rstrip(".:!-–— ").strip(_AROUND)
    words = re.sub(r"[\s_-]+", " ", words)
    return len(words) <= 40 and _PLACEHOLDER.fullmatch(words) is not None


_LABEL = re.compile(r"(?:title|headline)\s*:\s*(?=\S)", re.IGNORECASE)
"""A label written before a title on its line: "Title: Markets fall", "HEADLINE: ..."."""


def unlabelled(title: str | None) -> str | None:
    """``title`` without a "Title:"/"Headline:" label before it: the label is no part of the
    title (rv46: "Title: Markets fall" under a removed "Untitled" kept it)."""
    label = _LABEL.match(title) if title else None
    return title[label.end() :] if title and label else title


def only_placeholders(text: str) -> bool:
    """True when every line of ``text`` that is not blank is a placeholder: a file with no
    title and no text, as good as empty."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(placeholder(line) for line in lines)


def leading_placeholders(lines: Sequence[str], roles: Sequence[int], body: int) -> list[int]:
    """The placeholder lines (`placeholder`) that open the text: those of role ``body``
    before its first other line that is neither blank nor already set aside."""
    found: list[int] = []
    for k, line in enumerate(lines):
        if not line.strip() or roles[k] != body:
            continue
        if not placeholder(line):
            break
        found.append(k)
    return found
