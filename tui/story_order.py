"""The orders of the story list `s` cycles through (`tui.reader_state.STORY_ORDERS`)."""

from __future__ import annotations

from index.models import Story


def in_order(stories: list[Story], order: str) -> list[Story]:
    """``stories`` newest first (by their latest article) or oldest first (by their
    first); undated stories last; "" keeps the order given."""
    if not order:
        return stories
    dated = [s for s in stories if s.start is not None and s.end is not None]
    undated = [s for s in stories if s.start is None or s.end is None]
    if order == "newest first":
        return sorted(dated, key=lambda s: s.end, reverse=True) + undated  # type: ignore[arg-type, return-value]
    return sorted(dated, key=lambda s: s.start) + undated  # type: ignore[arg-type, return-value]
