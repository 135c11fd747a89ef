"""What the notebook keeps on an article, as the list and pane show it: marks, lit passages."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style

from index.library import Highlighter
from index.models import Article, Span
from index.notebook import Entry
from tui.widgets.marks import marked

PASSAGE_MARK = "passage"
"""The style meta key that carries a highlight's id on the lines where it is lit."""


def kept_label(entry: Entry) -> str:
    """A short line for the list and the pane: ``★ pinned · 2 tags · note · 1 highlight``."""
    parts = ["★ pinned"] if entry.pinned else []
    if entry.tags:
        parts.append(", ".join(f"#{tag}" for tag in entry.tags))
    if entry.note:
        parts.append("✎ note")
    count = len(entry.highlights)
    if count:
        parts.append(f"{count} highlight{'s' * (count != 1)}")
    return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class PassageLight(Highlighter):
    """Lights a highlighted passage wherever its text stands in a stretch of the article.

    The reading pane lays an article out a chunk at a time and asks each watch word for
    its spans in the chunk; a passage is found by its text (chunks end at line ends, so a
    passage within one paragraph is never cut).
    """

    passage: str = ""

    def __bool__(self) -> bool:
        return bool(self.passage)

    def spans(self, text: str) -> tuple[Span, ...]:
        found: list[Span] = []
        if not self.passage:
            return ()
        start = text.find(self.passage)
        while start != -1:
            found.append(Span(start, start + len(self.passage), PASSAGE_MARK))
            start = text.find(self.passage, start + len(self.passage))
        return tuple(found)


def passage_lights(
    entry: Entry | None, article: Article, style: Style
) -> list[tuple[Highlighter, Style]]:
    """Watch words for the pane that light each highlight of ``entry`` in ``article``.

    A highlight is lit at the place it was last found (its text there, which an edit may
    have changed); an orphaned one is not lit. Each carries its id as a mark, so the pane's
    line for it can be found after wrapping.
    """
    if entry is None:
        return []
    lights: list[tuple[Highlighter, Style]] = []
    body = article.body
    for highlight in entry.highlights:
        if highlight.orphaned or not 0 <= highlight.start < highlight.end <= len(body):
            continue
        text = body[highlight.start : highlight.end]
        if text.strip():
            lights.append((PassageLight(passage=text), marked(style, PASSAGE_MARK, highlight.id)))
    return lights
