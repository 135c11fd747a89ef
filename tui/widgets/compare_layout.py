"""One side of a comparison laid out as wrapped lines, sentences coloured by what they share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.console import Console
from rich.style import Style
from rich.text import Text

from index.library import Alignment, Highlighter
from tui.widgets.marks import first_lines, marked

CHANGED = "c"
"""The mark on changed words: the current sentence's highlight is drawn under them."""


@dataclass(frozen=True)
class SideLayout:
    """One side laid out: wrapped lines, and the first line of each sentence shown."""

    lines: list[Text]
    sentence_lines: dict[int, int]
    width: int


@dataclass(frozen=True)
class SideStyles:
    """Styles for the sentence classes, changed words, shared passages and query matches."""

    shared: Style
    similar: Style
    unique: Style
    passage: Style
    match: Style
    muted: Style
    changed: Style


def legend(styles: SideStyles) -> Text:
    """The key to the colours, drawn in the very styles the panes use (any theme)."""
    return Text.assemble(  # short enough for 80 columns
        ("shared", styles.shared),
        " · ",
        ("similar", styles.similar),
        " (",
        ("changed", styles.changed),
        " words) · ",
        ("unique", styles.unique),
        " (one side) · ",
        ("passage", styles.passage),
        " (verbatim)",
    )


def between(gap: str) -> str:
    """What stands between two sentences, as the body has it: a line break starts a new
    paragraph, a run of spaces is one space, and the rest stays (nu56 #9: the body's
    "condemned abroad.- Israel's", the story pane's text, was shown "abroad. Israel's" here:
    the "-" the splitter left between the two sentences was dropped)."""
    gap = re.sub(r"[^\S\n]+", " ", gap)
    return re.sub(r" ?\n\s*", "\n\n", gap) if "\n" in gap else gap


def layout_side(
    body: str,
    sentences: tuple[Alignment, ...],
    passages: list[tuple[int, int]],
    highlighter: Highlighter,
    width: int,
    console: Console,
    styles: SideStyles,
    *,
    unique_only: bool = False,
) -> SideLayout:
    """Lay out one article's sentences, coloured by class, for a width (run in a thread)."""
    text = Text(overflow="fold")
    previous_end: int | None = None
    for sentence in sentences:
        if unique_only and sentence.kind != "unique":
            continue
        if previous_end is not None:
            gap = body[previous_end : sentence.start]
            # nothing between two sentences ("D-W.Va." | ", multiple"): nothing put in
            text.append("\n\n" if unique_only else between(gap))
        offset = len(text)
        kind_style = getattr(styles, sentence.kind)
        text.append(sentence.text, marked(kind_style, "s", sentence.index))
        for start, end in passages:
            low, high = max(start, sentence.start), min(end, sentence.end)
            if low < high:
                text.stylize(
                    styles.passage, offset + low - sentence.start, offset + high - sentence.start
                )
        changed = marked(styles.changed, CHANGED, 1)  # a near-verbatim sentence's changed words
        for start, end in sentence.changed or ():
            text.stylize(changed, offset + start - sentence.start, offset + end - sentence.start)
        for span in highlighter.spans(sentence.text):
            text.stylize(styles.match, offset + span.start, offset + span.end)
        previous_end = sentence.end
    if not text:
        text.append("(nothing to show: every sentence has a counterpart)", styles.muted)
    lines = list(text.wrap(console, max(1, width), overflow="fold"))
    return SideLayout(lines, first_lines(lines, "s"), width)
