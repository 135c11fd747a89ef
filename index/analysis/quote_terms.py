"""Quoted terms: short quotations that no one is said to have said, listed after the rest.

"lower indicative price" (Reuters), "VX nerve agent" (nu54): a few words in quotation marks
that name a thing or keep the writer's distance from a word, with no one told as saying
them. Over the tuning labels (sp48, `python -m bench.quotes_eval --split tuning`), 115 of
the quotes extracted had four words or fewer and no attribution: 64 not labelled as
quotations, 51 labelled (31 of them with a speaker the labeller read from the context).
Those with no speech verb in their sentence were 39 not labelled, 22 labelled (12 with a
speaker): dropping them would lose real quotations, so they stay quotations and only go
after the quotations of someone in the lists of groups (`QuoteBook.select`).
"""

from __future__ import annotations

from index.analysis.quotes import quote_words

TERM_WORDS = 4
"""The most words a quoted term has."""


def nobodys_term(speaker: str | None, text: str) -> bool:
    """True for a group of no speaker whose quotation (``text``) has `TERM_WORDS` words or
    fewer: a quoted term, listed after the quotations of someone."""
    return speaker is None and len(quote_words(text)) <= TERM_WORDS
