"""A stock phrase is not a clip of every quotation that happens to contain it.

"at the end of the day", "in a very short period of time": a quote of few content words
is found, word for word, inside long quotations that have nothing to do with it. A clip
this short joins the quotation that contains it (`quote_links.split`) only when that tells
something: when it holds more than half the longer quote's content words, or its speaker
is one of the longer quote's (by surname), or a side names no speaker, or the two ran
within `STOCK_DAYS` of each other (a reprint, its speaker often misread: the quotation
given to the person it is about, or to the outlet).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from index.analysis.speechverbs import ORG_WORDS
from index.analysis.words import STOPWORDS

__all__ = [
    "COMMON_LENGTH",
    "COMMON_WORDS",
    "SHORT_STATEMENT_DAYS",
    "STOCK_DAYS",
    "STOCK_SHARE",
    "STOCK_WORDS",
    "common_apart",
    "day",
    "one_statement",
    "said_together",
    "short_clip_told",
    "stock_apart",
    "surname",
]

STOCK_WORDS = 4
"""A clip of this many content words (not `STOPWORDS`) or fewer may be a stock phrase."""
STOCK_SHARE = 0.5
"""...when its content words are at most this share of the longer quote's."""
STOCK_DAYS = 3
"""...and when it ran more than this many days from every quote that contains it."""

Key = tuple[str, int]
Words = Sequence[str]


def surname(name: str | None) -> str | None:
    """A speaker's last word, lower-cased ("Tillerson" for "Rex Tillerson"), or None."""
    words = (name or "").split()
    return words[-1].lower() if words else None


def _given(name: str | None) -> str | None:
    """A full name's first word, lower-cased ("geert" for "Geert Wilders"), or None for a
    bare surname."""
    words = (name or "").split()
    return words[0].lower() if len(words) > 1 else None


def stock_apart(
    clip: Iterable[Key],
    around: Iterable[Key],
    words: Callable[[Key], Words],
    speaker_of: Callable[[Key], str | None],
    date_of: Callable[[Key], str | None],
) -> bool:
    """True when the ``clip`` quotes (one form, reprinted) are a stock phrase inside the
    ``around`` quotes that contain them, said by someone else: each clip quote has at most
    `STOCK_WORDS` content words and at most `STOCK_SHARE` of those of every quote
    around it, the two sides name speakers, no surname on both, and every clip quote ran
    more than `STOCK_DAYS` from every quote around it (both dated)."""
    clip = list(clip)
    most = max(_content(words(k)) for k in clip)
    if most > STOCK_WORDS:  # most clips: no stock phrase, nothing more to ask
        return False
    around = list(dict.fromkeys(around))
    if most > STOCK_SHARE * min(_content(words(k)) for k in around):
        return False
    mine = {surname(speaker_of(k)) for k in clip} - {None}
    theirs = {surname(speaker_of(k)) for k in around} - {None}
    if not mine or not theirs or mine & theirs:
        return False
    days = [day(date_of(k)) for k in clip]
    others = [day(date_of(k)) for k in around]
    return all(
        d is not None and o is not None and abs((d - o).days) > STOCK_DAYS
        for d in days
        for o in others
    )


COMMON_WORDS = 1
"""A quotation of this many content words (not `STOPWORDS`) or fewer..."""
COMMON_LENGTH = 4
"""...and this many words or fewer is common words ("This is a disaster!", "I love you"):
said by many people, about many things. A longer one is a phrase someone made ("now is
not the time", Theresa May's, reprinted for weeks)."""


def common_apart(
    a: Key,
    b: Key,
    words: Callable[[Key], Words],
    speaker_of: Callable[[Key], str | None],
    date_of: Callable[[Key], str | None],
    outlet_of: Callable[[Key], str | None] | None = None,
) -> bool:
    """True when two alike quotes of common words (`COMMON_LENGTH` words or fewer each,
    `COMMON_WORDS` content words or fewer) are no evidence of one quotation: no surname
    names both and they ran more than `SHORT_STATEMENT_DAYS` apart (both dated), in two
    outlets (an outlet reruns its own background passage: Deutsche Welle's Tillerson
    "having an effect," five days on). James Corden's "this is a disaster!" at the
    Grammys and an Indian woman's "This is a disaster," three days later were one group
    (nu38 #1)."""
    if max(len(words(a)), len(words(b))) > COMMON_LENGTH:
        return False
    if max(_content(words(a)), _content(words(b))) > COMMON_WORDS:
        return False
    mine, theirs = surname(speaker_of(a)), surname(speaker_of(b))
    if mine is not None and mine == theirs:
        return False
    if outlet_of is not None and outlet_of(a) is not None and outlet_of(a) == outlet_of(b):
        return False
    when, then = day(date_of(a)), day(date_of(b))
    return when is not None and then is not None and abs((when - then).days) > SHORT_STATEMENT_DAYS


def said_together(
    a: Key,
    b: Key,
    speaker_of: Callable[[Key], str | None],
    date_of: Callable[[Key], str | None],
) -> bool:
    """True when both quotes' articles name a speaker, the same by surname, and both are
    dated within `STOCK_DAYS` of each other (what two quotes overlapping by a few words
    need to be one quotation, `quote_links.SAID_OVERLAP`)."""
    mine, theirs = surname(speaker_of(a)), surname(speaker_of(b))
    if mine is None or mine != theirs:
        return False
    # a body's last word is no surname ("White House", "Capitol Police"): two bodies must be
    # named alike whole (rv23)
    whole = [" ".join((speaker_of(k) or "").lower().split()) for k in (a, b)]
    if (mine in ORG_WORDS or mine.rstrip("s") in ORG_WORDS) and whole[0] != whole[1]:
        return False
    when, then = day(date_of(a)), day(date_of(b))
    return when is not None and then is not None and abs((when - then).days) <= STOCK_DAYS


ONE_STATEMENT_WORDS = 8
"""A clip of this many words or more, inside quotes of two groups or more, joins them when
all ran within `STOCK_DAYS` of each other..."""
SHORT_STATEMENT_DAYS = 1
"""...a shorter clip (five to seven words: "nobody that I know of", "the wrong kind of
populism") only when all ran within this many days: a phrase that short is one a speaker
says again on other days ("a fair, up-or-down vote", Spicer's on the 24th and on the 27th
of March, two statements), while the parts of one answer run the same day or the next."""


def one_statement(
    clip: Sequence[Key],
    around: Sequence[Key],
    words: Callable[[Key], Words],
    speaker_of: Callable[[Key], str | None],
    date_of: Callable[[Key], str | None],
) -> bool:
    """True when the ``around`` quotes that contain the ``clip`` quotes are one speaker's
    statement quoted in parts (one outlet ran its first sentences, another a shared
    sentence and what follows): every quote names one speaker or none, by surname (no
    body: "White House"), full names agree on their first word (Joe and Hunter Biden are
    two), at least one names them, and all ran within `STOCK_DAYS` of each other when every
    clip quote has `ONE_STATEMENT_WORDS` words or more, else within `SHORT_STATEMENT_DAYS`
    (a clip has five words at least: `quote_relation.MIN_CLIP_WORDS`)."""
    within = (
        STOCK_DAYS
        if min(len(words(k)) for k in clip) >= ONE_STATEMENT_WORDS
        else SHORT_STATEMENT_DAYS
    )
    keys = [*clip, *around]
    names = {surname(speaker_of(k)) for k in keys}
    names.discard(None)
    if len(names) != 1:
        return False
    givens = {_given(speaker_of(k)) for k in keys}  # "Hunter" and "Joe" Biden are two
    givens.discard(None)
    if len(givens) > 1:
        return False
    name = names.pop() or ""
    if name in ORG_WORDS or name.rstrip("s") in ORG_WORDS:
        return False
    days = [day(date_of(k)) for k in keys]
    known = [d for d in days if d is not None]
    return len(known) == len(days) and (max(known) - min(known)).days <= within


def short_clip_told(
    clip: Key,
    around: Key,
    speaker_of: Callable[[Key], str | None],
    date_of: Callable[[Key], str | None],
) -> bool:
    """True when a clip of three or four words (`quote_relation.SHORT_CLIP`) is a clip of
    the quote ``around`` it, not a phrase two quotations share: no two surnames name the
    two (one side may name no one), and both ran within `SHORT_STATEMENT_DAYS` (both
    dated). An outlet that clips a quotation to a few words runs it the day the quotation
    is news (nu47 #6: Daily Wire's "integrity of the investigation." of Pelosi's words in
    NPR); "part of the process", said by two people about two things, has their two names
    or days between them."""
    mine, theirs = surname(speaker_of(clip)), surname(speaker_of(around))
    if mine is not None and theirs is not None and mine != theirs:
        return False
    when, then = day(date_of(clip)), day(date_of(around))
    return when is not None and then is not None and abs((when - then).days) <= SHORT_STATEMENT_DAYS


def _content(words: Words) -> int:
    return sum(w not in STOPWORDS for w in words)


def day(text: str | None) -> date | None:
    """The day of an ISO 8601 date (its first ten characters), or None."""
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
