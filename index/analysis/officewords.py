"""Which office a bare role names: "the prime minister" is not the first minister, nor is
"the president" the vice president (sp43, issue 18: a role was matched by its last word)."""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

from index.analysis.speechverbs import words

__all__ = ["OFFICES", "OFFICE_QUALIFIERS", "office_fits", "office_qualifier"]

OFFICES = words(
    """
    minister president senator governor mayor chancellor secretary ambassador envoy chairman
    chairwoman premier candidate leader congressman congresswoman judge prosecutor general
    commander director executive
    """
)
"""Offices: "the minister" is mostly the one named before, even where no office of theirs
was given ("Mrs May ... The prime minister added"), unless another office was."""

OFFICE_QUALIFIERS = words(
    """prime first foreign home interior defence defense finance health justice education
    deputy vice assistant associate junior"""
)
"""Words that make a different office of the role noun after them ("prime minister",
"vice president"), so a role with one of them is only that office's holder."""
_LOWER_RANKS = words("deputy vice assistant associate junior")
"""Qualifiers of a lower office: "the president" is not the person titled "vice president"."""


def office_qualifier(description: str | None, head: str) -> str:
    """The qualifier right before ``head`` in ``description`` ("the former prime minister"
    -> "prime"), or "" when the word there is none of `OFFICE_QUALIFIERS`."""
    found = re.findall(r"[a-z]+", (description or "").lower().replace("-", " "))
    for before, word in pairwise(found):
        if word == head and before in OFFICE_QUALIFIERS:
            return before
    return ""


def office_fits(qualifier: str, held: Collection[str], role: str, title: str) -> bool:
    """True when ``held``, the words of a person's title and name, fit a role whose
    qualifier is ``qualifier``: they hold that qualifier; with none, the person's
    ``title`` does not name a lower rank of ``role`` ("vice president" for "president";
    "a vice-president and director" is still "the director")."""
    if qualifier:
        return qualifier in held
    lower = re.search(rf"\b(?:{'|'.join(sorted(_LOWER_RANKS))})[\s\-]+{re.escape(role)}\b", title)
    return lower is None
