"""Split article text into sentences with character offsets (pysbd rules, fast paths)."""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pysbd
from pysbd.lang.english import English


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a text: ``text[start:end] == self.text`` (stripped).

    Attributes:
        start: Offset of the first character in the source text.
        end: Offset just past the last character.
        text: The sentence itself, without surrounding whitespace.
    """

    start: int
    end: int
    text: str


# A line is always its own unit: paragraph breaks and single line breaks both end a sentence.
_LINE = re.compile(r"[^\n]+")

# Where a sentence could end inside a line: terminal punctuation, closing quotes/brackets,
# whitespace, then something that could start a sentence. A line without one is one sentence
# and never reaches pysbd.
_CANDIDATE = re.compile(r"[.!?…][\"'”’)\]]*\s+[\"'“‘(\[]?[A-Z0-9]")

# Boundaries that are certain without pysbd, found first because pysbd costs about 2 ms a
# call: a word of two or more letters (not one of pysbd's own abbreviations: "Gen.", "Mr.",
# "Calif.", "vs.") or a number of two or more digits ends with a full stop (closing quotes
# allowed) or a bare ! or ?, then whitespace and a capital. Initials, "U.S.", "p.m." and
# ellipses are preceded by a full stop, so they never match and are left to pysbd.
_SURE = re.compile(
    r"(?<![\w.])(?P<word>[A-Za-z]{2,}|\d{2,})(?:\.[\"'”’)\]]*|[!?])(?P<gap>\s+)"
    r"(?=[\"'“‘(\[]?[A-Z])"
)
# A space lost after a sentence's end, a dash or a run of them in its place ("in the US.-According",
# "area.- The", 'unpredictable. - - - "Once'; nu49 #4): as sure as a space, for a word, a number
# of any length, a unit after a number ("5.20am.- Fifteen") or a closing quote or bracket before
# the mark. The dashes fall between the sentences, or after the last one at a line's end.
# "U.S.-Russia", "a.m.-Permar" (a full stop before the word), "Mr.-Putin" (an abbreviation) and
# 'them,"-Harrison' (no sentence's end) never match.
_DASHED = re.compile(
    r"(?:(?<![\w.])(?P<word>[A-Za-z]{2,}|\d+)|(?<=\d)[a-z]{1,2}|[\"'”’)\]])[.!?][\"'”’)\]]*"
    r"(?P<gap>\s*-[\s-]*)(?=[\"'“‘(\[]?[A-Z]|$)"
)
_ABBREVIATIONS = frozenset(English.Abbreviation.ABBREVIATIONS)
_PREPOSITIVE = frozenset(English.Abbreviation.PREPOSITIVE_ABBREVIATIONS) - {"st"}
"""pysbd's titles that stand before a name ("Sen.", "Rep.", "Gov."): never a sentence's end
("St." may be a street's, at the end of one)."""
_FULL_STOP = re.compile(r"[.!…][\"'”’)\]]*\??$")
_QUOTE_END = re.compile(r"[.?!…][\"”’']$")
_STOP_END = re.compile(r"[.?!…]$")
_CLOSE_THEN = re.compile(r"[\"”’']\s+")
"""A piece that opens with a quotation's closing mark: pysbd cut before it ('it.' | '" X said.')."""
"""A piece that ends a quotation with its own sentence's end ('"Is that in the record?"')."""
_SPEECH = (
    r"(?:said|says|asked|asks|added|adds|replied|replies|wrote|writes|tweeted|told\s+(?:reporters"
    r"|me|us|him|her|them|[A-Z][\w'’-]+)|continued|explained|insisted|recalled|shouted|yelled"
    r"|exclaimed|wondered|remarked|noted|laughed|joked|answered|responded|cried|pleaded|demanded|urged"
    r"|texted|was\s+asked)"
)
_WHEN = (
    r"(?:[a-z]+ly|again|later|then|today|tonight|yesterday|recently|afterward|afterwards"
    r"|(?:(?:on|last)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon"
    r"|evening|night))?|last\s+(?:week|month|year|night)|in\s+an?\s+(?:[a-z]+\s+){0,3}voice"
    r"|in\s+an?\s+(?:interview|statement)(?:\s+with\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})?)"
)
_NAME = (
    r"(?:(?:Mr|Mrs|Ms|Dr|[A-Z])\.\s*)?[A-Z][\w'’-]+"
    r"(?:\s+(?:(?:de|da|del|dos|du|van|von|der|den|bin|al|la|le)\s+)?(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3}"
)
_ATTRIBUTION = re.compile(
    rf"(?:{_NAME}|He|She|They|I|We|[Tt]he\s+[a-z]+)\s+{_SPEECH}(?:,?\s+{_WHEN})?\.(?=\s|\Z)"
)
"""A sentence that is only a speaker and a speech verb, perhaps an adverb or a time ("Friedland
asked.", "John Smith said on Monday.", "she said quietly."): the attribution of the quotation
before it, which pysbd leaves alone after a quoted question or exclamation (qp52)."""
_LAST_WORD = re.compile(r"([A-Za-z]+)\.[\"'”’)\]]*$")
WEEKDAY_STOPS = frozenset(
    ["mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"]
)
"""A weekday's abbreviations, whose full stop ends no sentence before a day (`DAY_AFTER`)."""
DAY_AFTER = re.compile(
    r",|\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d",
    re.IGNORECASE,
)
"""What follows a weekday's abbreviation that ends no sentence: a comma, a day, a month
("on Fri., March 20", "Thurs. March 19"; nu82: the corpora's one "Thurs." and twelve "Sun."
all end a sentence, "We will be closed on Thurs. Immigrants ...", "the Baltimore Sun.")."""

_SEGMENTERS = threading.local()
"""A pysbd segmenter for each thread (`_segmenter`). A Segmenter keeps the text it splits on
itself (``self.original_text``) and finds its sentences in whatever text is there when it
looks, so two threads sharing one got each other's (rv62: 158 of 800 calls, two threads;
the comparison's warm-up, fx146, runs beside the first `c`'s comparison and an update's
cleaning). Not a lock: a child forked while another thread held it would wait for good
(`index.store.aside` forks from the reader's threads); a segmenter costs ~1.3 µs to make."""


def _segmenter() -> pysbd.Segmenter:
    """This thread's pysbd segmenter (see `_SEGMENTERS`)."""
    segmenter: pysbd.Segmenter | None = getattr(_SEGMENTERS, "segmenter", None)
    if segmenter is None:
        segmenter = _SEGMENTERS.segmenter = pysbd.Segmenter(language="en", clean=False)
    return segmenter


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences, each with its character offsets.

    Line breaks (paragraph breaks and single newlines alike) always end a sentence. Inside a
    line, pysbd's rules decide, so "U.S.", "Gen.", "Mr.", "Jan.", initials and decimals do not
    break a sentence, and a sentence that ends inside a closing quote keeps the quote.

    Args:
        text: Any text; article bodies are cleaned text with paragraphs.

    Returns:
        The sentences in document order; ``text[s.start:s.end] == s.text`` for each.
    """
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        base = line.start()
        for start, end in _split_line(line.group()):
            sentences.append(Sentence(base + start, base + end, text[base + start : base + end]))
    return tuple(sentences)


_WORD_AT_STOP = re.compile(r"(?<![A-Za-z.])([A-Za-z]+(?:\.[A-Za-z]+)*)\Z")


def abbreviation_stop(text: str, at: int) -> bool:
    """True when the full stop at ``text[at]`` is an abbreviation's, by pysbd's lists, and
    no sentence's end: a title before a name ("Sen. Warren", "Gen. Lee"), or an
    abbreviation before a word in lower case or a number ("a.m. and", "Jan. 29", "No. 3").
    Rules that read sentence ends with a pattern of their own ask it (`index.analysis.
    quotemarks`: a quote whose closing mark is lost is cut at its first sentence's end).

    Args:
        text: Any text.
        at: An offset into ``text``.
    """
    if text[at : at + 1] != ".":
        return False
    word = _WORD_AT_STOP.search(text, max(0, at - 40), at)
    if word is None:
        return False
    name = word.group(1).lower()
    if name in _PREPOSITIVE:
        return True
    after = text[at + 1 : at + 40].lstrip()[:1]
    return (after.islower() or after.isdigit()) and (name in _ABBREVIATIONS or "." in name)


def sentence_index_at(sentences: Sequence[Sentence], offset: int) -> int | None:
    """The index of the sentence containing ``offset``, or the next one after a gap.

    Args:
        sentences: Sentences in document order, as from :func:`split_sentences`.
        offset: A character offset into the text they were split from.

    Returns:
        The index of the sentence that contains ``offset``; when ``offset`` falls between
        sentences, the following sentence; None when it is past the last sentence.
    """
    ends = [s.end for s in sentences]
    i = bisect.bisect_right(ends, offset)
    return i if i < len(sentences) else None


@lru_cache(maxsize=4096)
def _split_line(line: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans (relative offsets) of one line; cached, since lines recur across calls."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for cut, resume in _sure_cuts(line):
        if cut < cursor:
            continue
        spans.extend(_split_chunk(line, cursor, cut))
        said = _attribution_after(line, cut, resume)
        if said is not None and spans and spans[-1][1] == cut:
            spans[-1] = (spans[-1][0], said)  # 'costs." Lichtblau said.': one sentence
            cursor = said
        else:
            cursor = resume
    spans.extend(_split_chunk(line, cursor, len(line)))
    return tuple(spans)


def _attribution_after(line: str, cut: int, resume: int) -> int | None:
    """Where the bare attribution ("Lichtblau said.") after a sure cut that ends a quotation
    ('costs."') ends, or None: the two are one sentence (`_ATTRIBUTION`)."""
    if _QUOTE_END.search(line, 0, cut) is None:
        return None
    said = _ATTRIBUTION.match(line, resume)
    return said.end() if said else None


def _sure_cuts(line: str) -> list[tuple[int, int]]:
    """Certain sentence ends in ``line``: where one ends and where the next begins, in order."""
    cuts = [
        (match.start("gap"), match.end("gap"))
        for pattern in (_SURE, _DASHED)
        for match in pattern.finditer(line)
        if (match.group("word") or "").lower() not in _ABBREVIATIONS
        and not _weekday_stop(line, match)
    ]
    return sorted(cuts)


def _weekday_stop(line: str, cut: re.Match[str]) -> bool:
    """Whether ``cut`` follows a weekday's abbreviation before a day ("Thurs. March 19")."""
    word = (cut.group("word") or "").lower()
    return word in WEEKDAY_STOPS and DAY_AFTER.match(line, cut.end("gap")) is not None


def _split_chunk(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the sentences in ``line[start:end]``, asking pysbd only when it may split."""
    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped:
        return []
    lead = len(chunk) - len(chunk.lstrip())
    if not _CANDIDATE.search(stripped):
        return [(start + lead, start + lead + len(stripped))]
    spans: list[tuple[int, int]] = []
    # pysbd's own char_span is unreliable; find each segment from a moving cursor instead.
    cursor = start
    for segment in _segmenter().segment(chunk):
        piece = segment.strip()
        if not piece:
            continue
        found = line.find(piece, cursor, end)
        if found < 0:
            # pysbd changed the text (it should not with clean=False): keep the rest whole.
            break
        spans.append((found, found + len(piece)))
        cursor = found + len(piece)
    rest = line[cursor:end]
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        spans.append((cursor + lead, cursor + lead + len(rest.strip())))
    return _rejoin(line, spans)


def _rejoin(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """pysbd's spans with the cuts no sentence ends at joined again (nu31 #3): none between
    two characters (`choice,"?Sen.`, a mark where a quote was lost), after a title before a
    name ("Sen. Elizabeth Warren", pysbd's own list of them), and before a piece no sentence
    opens with (", said", or "said" after an abbreviation's full stop: "D-Mass. said").
    A sentence's own end before a lost quote stays a cut ('"potential grizzlies."?DeVos').
    A bare attribution after a quotation's end joins the quotation (`_ATTRIBUTION`, qp52)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _joined(line, out[-1], start, end):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _joined(line: str, previous: tuple[int, int], start: int, end: int) -> bool:
    if _QUOTE_END.search(line, previous[0], previous[1]) and _ATTRIBUTION.fullmatch(
        line, start, end
    ):
        return True  # '"Is that in the record?" Friedland asked.' is one sentence
    close = _CLOSE_THEN.match(line, start)
    if (
        close
        and _STOP_END.search(line, previous[0], previous[1])
        and _ATTRIBUTION.fullmatch(line, close.end(), end)
    ):
        return True  # 'it.' | '" Nelson joked.': pysbd cut before the closing mark
    if start == previous[1] and not _FULL_STOP.search(line, previous[0], previous[1]):
        return True  # no space, and no full stop ('grizzlies."?DeVos' is a sentence's end)
    word = _LAST_WORD.search(line, previous[0], previous[1])
    last = word.group(1).lower() if word else ""
    if last in _PREPOSITIVE or (last in WEEKDAY_STOPS and DAY_AFTER.match(line, start)):
        return True  # "Sen. Elizabeth Warren", "on Thurs. March 19" (nu82)
    opener = line[start]
    return opener in ",;:)]}%" or (opener.islower() and last in _ABBREVIATIONS)
