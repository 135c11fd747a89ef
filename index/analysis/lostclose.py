"""A closing mark lost in a dirty copy (issue 18, nu34 #10).

Some web copies of the corpora lost each curly mark to "\ufffd" (and a "?" or two for the
rest of its bytes): 'Pruitt said: "I intend to run this agency ... businesses.\ufffd?The
former CEO of ...'. Where such an artifact stands as a closing mark would (after a
sentence's stop, before a capital), the quote open before it closes there, and does not
run on over the next sentences, up to the next mark. An artifact inside words is an
apostrophe or a dash and closes nothing (`quotemarks`). Where such an artifact stands right
after an opening mark ('"\ufffdWe have a body', nu66), it is that mark's lost twin: the
quoted words start after it (`lost_open`).
"""

from __future__ import annotations

import re

_LOST_CLOSE = re.compile(r"(?<=[a-z0-9)][.!?…])\ufffd+\??(?=[A-Z])")
"""A lost mark between a sentence's stop and the next sentence's capital."""


def lost_close(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """Where the first lost closing mark in ``text[start:stop]`` starts and ends, or None."""
    if "\ufffd" not in text[start:stop]:
        return None  # most quotes: no lost character at all
    found = _LOST_CLOSE.search(text, start, stop)
    return found.span() if found is not None else None


_LOST_OPEN = re.compile(r"\ufffd+\??\s*")
"""A lost mark (and the "?" left of its other bytes) right after an opening mark."""


def lost_open(text: str, start: int, stop: int) -> int:
    """Where the quoted words of ``text[start:stop]`` start: past a lost mark standing at
    ``start`` (and the spaces after it), else ``start`` (the quote's text, from its opening
    mark, keeps the artifact: only where its words start moves)."""
    found = _LOST_OPEN.match(text, start, stop)
    return found.end() if found is not None and found.end() < stop else start
