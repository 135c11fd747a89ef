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


def story_pair(
    articles: Sequence[StoryMember], counted: Sequence[str], current: str, marked: Sequence[str]
) -> tuple[str, str]:
    """Which two articles `c` on a story's screen compares, in the story's order: two of the
    user's marks among the story's ``counted`` articles (the first two marked); else the
    article under the cursor (``current``) and the first article of the earliest other
    outlet, so that from the story's first article it compares the first articles of its two
    earliest outlets (nu56 #7: on a story of Al Jazeera x4 and DW x1 it compared two Al
    Jazeera articles); on a story one outlet ran, the story's first (its second from the
    first). ``articles``: the story's order; ``counted``: its articles less its copies (an
    article is never compared with its own copy)."""
    members = [member for member in articles if member.id in counted]
    place = {member.id: rank for rank, member in enumerate(members)}
    ours = [i for i in dict.fromkeys(marked) if i in place]
    if len(ours) >= 2:
        pair = ours[:2]
    else:
        outlet = {m.id: m.source.casefold() if m.source else f"\0{m.id}" for m in members}
        others = [m.id for m in members if m.id != current]
        other = next((i for i in others if outlet[i] != outlet.get(current)), others[0])
        pair = [other, current]
    first, second = sorted(pair, key=lambda i: place.get(i, len(place)))
    return first, second


def reader_marks(screens: Sequence[object]) -> list[str]:
    """The articles marked in the reader's list (under the story's screen), oldest mark first."""
    from tui.screens.reader import ReaderScreen  # loaded on first use (it imports this module)

    for screen in screens:
        if isinstance(screen, ReaderScreen):
            return list(screen.articles.marked)
    return []
