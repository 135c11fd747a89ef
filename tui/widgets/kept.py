"""What the notebook keeps on an article, as the list and pane show it: marks, lit passages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.style import Style

from index.library import Highlighter
from index.models import Article, Span, highlights_said
from tui.widgets.article_layout import chunks
from tui.widgets.marks import marked

if TYPE_CHECKING:  # annotations only: the reader's first screen imports no notebook
    from index.notebook import Entry

PASSAGE_MARK = "passage"
"""The style meta key that carries a highlight's id on the lines where it is lit."""


def kept_label(entry: Entry, *, star: bool = True) -> str:
    """A short line for the list and the pane: ``★ pinned · 2 tags · note · 1 highlight``;
    ``star=False``: ``pinned ...``, for a row that already starts with a ★.

    Only the highlights found in the text are counted as such; the others are said apart
    (``2 highlights · 1 not found``, or ``1 highlight not found``): the count of an orphaned
    one read as a passage lit in the pane (nu28 #7)."""
    parts = ["★ pinned" if star else "pinned"] if entry.pinned else []
    if entry.tags:
        parts.append(", ".join(f"#{tag}" for tag in entry.tags))
    if entry.note:
        parts.append("✎ note")
    lost = sum(highlight.orphaned for highlight in entry.highlights)
    if entry.highlights:
        parts.append(highlights_said(len(entry.highlights) - lost, lost))
    return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class PassageLight(Highlighter):
    """Lights a highlighted passage at its place in the article, a layout chunk at a time.

    The reading pane lays an article out in chunks (`article_layout.chunks`) and asks each
    watch word for its spans in one chunk; ``places`` says where each chunk starts in the
    body, so the passage is lit where it stands (not at another copy of its words) and a
    passage across two chunks is lit in both. Text that is not a chunk of the body (the
    removed boilerplate) is never lit.
    """

    start: int = 0
    end: int = 0
    places: Mapping[str, int] = field(default_factory=dict, compare=False, hash=False)

    def __bool__(self) -> bool:
        return self.end > self.start

    def spans(self, text: str) -> tuple[Span, ...]:
        offset = self.places.get(text)
        if offset is None:
            return ()
        start, end = max(self.start, offset), min(self.end, offset + len(text))
        if start >= end:
            return ()
        return (Span(start - offset, end - offset, PASSAGE_MARK),)


def chunk_places(body: str) -> dict[str, int]:
    """Where each layout chunk of ``body`` starts (a chunk repeated whole: its first place)."""
    places: dict[str, int] = {}
    offset = 0
    for chunk in chunks(body):
        places.setdefault(chunk, offset)
        offset += len(chunk)
    return places


def passage_lights(
    entry: Entry | None, article: Article, style: Style
) -> list[tuple[Highlighter, Style]]:
    """Watch words for the pane that light each highlight of ``entry`` in ``article``.

    A highlight is lit at the place it was last found (its text there, which an edit may
    have changed), and only there; an orphaned one is not lit. Each carries its id as a
    mark, so the pane's line for it can be found after wrapping.
    """
    if entry is None:
        return []
    lights: list[tuple[Highlighter, Style]] = []
    body = article.body
    places: dict[str, int] | None = None
    for highlight in entry.highlights:
        start, end = highlight.start, highlight.end
        if highlight.orphaned or not 0 <= start < end <= len(body):
            continue
        if body[start:end].strip():
            places = chunk_places(body) if places is None else places
            light = PassageLight(start=start, end=end, places=places)
            lights.append((light, marked(style, PASSAGE_MARK, highlight.id)))
    return lights
