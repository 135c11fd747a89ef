"""Which articles `c` in the story list compares: the first of each outlet, or the first
two of a story one outlet ran (nu46 #9: it compared three side by side as if they were
outlets, where the README and `c` on the story's screen compare two of its articles)."""

from __future__ import annotations

from collections.abc import Sequence

from index.models import StoryMember
from tui.screens.story import outlets_first, sole_outlet

ONE_OUTLET_TWO = "One outlet ({}) ran this story: comparing two of its articles"
"""What `c` in the story list says on a story one outlet ran."""


def story_compared(articles: Sequence[StoryMember]) -> tuple[list[str], str | None]:
    """The ids to compare of a story's ``articles`` (its order), and the one outlet that
    ran them all (None: two or more, or one unknown): then its first two articles."""
    alone = sole_outlet(articles)
    if alone is None:
        return outlets_first(articles), None
    return [member.id for member in articles[:2]], alone
