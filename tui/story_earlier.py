"""How the story screen and `broadsheet story` say that a close article outside the story
ran before its first (`index.story_earlier`, issue 16): "earlier, not in this story: The New
York Times 2021-10-15 Italy Puts in Force Tough New Law…", so the user is not told a wrong
"first" silently (nu51 #1)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from index.library import printable
from index.models import RelatedArticle, StoryMember, iso_when
from tui.outlet_count import UNKNOWN
from tui.story_first import zoned

LABEL = "earlier, not in this story: "


def earlier_words(row: RelatedArticle) -> str:
    """One earlier article as said: its outlet, date and title."""
    return printable(f"{row.source or UNKNOWN} {zoned(row.date)} {row.title or '(untitled)'}")


def earlier_line(rows: Sequence[RelatedArticle]) -> Text | None:
    """The story screen's line: the closest earlier article, and how many more; None for
    none."""
    if not rows:
        return None
    more = f" (and {len(rows) - 1} more)" if len(rows) > 1 else ""
    return Text(LABEL.capitalize(), style="dim") + Text(earlier_words(rows[0])) + Text(more)


def earlier_lines(rows: Sequence[RelatedArticle]) -> list[Text]:
    """`broadsheet story`'s lines: one for each earlier article."""
    return [Text(LABEL, style="dim") + Text(earlier_words(row)) for row in rows]


def earlier_records(rows: Sequence[RelatedArticle]) -> list[dict[str, Any]]:
    """``"earlier_outside"`` of `story --json`: each as ``{"id", "source", "date", "score"}``."""
    return [
        {"id": r.id, "source": r.source, "date": iso_when(r.date), "score": r.score} for r in rows
    ]


def earlier_record(member: StoryMember | None) -> dict[str, Any] | None:
    """``"earlier_unknown"`` of the JSON: the earliest article of unknown outlet dated before
    ``"first"`` (which skips unknown outlets: nu45 #2), as ``{"id", "date"}``; else None."""
    return None if member is None else {"id": member.id, "date": iso_when(member.date)}
