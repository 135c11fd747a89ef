"""How one occurrence of a grouped quotation differs from the group's fullest form, word by
word (`quote_grouped.Occurrence.change` and ``diff``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from index.analysis.spelling import spelling_key
from index.analysis.worddiff import word_edits

__all__ = ["Change", "difference"]

Change = Literal["same", "clipped", "reworded"]


def difference(
    full: Sequence[str], here: Sequence[str]
) -> tuple[Change, tuple[tuple[str, str, str], ...]]:
    """How ``here`` differs from ``full``, word by word (the word diff compare uses), a
    word's British and American spellings the same word (`spelling_key`: nu53 #10,
    "favourable" and "favorable" made a quote "reworded")."""
    if list(full) == list(here):
        return "same", ()
    mine, theirs = [spelling_key(w) for w in full], [spelling_key(w) for w in here]
    if mine == theirs:
        return "same", ()
    diff = tuple(
        (op, " ".join(full[i1:i2]), " ".join(here[j1:j2]))
        for op, i1, i2, j1, j2 in word_edits(mine, theirs)
    )
    change: Change = "clipped" if all(op == "delete" for op, _, _ in diff) else "reworded"
    return change, diff
