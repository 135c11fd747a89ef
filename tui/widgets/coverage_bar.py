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


def coverage_bar(cover: Coverage, width: int = BAR_WIDTH) -> Text:
    """ "Coverage ███████████▒▒▒▒▒▒▒▒▒▒██████████ left 2 · center 2 · right 2" (and "· 1
    unknown", "· blindspot for the right"); the bar counts the known leans only."""
    counts = [getattr(cover, side) for side in LEANS]
    text = Text("Coverage ", "dim")
    for side, cells in zip(LEANS, shares(counts, width), strict=True):
        text.append("█" * cells, SIDE_STYLES[side])
    if not any(counts):
        text.append("·" * width, "dim")
    text.append(" ")
    text.append(" · ".join(f"{side} {count}" for side, count in zip(LEANS, counts, strict=True)))
    if cover.unknown:
        text.append(f" · {cover.unknown} unknown", "dim")
    if cover.blindspot:
        text.append(f" · blindspot for the {cover.blindspot}", "bold reverse")
    return text
