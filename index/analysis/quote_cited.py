"""The phrases a quotation itself quotes: 'Has she thought that "now is not the time"?'
cites the minister's "now is not the time". An outlet that ran only the minister's phrase
did not run the longer quotation, so the phrase is no clip of it (`quote_links.split`)."""

from __future__ import annotations

from collections.abc import Sequence

from index.analysis.quotemarks import quoted_spans
from index.analysis.quotes import Quote, compared_words

Words = Sequence[str]


_DOUBLE = '"“”„‟'
_SINGLE = "'‘’‚‛"
_SAME = {mark: family for family in (_DOUBLE, _SINGLE) for mark in family}


def cited_words(quote: Quote) -> list[tuple[str, ...]]:
    """The compared words (`compared_words`) of each span quoted inside ``quote``'s marks
    by marks of the other kind (single inside double, double inside single): marks of the
    outer kind inside it reopen the quotation in a later paragraph, or where its
    paragraph breaks were lost ('... investigation. "This vilification ...')."""
    same = _SAME.get(quote.text[:1])
    if same is None:  # guillemets and the like: nested marks are not told apart here
        return []
    inner = quote.inner
    other = _SINGLE if same is _DOUBLE else _DOUBLE
    if not any(mark in inner for mark in other):
        return []
    inner = inner.translate({ord(mark): " " for mark in same})
    return [compared_words(inner[s.inner_start : s.inner_end]) for s in quoted_spans(inner)]


def cited_in(clip: Words, cited: Sequence[Words]) -> bool:
    """True when the words of ``clip`` run, in order and together, inside one of ``cited``."""
    text = " " + " ".join(clip) + " "
    return any(len(c) >= len(clip) and text in " " + " ".join(c) + " " for c in cited)
