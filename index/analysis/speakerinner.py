"""A quote its speaker quotes in turn goes to whom the speaker says said it (issue 18, sp38).

'Mary Lee said: "When Mr. Trump first announced the plan, he said, "We will fix the roads
by summer." That never happened."': the marks give two spans, the first unclosed and
ending on "he said," (`quotemarks`, qg37). The inner quote's own clause, "he said,",
stands inside the first span, so the usual search for an attribution before a quote (which
stops at the quote before) never reads it, and the inner quote went on quoting Mary Lee.

Here the clause is read as the inner quote's attribution, and "he" is resolved as usual: the
names the outer speaker gives before it ("Mr. Trump") count as mentions, as the narration
they are, so that span is left out of what the name book skips as quoted. "I said," and
"we said," are the outer speaker's own: the quote keeps going to that speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.firstnames import FEMALE, MALE
from index.analysis.speechverbs import words

if TYPE_CHECKING:
    from index.analysis.attribution import Attribution
    from index.analysis.namebook import NameBook
    from index.analysis.quotemarks import QuotedSpan

_CLAUSE_SAID = re.compile(
    r"(?:^|[,;:\u2014\u2013]|\s[-\u2014\u2013])\s*((?:[\w.'’\-]+[ \t]+){1,4}?)"
    r"(?:said|says|asked|added|replied|wrote|tweeted)[ \t]*[,:][ \t]*\Z"
)
"""The clause that ends an outer quote's words before a quote in it: up to four words, then
a speech verb and its comma or colon ("he said,", "the governor said,", "Mr. Trump asked:"),
after a comma, a colon or a dash, or the outer quote's first words."""
_OWN = frozenset(["i", "we"])
"""Subjects that are the outer speaker: their quote stays with that speaker."""
_PRONOUNS = frozenset(["he", "she", "they"])
_LEADS = frozenset(["the", "my", "his", "her", "their", "our", "your", "a", "an"])
"""Words a subject that is no pronoun may open on, besides a capital ("the governor")."""
_JOINS = frozenset(["and", "but", "so", "then", "yet"])
_NOT_SUBJECT = words("is are was were be been being am not never also has have had will would")
"""Words that make the clause no subject's: a verb or adverb of its own ("straight men are
never asked,": a passive, no one quoted)."""


def inner_clauses(text: str, spans: list[QuotedSpan]) -> dict[int, int]:
    """Index of each quote that the quote before it introduces with its own "<subject>
    said," -> where that clause starts (inside the quote before)."""
    found: dict[int, int] = {}
    for k in range(1, len(spans)):
        outer, inner = spans[k - 1], spans[k]
        if outer.closed or text[outer.end : inner.start].strip():
            continue  # most quotes: closed, or narration between them
        match = _CLAUSE_SAID.search(text[outer.inner_start : outer.inner_end])
        if match is None:
            continue
        subject = match.group(1).split()
        joined = 1 if subject[0].lower() in _JOINS and len(subject) > 1 else 0
        if _subject(subject[joined:]):  # not "I said," (the outer speaker quoting themself)
            found[k] = outer.inner_start + match.start(1)
    return found


def narrated(spans: list[QuotedSpan], clauses: dict[int, int]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the quoted spans a name book should skip: every span but those
    that introduce a quote in turn (their names are who the inner quote's "he" may be)."""
    outer = {k - 1 for k in clauses}
    return [(s.start, s.end) for k, s in enumerate(spans) if k not in outer]


def _subject(words: list[str]) -> bool:
    """True when ``words`` are someone other than the outer speaker: "he", "she", "they", or
    a name or a noun phrase ("Mr. Trump", "the governor", "my father") with no verb."""
    low = [word.lower() for word in words]
    if len(low) == 1 and low[0] in _PRONOUNS:
        return True
    if low[0] in _OWN or low[0] in _PRONOUNS or any(word in _NOT_SUBJECT for word in low):
        return False
    return words[0][:1].isupper() or low[0] in _LEADS


def told_within(
    book: NameBook | None,
    found: Attribution | None,
    outer: Attribution | None,
    span: QuotedSpan,
    clause: int,
) -> Attribution | None:
    """``found`` for the inner quote whose "he said," or "she said," starts at ``clause``
    inside ``span``: the person the outer speaker names in ``span`` before it, where there
    is one, rather than the outer speaker ('Tom Lee said: "When Mr. Trump came, he said,
    "..."' -> Trump; rv46: the name book prefers who spoke, so the outer speaker won
    whenever the genders agreed)."""
    if book is None or found is None or outer is None or found.rule != "pronoun":
        return found
    pronoun = book.text[found.start : found.end].split()[0].lower()
    gender = {"he": MALE, "she": FEMALE}.get(pronoun)
    if gender is None or found.speaker != outer.speaker:
        return found
    before = frozenset(
        m.name.split()[-1].lower() for m in book.mentions if m.name and m.start < span.inner_start
    )  # everyone named before the outer quote: only its own names are left
    mention = book.last_before(clause, organisation=False, gender=gender, exclude=before)
    if mention is None or not mention.name or mention.start < span.inner_start:
        return found
    return replace(found, speaker=book.full_name(mention.name, clause))
