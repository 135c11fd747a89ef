"""A story's coverage by side as one line: a bar split left / center / right, the counts,
and its blindspot (`index.leans`), as Ground News draws it."""

from __future__ import annotations

from rich.text import Text

from index.models import LEANS, Coverage

SIDE_STYLES = {"left": "bold blue", "center": "bold white", "right": "bold red"}
"""Each side's colour: blue left, red right (the usual US convention), centre plain."""
BAR_WIDTH = 30
"""The bar's cells, shared among the sides in proportion to their articles."""


def shares(counts: list[int], width: int) -> list[int]:
    """``width`` cells shared in proportion to ``counts`` (largest remainders), every
    non-zero count given at least one cell when there are cells enough."""
    total = sum(counts)
    if total == 0 or width <= 0:
        return [0] * len(counts)
    exact = [count * width / total for count in counts]
    cells = [int(share) for share in exact]
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - cells[i]), i))
    for i in order[: width - sum(cells)]:
        cells[i] += 1
    for i, count in enumerate(counts):  # a side of one article in fifty still shows
        if count and not cells[i]:
            widest = max(range(len(cells)), key=lambda j: cells[j])
            if cells[widest] > 1:
                cells[widest] -= 1
                cells[i] = 1
    return cells


MIN_BAR = 8
"""The fewest cells the bar keeps when the line is narrow (below, words go to a new line)."""
JOIN = " · "


def coverage_bar(cover: Coverage, width: int = BAR_WIDTH, columns: int | None = None) -> Text:
    """ "Coverage ███████████▒▒▒▒▒▒▒▒▒▒██████████ left 2 · center 2 · right 2" (and "· 1
    unknown", "· blindspot for the right"); the bar counts the known leans only.

    Within ``columns`` cells (None: no limit) the bar gives up cells (to `MIN_BAR`), then
    whole parts ("1 unknown") go on the next line: at 80 columns "right 0 · 1 unknown"
    was cut to "right 0 · 1" (nu42 #9). A part wider than ``columns`` alone is left whole.
    """
    parts = [Text(f"{side} {getattr(cover, side)}") for side in LEANS]
    if cover.unknown:
        parts.append(Text(f"{cover.unknown} unknown", "dim"))
    if cover.blindspot:
        parts.append(Text(f"blindspot for the {cover.blindspot}", "bold reverse"))
    if columns is None:
        return _bar(cover, width).append(" ").append_text(Text(JOIN).join(parts))
    head = len("Coverage ") + 1  # the label, the space after the bar
    first: list[Text] = []
    room = columns - head - MIN_BAR
    while parts and room - len(JOIN) * bool(first) - parts[0].cell_len >= 0:
        room -= len(JOIN) * bool(first) + parts[0].cell_len
        first.append(parts.pop(0))
    text = _bar(cover, min(width, MIN_BAR + max(room, 0)))
    if first:
        text.append(" ").append_text(Text(JOIN).join(first))
    for line in _packed(parts, columns):
        text.append("\n").append_text(line)
    return text


def _bar(cover: Coverage, width: int) -> Text:
    """ "Coverage " and the bar of ``width`` cells (dots when no lean is known)."""
    counts = [getattr(cover, side) for side in LEANS]
    text = Text("Coverage ", "dim")
    for side, cells in zip(LEANS, shares(counts, width), strict=True):
        text.append("█" * cells, SIDE_STYLES[side])
    if not any(counts):
        text.append("·" * width, "dim")
    return text


def _packed(parts: list[Text], columns: int) -> list[Text]:
    """``parts`` joined by " · " into lines of at most ``columns`` cells, in order."""
    lines: list[Text] = []
    for part in parts:
        if lines and lines[-1].cell_len + len(JOIN) + part.cell_len <= columns:
            lines[-1].append(JOIN).append_text(part)
        else:
            lines.append(part.copy())
    return lines
