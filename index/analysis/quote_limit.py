"""How much of an article quotes are looked for in: all of a news article, the start of a book.

Speaker attribution (`index.analysis.attribution`) weighs each quote against every name of
the article, so its cost grows with the square of the length: 4 CPU s at a million
characters, 13 at two (the most an article may have, `index.ingest.files.MAX_ARTICLE_CHARS`).
The longest article of the three corpora has 28,397 characters, so only a book-length text
loses quotes, those past `QUOTE_CHARS`; the index, the comparison and the quotes panel then
agree on which quotes it has.
"""

from __future__ import annotations

QUOTE_CHARS = 200_000
"""How far into a body quotes are looked for (to the end of the paragraph before it)."""


def quoted_part(body: str) -> str:
    """The start of ``body`` that quotes are looked for in: all of it, or its paragraphs
    that end within `QUOTE_CHARS` (the first `QUOTE_CHARS` if the first is longer).

    A prefix, so a quote's offsets in it are its offsets in ``body``.
    """
    if len(body) <= QUOTE_CHARS:
        return body
    end = body.rfind("\n", 0, QUOTE_CHARS)
    return body[: end if end > 0 else QUOTE_CHARS]
