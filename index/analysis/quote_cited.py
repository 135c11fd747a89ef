"""The phrases a quotation itself quotes: 'Has she thought that "now is not the time"?'
cites the minister's "now is not the time". An outlet that ran only the minister's phrase
did not run the longer quotation, so the phrase is no clip of it (`quote_links.split`).

Unless the phrase is a telling's own words (`told`): a speaker who tells what another said
("he turned to me and he said, 'If we ever go to the Grammys, if we ever win a Grammy, we
should receive it just like this'"; Spicer reading out Napolitano's statement at a
briefing) is quoted by one outlet whole and by another in the words told alone, the same
day: one telling, so one quotation (w15, v02; qg36). A title or a catchphrase is shorter
than `TOLD_WORDS`, and a phrase said on another occasion is quoted days from the quote that
cites it."""

from __future__ import annotations

from collections.abc import Sequence

from index.analysis.quote_stock import day
from index.analysis.quotemarks import quoted_spans
from index.analysis.quotes import Quote, compared_words

Words = Sequence[str]

TOLD_WORDS = 10
"""The fewest words of a cited span's clip that can be a telling's own words: titles, slogans
and catchphrases ("now is not the time", "Muslim ban") are shorter."""
TOLD_DAYS = 1
"""The most days between a telling and the quote of the words it told: the next day's paper
runs the same speech."""


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


def told(clip: Words, clip_date: str | None, date: str | None) -> bool:
    """True when a clip of a cited span (`cited_in`) is the telling's own words all the same:
    `TOLD_WORDS` words or more, dated within `TOLD_DAYS` of the quote that cites them (both
    dated)."""
    if len(clip) < TOLD_WORDS:
        return False
    when, then = day(clip_date), day(date)
    return when is not None and then is not None and abs((when - then).days) <= TOLD_DAYS
