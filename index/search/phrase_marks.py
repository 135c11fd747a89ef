"""Why a phrase with a "?" ending a word found nothing: it was read as a question mark.

In a quoted phrase a "?" between two letters is a letter a copy lost (``"Wolfgang
Sch?uble"``, `index.store.hyphens.LOST_LETTER`), and so is a run of them (``"Sch??uble"``,
`index.search.lost_letters.typed_pairs`); one that ends a word is a question mark
(``"is it true?"``), which the analyzer drops. So ``"Wolfgang Sch?"`` was the phrase
"wolfgang sch", which found nothing and said nothing (sx49). When such a phrase finds
nothing, `question_marks` says how its "?" was read and what to type instead.
"""

from __future__ import annotations

import re

_PHRASE = re.compile(r'"([^"]*)"')
_ENDED = re.compile(r"([^\W\d_][\w\ufffd?]*?)\?+(?![\w\ufffd?])")
"""A word (a letter first) ended by "?": a question mark, in a phrase."""


def question_marks(text: str) -> str | None:
    """What to say when the query ``text`` found nothing and a phrase of it holds a word
    ended by "?" ("Sch?"), or None: how it was read, and the star to type for any ending
    (whose own limits the search then says, `index.search.starred`)."""
    for phrase in _PHRASE.finditer(text):
        ended = _ENDED.search(phrase.group(1))
        if ended is None:
            continue
        word = ended.group(1)
        starred = phrase.group(1)[: ended.start()] + word + "*" + phrase.group(1)[ended.end() :]
        return (
            f"in a phrase a ? ending a word is read as a question mark: {ended.group()!r} "
            f'was looked for as {word!r}; for any ending type "{starred.strip()}", for a '
            f"lost letter put the ? where the letter was ('Sch?uble')"
        )
    return None
