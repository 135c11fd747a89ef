"""A minus standing alone, ``dam - frost``: read as nothing, as plain Whoosh reads it, and said.

The README's minus is NOT at the start of a word, a phrase or a bracket (``dam -frost``);
one with a space after it starts nothing, and Whoosh's parser drops it, so ``dam - frost``
is dam AND frost, the opposite of what a user who meant NOT asked (rv75 #3). Reading it
as NOT would turn a pasted headline ("Brexit - what comes next") into a negation, and part
from plain Whoosh, which the search follows for what it understands; so the reading stays
and `lone_minus` says it, with the form that leaves the word out.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r'"[^"]*"')
_LONE = re.compile(r"(?:^|(?<=[\s(]))[-\u2013\u2014]+\s+(?P<next>-?[\w\"(][^\s)]*)")
"""A minus (or a dash) between spaces, a bracket or the start, and what follows it."""
_LAST = re.compile(r"(?<=[\s(])[-\u2013\u2014]+[\s)]*$")
"""A minus ending the query (``dam -``): read as nothing too."""


def lone_minus(text: str) -> str | None:
    """What to say of a query holding a minus that stands alone (outside quotes), or None:
    that it was read as nothing, and how to write the NOT a user may have meant."""
    outside = _QUOTED.sub(lambda m: '"' + "x" * (len(m.group()) - 2) + '"', text)
    found = _LONE.search(outside)
    if found is None:
        last = "a minus with nothing after it is read as nothing: write -word to leave a word out"
        return last if _LAST.search(outside) else None
    word = text[found.start("next") : found.end("next")]
    operator = word.partition("(")[0].upper()  # NOT(frost): NOT (sx54)
    if word.startswith("-") or operator in ("NOT", "AND", "OR", "ANDNOT", "ANDMAYBE"):
        return None  # "- -frost", "- NOT frost": the NOT is typed
    return (
        f"a minus standing alone is read as nothing, so {word} was searched for; "
        f"to leave it out, write -{word} (no space) or NOT {word}"
    )
