"""The comparison's numbered tabs: each article's outlet, then its date and title as the
width allows (nu40 #6: "1 HuffPost  2 ABC News  3 Al Jazeera" did not say which of an
outlet's articles was which)."""

from __future__ import annotations

from datetime import date

from rich.cells import cell_len, set_cell_size

from index.library import printable

SEPARATOR = " · "
MIN_TITLE = 6
"""Fewest characters of a title worth showing (with its ellipsis)."""


def clip(text: str, width: int) -> str:
    """``text`` on one line in ``width`` cells at most, an ellipsis where it is cut (a
    Chinese character takes two cells: rv40 #5, a tab of them was twice as wide)."""
    flat = " ".join(printable(text).split())
    if cell_len(flat) <= width:
        return flat
    return set_cell_size(flat, max(0, width - 1)).rstrip() + "…"


def _days(when: str | None) -> tuple[str, ...]:
    """An ISO date's ways to be said, longest first ("24 Feb 2017", "24 Feb"); none when
    there is no date or it cannot be read."""
    try:
        day = date.fromisoformat((when or "")[:10])
    except ValueError:
        return ()
    return (f"{day.day} {day:%b %Y}", f"{day.day} {day:%b}")


def tab_text(number: int, label: str, title: str, when: str | None, width: int) -> str:
    """One tab: ``number`` and ``label`` (the outlet, as `told_apart` names it), then the
    day and the title's start as far as ``width`` allows: the day first (short, and it
    tells an outlet's articles of two days apart), the year dropped before the day is.
    Never wider than ``width`` (at least 4)."""
    width = max(4, width)
    head = clip(f"{number} {label}", width)
    flat = " ".join(printable(title).split())
    for day in (*_days(when), ""):
        if day and day in head:
            continue  # `told_apart` gave the day already
        text = f"{head}{SEPARATOR}{day}" if day else head
        if cell_len(text) > width:
            continue
        room = width - cell_len(text) - len(SEPARATOR)
        if flat and flat[:20] not in head and room >= min(MIN_TITLE, cell_len(flat)):
            text += SEPARATOR + clip(flat, room)
        return text
    return head
