"""The heat map: a base article's sentences shaded by how many other articles carry each."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.message import Message

from index.library import SentenceCoverage, printable
from tui.widgets.compare_layout import SideLayout, between
from tui.widgets.compare_pane import ComparePane
from tui.widgets.marks import first_lines, marked

LEVELS = ("alone", "partly", "few", "many", "all")
"""The shades, coolest first: no other article, under half of them, half or more, all."""
LEVEL_WORDS = {
    "alone": "only here",
    "partly": "partly",
    "few": "under half",
    "many": "half or more",
    "all": "all others",
}


def level(count: int, others: int, partly: bool = False) -> str:
    """The shade of a sentence ``count`` of ``others`` other articles carry; one none carries
    is "partly" when another shares a verbatim passage of it (nu45 #6), not "only here"."""
    if count <= 0:
        return "partly" if partly else "alone"
    if count >= others:
        return "all"
    return "many" if count * 2 >= others else "few"


def layout_heat(
    coverage: Sequence[SentenceCoverage],
    body: str,
    others: int,
    styles: dict[str, Style],
    width: int,
    console: Console,
) -> SideLayout:
    """Lay out the base's sentences, each shaded by its level, for a width (run in a thread)."""
    text = heat_text(coverage, body, others, styles)
    lines = list(text.wrap(console, max(1, width), overflow="fold"))
    return SideLayout(lines, first_lines(lines, "s"), width)


def heat_text(
    coverage: Sequence[SentenceCoverage], body: str, others: int, styles: dict[str, Style]
) -> Text:
    """The base's sentences, each shaded by its level, in the base's own words.

    Sentences keep the base's paragraphs: a gap holding a line break starts a new one, a
    gap of spaces is one space, and none is none ("D-Mass., said" was shown "D-Mass. ,
    said" when a sentence was cut there, nu31 #3).
    """
    text = Text(overflow="fold")
    previous_end: int | None = None
    for c in coverage:
        if previous_end is not None:
            gap = body[previous_end : c.start]
            text.append(printable(between(gap), lines=True))
        text.append(
            printable(c.text),
            marked(styles[level(c.count, others, bool(c.partly))], "s", c.sentence),
        )
        previous_end = c.end
    if not text:
        text.append("(this article has no sentences)")
    return text


class HeatMap(ComparePane):
    """The base article, shaded; the current sentence drawn lit (as in a comparison pane)."""

    COMPONENT_CLASSES = {f"heat-map--{name}" for name in LEVELS}
    DEFAULT_CSS = """
    HeatMap {
        & > .heat-map--alone { color: $text; background: $success-darken-3; }
        & > .heat-map--partly { color: $text; background: $primary-darken-3; }
        & > .heat-map--few { color: $text; background: $warning-darken-3; }
        & > .heat-map--many { color: $text; background: $warning-darken-2; }
        & > .heat-map--all { color: $text; background: $warning-darken-1; }
    }
    """

    class Resized(Message):
        """The heat map changed size: its text wants laying out again."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())

    def level_styles(self) -> dict[str, Style]:
        """The style of each shade, read from the CSS (for a layout worker)."""
        return {
            name: self.get_component_rich_style(f"heat-map--{name}", partial=True)
            for name in LEVELS
        }
