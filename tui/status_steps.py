"""The reader's status line at 80 columns: the parts it says in fewer words, or leaves
out, once its low-value parts are gone and it still does not fit (nu56 #5: "399
articles, 1 re… │ 0 hits │ 2 marked, 2 not in… │" cut mid-word, and the sort the user
had just chosen was not said at all)."""

from __future__ import annotations

import re

from tui.widgets.status_line import LEAVE_OUT


def fewer_words(count: str, marks: str, state: str = "") -> list[tuple[str, str]]:
    """The steps (a part, its fewer words) for the count of articles (its skip note
    goes: "399 articles, 1 record skipped" -> "399 articles, 1 skipped" -> "399 articles")
    and the marks ("2 marked, 2 not in this list" -> "2 marked, 2 not listed" -> "2 marked"),
    in the order taken. The index's ``state`` when fresh ("index fresh": nothing to do) is
    left out before the marks lose their note (nu58 #3: "2 marked │ index fresh" hid marks
    not listed)."""
    steps: list[tuple[str, str]] = []
    hidden = re.fullmatch(r"([\d,]+ marked), ([\d,]+) not in this list", marks)
    if hidden:
        steps.append((marks, listed := f"{hidden[1]}, {hidden[2]} not listed"))
    head = re.match(r"[\d,]+\+? (?:of [\d,]+\+? )?articles?\b", count)
    if head and head[0] != count:
        # "1 skipped" before none (nu62 #8: at 80 columns "410 articles │ … │ index fresh"
        # said no skip, "index fresh" staying as nu18 #6 wants)
        brief = _skips_brief(count)
        if brief != count:
            steps.append((count, brief))
        steps.append((brief, head[0]))
    if hidden:
        steps += [(state, LEAVE_OUT)] if state == FRESH else []
        steps.append((listed, hidden[1]))
    return steps


def _skips_brief(count: str) -> str:
    """``count`` with its skip note in fewer words: "…, 1 file and 3 records skipped" ->
    "…, 4 skipped"; as it is when it has none."""
    note = re.search(r", ([\d,]+) (?:files?|records?)(?: and ([\d,]+) records?)? skipped$", count)
    if note is None:
        return count
    total = sum(int(n.replace(",", "")) for n in note.groups() if n)
    return f"{count[: note.start()]}, {total:,} skipped"


FRESH = "index fresh"
"""The status line's last part when the index is up to date (`freshness`)."""


def sort_steps(
    order: str, chosen: bool, unread: list[str]
) -> tuple[list[str], list[tuple[str, str]]]:
    """Where the sort and the unread count go: the sort first of the parts left out
    (``droppable``), unless the user chose it (not the list's default order): then once
    the others are said in fewer words (the `tighter` steps). The unread count goes last
    of all, after the sort, chosen or not, as the README says (nu58 #3: a chosen sort
    outlasted it; nu40 #10)."""
    last = [(part, LEAVE_OUT) for part in unread]
    return ([], [(order, LEAVE_OUT), *last]) if chosen else ([order], last)
