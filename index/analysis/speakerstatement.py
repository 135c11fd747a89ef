""" "The statement said" (sp56, issue 18): the body or person whose statement an earlier
sentence named ("the ministry said in a statement ... the statement said").

From the nearest earlier sentence that names a statement, not one that only quotes it again
("the statement added", "according to the statement") nor the words of the quote it
attributes ('"We will issue a statement," the statement said', rv65): the name before
"statement" ("A Russian Ministry of Defense statement said"), after "a statement by" ("said
a statement by the Egyptian interior ministry"), else the name that leads that sentence's
speech verb ("In a statement Friday, the Secret Service said"), as written in capitals or
as a body in lower case that a capitalised word qualifies ("the Russian foreign ministry
said"; not "the central bank said" nor "the interior ministry": `speakerlower.lower_body`).
None when that sentence gives no one ("In a statement, it apologized"): not a sentence
further back; nor for a joint statement ("In a joint statement, X and Y said") or a people
("the French said").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from index.analysis.demonyms import is_demonym

if TYPE_CHECKING:  # attribution imports this module's caller
    from index.analysis.mention import Mention
    from index.analysis.namebook import NameBook

_THE_STATEMENT = re.compile(r"^[Tt]he[ \t]+(?:[a-z]+[ \t]+)?statement$")
"""'the statement', 'the joint statement'."""
_STATEMENT = re.compile(r"\bstatement\b")
_AGAIN = re.compile(
    r"(?:[Tt]he|[Tt]his)[ \t]+(?:[a-z]+[ \t]+)?\Z|(?:to|in|from)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?\Z"
)
"""Before "statement": one named already ("the statement added", "according to the
statement"), which names no one."""
_JOINT = re.compile(r"\bjoint[ \t]+\Z")
_BY = re.compile(r"[ \t]+(?:issued[ \t]+|released[ \t]+)?by[ \t]+")
_SPEECH = re.compile(
    r"\b(?:said|says|told|added|announced|stated|apologi[sz]ed|confirmed|warned|lauded)\b"
)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9\"”)])\.[ \t]+(?=[A-Z\"“])|\n")


def statement_back(
    description: str | None,
    book: NameBook,
    start: int,
    lower_body: Callable[[str, int, int], str | None],
) -> str | None:
    """Who "the statement" (``description``, at ``start``) was by (see the module)."""
    if description is None or _THE_STATEMENT.match(description) is None:
        return None
    text = book.text
    for found in reversed(list(_STATEMENT.finditer(text, max(0, start - 1500), start))):
        if _AGAIN.search(text, max(0, found.start() - 20), found.start()):
            continue
        if _quoted_here(text, found.start(), start):
            continue  # the quote's own words ('"We will issue a statement," the statement said')
        if _JOINT.search(text, max(0, found.start() - 8), found.start()):
            return None  # "In a joint statement, X and Y said": two
        lo, hi = _sentence(text, found.start(), start)
        by = _by(book, found.start(), found.end(), lo, hi, lower_body)
        return None if by is None or is_demonym(by.lower()) else by  # not "the French said"
    return None


def _quoted_here(text: str, at: int, start: int) -> bool:
    """True when ``at`` lies inside the quotation that closes right before ``start`` (the
    quote "the statement said" at ``start`` attributes, in its paragraph), rv65."""
    lo = text.rfind("\n", 0, at) + 1
    if text.find("\n", at, start) >= 0:
        return False
    before = text[lo:at]
    inside = before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")
    marks = [c for c in text[at:start] if c in '"“”']
    return inside and len(marks) == 1 and marks[0] in '"”'


def _sentence(text: str, at: int, limit: int) -> tuple[int, int]:
    """The bounds of the sentence around ``at`` (not past ``limit``), in its paragraph."""
    lo = text.rfind("\n", 0, at) + 1
    for end in _SENTENCE_END.finditer(text, lo, at):
        lo = end.end()
    after = _SENTENCE_END.search(text, at, limit)
    return lo, after.start() if after else limit


def _by(
    book: NameBook,
    at: int,
    end: int,
    lo: int,
    hi: int,
    lower_body: Callable[[str, int, int], str | None],
) -> str | None:
    """Who the sentence ``text[lo:hi]`` naming a statement at ``at:end`` says it is by."""
    text = book.text
    mentions = [m for m in book.between(lo, hi) if m.name]
    before = [
        m
        for m in mentions
        if m.start < at and text[m.start : at].rstrip().endswith(m.name.split()[-1])
    ]
    if before and at - (text.find(before[-1].name, before[-1].start) + len(before[-1].name)) <= 2:
        return before[-1].name  # "A Russian Ministry of Defense statement said"
    by = _BY.match(text, end)
    if by is not None:
        after = [m for m in mentions if by.end() <= m.start <= by.end() + 4]
        if after:
            return after[0].name
        return lower_body(text, by.end(), hi)  # "by the interior ministry"
    verb = _SPEECH.search(text, lo, hi)
    if verb is None:
        return None
    spoke = [m for m in mentions if m.start < verb.start() and m.speaker]
    if spoke:
        return spoke[-1].name if not _between_clause(text, spoke[-1], verb.start()) else None
    clause = text.rfind(",", lo, verb.start())
    return lower_body(text, clause + 1 if clause >= 0 else lo, verb.end())


def _between_clause(text: str, mention: Mention, verb: int) -> bool:
    """True when a long clause lies between the name and its verb."""
    name = mention.name
    at = text.find(name, mention.start)
    gap = text[at + len(name) : verb] if at >= 0 else ""
    return "," in gap and len(gap) > 40
