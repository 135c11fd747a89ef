"""The reader's status line at 80 columns: the parts it says in fewer words, or leaves
out, once its low-value parts are gone and it still does not fit (nu56 #5: "399
articles, 1 re… │ 0 hits │ 2 marked, 2 not in… │" cut mid-word, and the sort the user
had just chosen was not said at all)."""

from __future__ import annotations

import re

from tui.widgets.status_line import LEAVE_OUT


def fewer_words(count: str, marks: str) -> list[tuple[str, str]]:
    """The steps (a part, its fewer words) for the count of articles (its skip note
    goes: "399 articles, 1 record skipped" -> "399 articles") and the marks ("2 marked, 2
    not in this list" -> "2 marked, 2 not listed" -> "2 marked"), in the order taken."""
    steps: list[tuple[str, str]] = []
    hidden = re.fullmatch(r"([\d,]+ marked), ([\d,]+) not in this list", marks)
    if hidden:
        steps.append((marks, listed := f"{hidden[1]}, {hidden[2]} not listed"))
    head = re.match(r"[\d,]+\+? (?:of [\d,]+\+? )?articles?\b", count)
    if head and head[0] != count:
        steps.append((count, head[0]))
    if hidden:
        steps.append((listed, hidden[1]))
    return steps


def sort_steps(order: str, chosen: bool) -> tuple[list[str], list[tuple[str, str]]]:
    """Where the sort goes: first of the parts left out (``droppable``), unless the user
    chose it (not the list's default order): then last, once the others are said in
    fewer words (the `tighter` steps)."""
    return ([], [(order, LEAVE_OUT)]) if chosen else ([order], [])
