"""Quotations in one article: exact spans, speakers and attributions, as plain data.

``extract_quotes(body)`` is pure and headless: it reads the cleaned body only, so the quotes
of an article are computed once and kept (JSON) with the index generation.

Offsets: ``body[q.start:q.end] == q.text`` always, and the span *includes* the quotation
marks (from the opening mark to the closing one), so a reader can light the quotation as it
stands in the article and an unclosed quote shows that it is unclosed. ``q.inner`` gives
the quoted words without the outer marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from index.analysis.quote_tweets import Tweet, inside_tweet, masked, tweets
from index.analysis.quotemarks import QuotedSpan, quoted_spans
from index.analysis.speakerdash import trimmed
from index.text.composed import composed

if TYPE_CHECKING:  # attribution (its name lists) loads with the first extraction
    from index.analysis.attribution import Attribution

__all__ = [
    "MIN_QUOTE_WORDS",
    "Quote",
    "compared_words",
    "extract_quotes",
    "quotation_text",
    "quote_words",
]

MIN_QUOTE_WORDS = 3
"""The fewest words a quotation needs to be reported (shorter ones are mostly scare quotes)."""
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_GLUED = re.compile(r"[\[(](\w{1,3})[\])](?=\w)|(?<=\w)[\[(](\w{1,3})[\])]")
"""A bracketed letter or two glued to a word: an edit of the word ("[S]ince", "(R)umor",
"constitute(s)"), read as the word."""
_GOES_ON = re.compile(r'(?<=[.!?…])(\s+)["“](?=[A-Z])')
"""An opening mark after a sentence's end inside a quote: the next paragraph's, which goes
on with the quote (its break lost in a copy: 'Secretary. "Let's improve', nu31 #8)."""
_NAMED_BEFORE = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}):\s*$")
"""A name and a colon just before a quote in a tweet ("Theresa May: 'We want ...'")."""
_DOUBLE_MARKS = re.compile('["“”]')
_LOST_APOSTROPHE = re.compile(r'(?<=\wn)"(?=t\b)')
"""'didn"t': the corpora's copies write some apostrophes as a double mark."""
_EDITORIAL = re.compile(r"\s*(?:\[[^\[\]()]{1,60}\]|\([^\[\]()]{1,60}\))")
_KINGDOM = re.compile(r"\bU\.?K\.?(?=\W|$)")
""""UK" and "U.K.": "United Kingdom" to grouping (qg39, p16: "every person in the UK" is
the clip of "every person in the whole United Kingdom" another outlet ran)."""
"""Bracketed words: the editor's ("he [Trump] is", "blame him (the Washington state judge)
and", "[It is] another example"), left out of what grouping compares."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in one article body.

    Attributes:
        start: Offset of the opening quotation mark.
        end: Offset just past the closing mark (for an unclosed quote: the end of the
            paragraph it stops in).
        text: ``body[start:end]``, marks included.
        speaker: Who the article says spoke, as fully as it names them ("Elizabeth
            Warren" even where it says "Warren" or "she"), or None.
        description: The speaker's title or role ("Foreign Ministry spokesperson"), or
            the role alone when no name is given ("the lawsuit", "a senior official").
        attribution: ``(start, end)`` of the words that attribute it ("Ban told
            reporters"), or None.
        rule: How the speaker was found (see ``Attribution.rule``), or "none".
        closed: False when the quote never closes before its paragraph ends.
        paragraphs: How many paragraphs it runs over.
        inner_start: Offset just past the opening mark.
        inner_end: Offset of the closing mark (``end`` when unclosed).
    """

    start: int
    end: int
    text: str
    speaker: str | None
    description: str | None
    attribution: tuple[int, int] | None
    rule: str
    closed: bool = True
    paragraphs: int = 1
    inner_start: int = 0
    inner_end: int = 0

    @property
    def inner(self) -> str:
        """The quoted words without the outer marks (inner marks of later paragraphs kept)."""
        return self.text[self.inner_start - self.start : self.inner_end - self.start]

    @property
    def words(self) -> tuple[str, ...]:
        """The quotation's words, lower-cased, without punctuation or bracketed words: what
        grouping compares (`compared_words`)."""
        return compared_words(self.text)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (``from_json`` reads it back)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "description": self.description,
            "attribution": list(self.attribution) if self.attribution else None,
            "rule": self.rule,
            "closed": self.closed,
            "paragraphs": self.paragraphs,
            "inner": [self.inner_start, self.inner_end],
        }

    def __reduce__(self) -> tuple[type[Quote], tuple[Any, ...]]:
        """Pickled as its fields in order: the index workers send every quote to the main
        process, and a slotted dataclass's own pickling calls ``fields()`` for each."""
        fields = (self.start, self.end, self.text, self.speaker, self.description)
        rest = (self.closed, self.paragraphs, self.inner_start, self.inner_end)
        return (Quote, (*fields, self.attribution, self.rule, *rest))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Quote:
        """Read a quote written by ``to_json``."""
        attribution = data.get("attribution")
        inner = data.get("inner") or [data["start"], data["end"]]
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            speaker=data.get("speaker"),
            description=data.get("description"),
            attribution=(int(attribution[0]), int(attribution[1])) if attribution else None,
            rule=str(data.get("rule", "none")),
            closed=bool(data.get("closed", True)),
            paragraphs=int(data.get("paragraphs", 1)),
            inner_start=int(inner[0]),
            inner_end=int(inner[1]),
        )


def quotation_text(inner: str) -> str:
    """The quoted words as they read alone: ``inner`` without the spaces around it, the
    comma, semicolon or colon that the sentence puts before the closing mark
    (``"It's happening," he said`` -> ``It's happening``) and the opening marks of the
    paragraphs it goes on to (``Secretary. "Let's improve`` -> ``Secretary. Let's improve``).
    """
    text = inner.strip().rstrip(",;:").rstrip()
    if '"' in text or "“" in text:
        text = _without_goes_on(text)
    return text


def _without_goes_on(text: str) -> str:
    """``text`` without the opening marks of the paragraphs it goes on to: a mark after a
    sentence's end that nothing closes before the next such mark (a quote inside the quote,
    'He said: "Go home."', is closed and stays)."""
    found = list(_GOES_ON.finditer(text))
    if not found:
        return text
    kept: list[str] = []
    at = 0
    for k, mark in enumerate(found):
        stop = found[k + 1].start() if k + 1 < len(found) else len(text)
        if _DOUBLE_MARKS.search(text, mark.end(), stop) is None:
            kept.append(text[at : mark.end(1)])
            at = mark.end()
    kept.append(text[at:])
    return "".join(kept)


def quote_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower-cased, curly apostrophes made straight, no punctuation."""
    found = [word.lower() for word in _WORD.findall(text)]
    if "’" in text:
        found = [word.replace("’", "'") for word in found]
    return tuple(found)


def compared_words(text: str) -> tuple[str, ...]:
    """The words grouping compares: `quote_words` of ``text`` without the words in brackets
    or parentheses, which one outlet adds to its copy ("he [Trump] is demonstrating") and
    another has not; a bracketed letter glued to a word ("[S]ince") stays in the word, and
    "you'r" (the corpora's copies lose the e with a curly apostrophe) is "you're", and
    'didn"t' (their apostrophe written as a double mark) is "didn't": read as two words,
    "didn" and "t", it lost its negation, and its reprint with "didn't" was another
    quotation; "UK" and "U.K." are "United Kingdom" (one outlet's clip abbreviates)."""
    if '"t' in text:
        text = _LOST_APOSTROPHE.sub("'", text)
    if "[" in text or "(" in text:
        text = _GLUED.sub(lambda m: m.group(1) or m.group(2), text)
        text = _EDITORIAL.sub(" ", text)
    if "UK" in text or "U.K" in text:
        text = _KINGDOM.sub("United Kingdom", text)
    words = quote_words(text)
    if ("'r" in text or "’r" in text) and any(w.endswith("'r") for w in words):  # "you'r"
        words = tuple(w + "e" if w.endswith("'r") else w for w in words)
    return words


def extract_quotes(body: str, min_words: int = MIN_QUOTE_WORDS) -> tuple[Quote, ...]:
    """Find the quotations of an article body and who said each.

    Quotation marks of every style are read (straight and curly double and single quotes,
    guillemets either way round, German low marks), single quotes inside double ones stay
    part of the outer quote, a quote over several paragraphs is one quote, and partial
    quotes inside a sentence count when they have ``min_words`` words. A quoted title or
    name in Title Case ("Good Morning America", "State of the Union") is no quotation.

    Args:
        body: A cleaned article body (any text is accepted).
        min_words: The fewest words a quotation needs.

    Returns:
        The quotations in document order, their offsets into ``body`` (their speakers
        composed, NFC, where the body writes accents as combining marks).
    """
    mapped = composed(body)
    if mapped is not None:  # "José" with a combining accent: read it composed (`composed`)
        text, where = mapped
        return tuple(_moved(q, body, where) for q in _extract(text, min_words))
    return _extract(body, min_words)


def _extract(body: str, min_words: int) -> tuple[Quote, ...]:
    # embedded tweets (`quote_tweets`): marks are read with their signatures blanked, so
    # a signature's lost dash ('"?Donald') pairs with no mark
    read = masked(body)
    spans = [s for s in quoted_spans(read) if _long_enough(read, s, min_words)]
    from index.analysis.attribution import attribute
    from index.analysis.quotetitles import is_title

    attributions = attribute(read, spans)
    found = [
        _quote(body, s, a)
        for s, a in zip(spans, attributions, strict=True)
        # "Good Morning America": a name, not words said (`attribute` gives a title None)
        if a is not None or not is_title(read, s)
    ]
    if read is body:
        return tuple(found)
    embedded = tweets(body)  # a quote of no one in a tweet is the tweet's words ("wires
    # tapped"), unless the tweet names whose words it gives ("Donald Tusk: 'There is ...'")
    found = [
        named_in_tweet(body, q) or q
        for q in found
        if q.speaker or not inside_tweet(q.start, q.end, embedded) or named_in_tweet(body, q)
    ]
    # a tweet giving another's words ("Theresa May: '...'") is theirs, not the account's
    found += [
        _tweet_quote(body, t)
        for t in embedded
        if _tweet_long_enough(body, t, min_words)
        and not any(t.start <= q.start and q.end <= t.end for q in found)
    ]
    return tuple(sorted(found, key=lambda q: q.start))


def named_in_tweet(body: str, quote: Quote) -> Quote | None:
    """A quote of no one in a tweet, given to the name the tweet writes before it and a
    colon (a news account's "Donald Tusk: 'There is no reason ...'"), or None."""
    if quote.speaker:
        return None
    name = _NAMED_BEFORE.search(body, max(0, quote.start - 60), quote.start)
    if name is None:
        return None
    speaker = name.group(1)
    return replace(quote, speaker=speaker, attribution=name.span(1), rule="tweet named")


def _tweet_long_enough(body: str, tweet: Tweet, min_words: int) -> bool:
    return len(_WORD.findall(body, tweet.start, tweet.end)) >= min_words


def _tweet_quote(body: str, tweet: Tweet) -> Quote:
    """An embedded tweet as a quotation: no marks, so its inner words are all of it; the
    signature attributes it, the handle is the speaker's description."""
    return Quote(
        start=tweet.start,
        end=tweet.end,
        text=body[tweet.start : tweet.end],
        speaker=tweet.speaker,
        description=tweet.handle,
        attribution=tweet.signature,
        rule="tweet",
        inner_start=tweet.start,
        inner_end=tweet.end,
    )


def _long_enough(body: str, span: QuotedSpan, min_words: int) -> bool:
    for count, _ in enumerate(_WORD.finditer(body, span.inner_start, span.inner_end), 1):
        if count >= min_words:
            return True
    return False


def _quote(body: str, span: QuotedSpan, attr: Attribution | None) -> Quote:
    return Quote(
        start=span.start,
        end=span.end,
        text=body[span.start : span.end],
        speaker=trimmed(attr.speaker) if attr else None,  # "Amnesty International-also"
        description=attr.description if attr else None,
        attribution=(attr.start, attr.end) if attr else None,
        rule=attr.rule if attr else "none",
        closed=span.closed,
        paragraphs=span.paragraphs,
        inner_start=span.inner_start,
        inner_end=span.inner_end,
    )


def _moved(quote: Quote, body: str, where: list[int]) -> Quote:
    """A quote found in the composed text, on the offsets of ``body`` (`composed`)."""
    start, end = where[quote.start], where[quote.end]
    attribution = quote.attribution
    return replace(
        quote,
        start=start,
        end=end,
        text=body[start:end],
        attribution=(where[attribution[0]], where[attribution[1]]) if attribution else None,
        inner_start=where[quote.inner_start],
        inner_end=where[quote.inner_end],
    )
