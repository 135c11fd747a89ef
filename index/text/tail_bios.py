"""An article's last lines: an author's bio goes, a URL line gives the outlet."""

from __future__ import annotations

import re

from index.text.clean import tail_rule
from index.text.facts import BODY, META, REMOVED, Facts
from index.text.outlets import outlet_from_url_line, url_of_line

TAIL_LINES = 2
"""How many of an article's last lines may be an author's bio."""
_URLISH = re.compile(r"^<?(?:https?://|www\.)", re.IGNORECASE)


def remove_tail_bios(lines: list[str], role: list[int], facts: Facts) -> None:
    """The last lines: an author's bio goes; a URL line gives the outlet."""
    checked = 0
    for k in range(len(lines) - 1, -1, -1):
        if not lines[k] or role[k] != BODY:
            continue
        if _URLISH.match(lines[k]):
            address = outlet_from_url_line(lines[k])
            if address:
                role[k] = META
                facts.note("outlet:url tail", address, k)
                facts.note("url", url_of_line(lines[k]), k)
                continue
        if checked >= TAIL_LINES or tail_rule(lines[k]) is None:
            return
        checked += 1
        role[k] = REMOVED
