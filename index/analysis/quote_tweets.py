"""Embedded tweets pasted into a body as plain text: quotations, with their speaker.

A web page's embedded tweet reaches the corpora as its text followed by the embed's
signature, ``<tweet> — Donald J. Trump (@realDonaldTrump) March 4, 2017`` (in
newsarticles the dash is lost as ``"?``, and a ``pic.twitter.com/...`` link may come before
it). Read by quotation marks alone, the tweet was missed, or its own inner marks ("wires
tapped") became a quote of no one, and the lost dash's mark paired with other marks.

Where a tweet begins is not written. The start taken is conservative: whole sentences
(or a telling's colon, "Trump tweeted: ...") back from the signature, no further than the
previous signature or the paragraph's start, and no more than a tweet can hold (140
characters before 7 November 2017, 280 after): a prose sentence before the tweet would
make it longer than a tweet. When even the last sentence is too long, the tweet's start is
unknown and no quote is made (its signature is still no quotation mark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Tweet", "inside_tweet", "masked", "tweets"]

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SIGNATURE = re.compile(
    r"(?P<dash>\"\?|[—–]|--|(?<=\s)-(?=\s)|\?)\s?"
    r"(?P<name>[^\s()@\"—–][^()\n\"—–]{0,60}?)\s\((?P<handle>@\w{1,15})\)\s"
    rf"(?P<month>{_MONTHS})\s(?P<day>\d{{1,2}}),\s(?P<year>\d{{4}})"
)
"""The embed's signature: a dash (or the corpora's lost one), the name, the handle in
brackets, the date."""
_LINK = re.compile(r"\s*(?:https?://\S+|pic\.twitter\.com/\S+)\s*$")
"""A link ending the tweet (a picture's or a shortened one): no words said."""
_BOUNDARY = re.compile(
    r"(?<=[.!?…])[\"”’']?\s+|\b(?:\w+ed|said|says|wrote|writes|tweets|posts):\s+|\n\s*"
)
"""Where a sentence ends, or a telling's colon ("he tweeted: "), or a paragraph."""
_TOLD = re.compile(r"\b(?:said|added|wrote|tweeted|posted|told)(?: \w+){0,3}[.:][\"”’']?\s+")
"""The end of the article's own telling ("Mrs May added. ", "He added: "): past tense is the
article's prose (a news account's tweet says "McGrath says: ..."), so no tweet starts before
it."""
_LEADING = frozenset(".,;:!?-–—")
"""Punctuation a tweet does not start with (left after a quote it starts past)."""
_LONGER_TWEETS = (2017, 11, 7)
"""The day tweets grew from 140 characters to 280."""
_MONTH_NUMBER = {month: k for k, month in enumerate(_MONTHS.split("|"), 1)}


@dataclass(frozen=True, slots=True)
class Tweet:
    """One embedded tweet of a body.

    Attributes:
        start: Offset of the tweet's first character (as far back as it is sure).
        end: Offset just past its last character (before a closing link and the dash).
        signature: ``(start, end)`` of the signature, dash to year.
        speaker: The name in the signature ("Donald J. Trump").
        handle: The account ("@realDonaldTrump").
        date: The signature's date, ISO ("2017-03-04").
    """

    start: int
    end: int
    signature: tuple[int, int]
    speaker: str
    handle: str
    date: str


def tweets(body: str) -> list[Tweet]:
    """The embedded tweets of ``body`` whose start can be told, in order (see the module)."""
    signs = list(_SIGNATURE.finditer(body))
    if not signs:
        return []
    from index.analysis.quotemarks import quoted_spans

    # quotes read with the signatures blanked: a tweet starts in none (the words before it
    # "I have to deal in fact" closing a quote the article opened are not the tweet's)
    quoted = [(q.start, q.end) for q in quoted_spans(_blanked(body, [s.span() for s in signs]))]
    found: list[Tweet] = []
    after = 0  # the previous signature's end: no tweet starts before it
    for sign in signs:
        tweet = _tweet(body, sign, after, quoted)
        after = sign.end()
        if tweet is not None:
            found.append(tweet)
    return found


def masked(body: str) -> str:
    """``body`` with each signature written as spaces (same length, offsets kept): what
    quotation marks are read in, so a signature's lost dash ('"?Donald') pairs with no
    mark. A tweet's inner marks are still read: a quote in it that names its speaker
    ("Donald Tusk: 'There is no reason ...'") is that speaker's; one of no one is dropped
    (`inside_tweet`)."""
    if "(@" not in body:
        return body
    spans = [m.span() for m in _SIGNATURE.finditer(body)]
    return _blanked(body, spans) if spans else body


def inside_tweet(start: int, end: int, found: list[Tweet]) -> bool:
    """Whether ``[start, end)`` lies within one of the tweets ``found``."""
    return any(t.start <= start and end <= t.end for t in found)


def _blanked(body: str, spans: list[tuple[int, int]]) -> str:
    chars = list(body)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _tweet(
    body: str, sign: re.Match[str], after: int, quoted: list[tuple[int, int]]
) -> Tweet | None:
    year, month, day = int(sign["year"]), _MONTH_NUMBER[sign["month"]], int(sign["day"])
    limit = 280 if (year, month, day) >= _LONGER_TWEETS else 140
    end = sign.start()
    link = _LINK.search(body, after, end)
    while link is not None and link.start() < end:
        end = link.start()
        link = _LINK.search(body, after, end)
    while end > after and body[end - 1].isspace():
        end -= 1
    paragraph = body.rfind("\n", after, end)
    floor = max(after, paragraph + 1)
    for told in _TOLD.finditer(body, floor, end):  # "Mrs May added. <tweet>": prose before
        floor = told.end()
        for q_start, q_end in quoted:  # 'He added: "It was the right call." <tweet>'
            if q_start == floor:
                floor = q_end
    start = _start(body, floor, end, limit, quoted)
    if start is None:
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    name = sign["name"].strip()
    return Tweet(start, end, sign.span(), name, sign["handle"], date)


def _start(
    body: str, floor: int, end: int, limit: int, quoted: list[tuple[int, int]]
) -> int | None:
    """The earliest sentence start in ``body[floor:end]`` from which the rest fits in a
    tweet of ``limit`` characters, or None when the last sentence alone does not; a start
    inside a quote that opens before it moves past the quote."""
    starts = [floor] + [b.end() for b in _BOUNDARY.finditer(body, floor, end) if b.end() < end]
    for start in starts:
        for q_start, q_end in quoted:
            if q_start < start < q_end:
                start = q_end
        while start < end and (body[start].isspace() or body[start] in _LEADING):
            start += 1
        # after a closing mark, "the Taoiseach is asked." goes on with the sentence
        lower = start > floor and body[start : start + 1].islower()
        if start < end and end - start <= limit and not lower:
            return start
    return None
