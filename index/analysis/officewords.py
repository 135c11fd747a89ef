"""Which office a bare role names: "the prime minister" is not the first minister, nor is
"the president" the vice president (sp43, issue 18: a role was matched by its last word)."""

from __future__ import annotations

import re
from collections.abc import Collection

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
    """The qualifiers right before ``head`` in ``description`` ("the former prime minister"
    -> "prime", "the deputy prime minister" -> "deputy prime"), or "" when the word there is
    none of `OFFICE_QUALIFIERS`."""
    found = re.findall(r"[a-z]+", (description or "").lower().replace("-", " "))
    for k, word in enumerate(found):
        if word == head and k and found[k - 1] in OFFICE_QUALIFIERS:
            start = k - 1
            while start and found[start - 1] in OFFICE_QUALIFIERS:
                start -= 1
            return " ".join(found[start:k])
    return ""


def office_fits(qualifier: str, held: Collection[str], role: str, title: str) -> bool:
    """True when ``held``, the words of a person's title and name, fit a role whose
    qualifiers are ``qualifier``: they hold each of them, and the person's ``title`` names
    no lower rank of the office the role lacks ("vice president" for "president", "deputy
    prime minister" for "prime minister": rv53; "a vice-president and director" is still
    "the director")."""
    wanted = qualifier.split()
    if any(word not in held for word in wanted):
        return False
    lower = re.search(
        rf"\b({'|'.join(sorted(_LOWER_RANKS))})[\s\-]+"
        rf"(?:(?:{'|'.join(sorted(OFFICE_QUALIFIERS))})[\s\-]+)*{re.escape(role)}\b",
        title.lower(),
    )
    return lower is None or lower.group(1) in wanted
