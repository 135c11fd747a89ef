"""What the comparison's header says when `c` paired the article read with its most similar
one and that one is a weak match (fx116: a Syria article beside an Iran one, 7% alike, and
nothing said so).

The floor is the one the related list and the stories draw: articles alike enough to tell
the same news are grouped in one story, or share a passage (a run of 8+ words or a
quotation of 12+). A closest article that does neither is weak, whatever its percentage
(two earnings tables can be 68% alike in their figures and tell nothing of each other).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

if TYPE_CHECKING:
    from index.library import Library

RELATED_HINT = "esc, then r: related"
"""Where the reader goes from a weak pairing: back to the list, whose `r` lists the related
articles and why each is related. The whole line fits at 80 columns."""


def one_story(library: Library, first: str, second: str) -> bool | None:
    """Whether the two articles are in one story (a story of one holds neither); None on an
    index without stories, where nobody knows (rv56: it said "no story shared" there, and
    pointed to an `r` that says the index lacks stories)."""
    if library.derived_folder("stories") is None:
        return None
    story = library.story_of(first)
    return story is not None and second in story.article_ids


def weak_match(similarity: float, passages: int, same_story: bool) -> Text | None:
    """The header's line for a closest article of no shared story and no shared passage
    ("weak match: only 7% alike, no story or passage shared"); None for one that is not."""
    if same_story or passages:
        return None
    alike = f"{'only ' if similarity < 0.5 else ''}{similarity:.0%} alike"
    return Text.assemble(
        ("weak match: ", "bold yellow"),
        f"{alike}, no story or passage shared",
        (f" ({RELATED_HINT})", "dim"),
        no_wrap=True,
        overflow="ellipsis",
    )
