"""Marks in laid-out text: style meta that says which match or sentence a stretch belongs to.

Text is wrapped in a worker thread; the marks survive wrapping, so afterwards we know the
line each match or sentence landed on, and can draw the current one differently.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.style import Style
from rich.text import Text


def marked(style: Style, key: str, value: int) -> Style:
    """``style`` carrying the mark ``key`` = ``value``."""
    return style + Style(meta={key: value})


def first_lines(lines: Iterable[Text], key: str, start: int = 0) -> dict[int, int]:
    """The first line (counted from ``start``) where each value of mark ``key`` appears."""
    found: dict[int, int] = {}
    for number, line in enumerate(lines, start):
        for span in line.spans:
            style = span.style
            if isinstance(style, Style) and style.meta and key in style.meta:
                found.setdefault(int(style.meta[key]), number)
    return found


def restyle(line: Text, key: str, value: int, style: Style) -> Text:
    """``line`` with ``style`` added over each stretch marked ``key`` = ``value`` (a copy)."""
    hits = [
        span
        for span in line.spans
        if isinstance(span.style, Style) and span.style.meta and span.style.meta.get(key) == value
    ]
    if not hits:
        return line
    line = line.copy()
    for span in hits:
        line.stylize(style, span.start, span.end)
    return line
