"""The oracle for a dateline fact against the dateline as a test wrote it (fx127): the fact
shows the place as the text names it, or title-cased, never in the wire's capitals."""

from __future__ import annotations

import re

_CAPITALS_WORD = re.compile(r"(?<![\w.'’])[^\W\d_a-zà-ÿ]{4,}(?![\w.'’])")
"""A word of four capitals or more ("MEXICO", "BOGOTÁ", "MARCH"); no initials ("U.S.")."""


def as_shown(found: str | None, written: str | None) -> bool:
    """Whether ``found`` is the dateline ``written`` (the same letters, in any case) with no
    word left in capitals: "Mexico City, March 2" for "MEXICO CITY, March 2"."""
    if found is None or written is None:
        return found == written
    return found.casefold() == written.casefold() and not _CAPITALS_WORD.search(found)
