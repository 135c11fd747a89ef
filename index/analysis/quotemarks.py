"""Pair quotation marks of every style into quoted spans, with exact offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.analysis.lostclose import lost_close, lost_open
from index.analysis.markroles import (
    ANGLE,
    DOUBLE,
    LOST,
    SINGLE,
    Role,
    angles_inward,
    family_of,
    mark_at,
    role_of,
)
from index.text.sentences import abbreviation_stop

__all__ = ["QuotedSpan", "quoted_spans"]


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quoted stretch of text: ``text[start:end]`` runs from the opening mark to the closing one.

    Attributes:
        start: Offset of the opening quotation mark.
        end: Offset just past the closing mark; for an unclosed quote, just past the last
            non-space character of its last paragraph.
        inner_start: Offset just past the opening mark.
        inner_end: Offset of the closing mark (``end`` for an unclosed quote).
        closed: False when no closing mark was found before the paragraph ended.
        paragraphs: How many paragraphs the quote runs over (news style reopens the quote at
            each new paragraph and closes it only at the last).
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    paragraphs: int


_MARKS = re.compile("[\"“”„‟«»'‘’‚‹›`\n](?:(?<=')'|(?<=‘)‘|(?<=’)’|(?<=`)`)?")
"""A quotation mark (a doubled one, `DOUBLED`, as one) or a line break, and a lone
backtick, which is no mark (`quoted_spans` passes over it). Opening on one set of
characters, the engine skips to them: the doubled marks as alternatives before the set
("''|‘‘|...|[...]") made it try every position, three times as slowly."""
_OUTSIDE = re.compile(_MARKS.pattern.replace("\n]", "]"))
"""`_MARKS` without the line break: what is read while no quote is open (a line break
then ends nothing)."""
_SENTENCE_END = frozenset(".!?…")


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Find the quoted spans of ``text``, outermost only, in document order.

    Straight marks are read by what stands on either side of them (an opening mark follows a
    space and precedes a word; a closing mark does the opposite), so apostrophes
    ("don't", "Reuters'") are not taken for quotes. Single quotes inside a double-quoted
    span belong to it. A quote still open at the end of a paragraph goes on when the next
    paragraph opens with a mark of the same kind (the news convention for quotes over
    several paragraphs), and likewise inside one line whose paragraph breaks were lost
    (an opening mark right after a sentence's end while a quote is open).

    Args:
        text: Any text.

    Returns:
        The spans; ``text[s.start:s.end]`` is the quotation with its marks.
    """
    german_angles = angles_inward(text)
    spans: list[QuotedSpan] = []
    open_at = -1  # offset of the pending opening mark, or -1
    family = ""
    opener = ""
    olen = 1  # the opening mark's length (2 for a doubled one)
    paragraphs = 1
    absorbed = -1  # a paragraph's opening mark that continues the quote before it
    inner_close = -1  # the closing mark of a short quote nested in a straight one
    at = 0  # where the next mark is searched for: past the last one read
    while True:
        m = (_OUTSIDE if open_at < 0 else _MARKS).search(text, at)
        if m is None:
            break
        i, at = m.span()
        ch = m.group()
        if ch == "`" or i in (absorbed, inner_close):
            continue
        if ch == "\n":
            if open_at < 0:
                continue
            nxt = _next_paragraph_mark(text, i)
            if nxt is not None and family_of(mark_at(text, nxt), german_angles) == family:
                if nxt != absorbed:
                    paragraphs += 1  # the next paragraph's opening mark continues this quote
                    absorbed = nxt
                continue
            end = _para_end(text, open_at)
            if family in (DOUBLE, ANGLE):
                spans.append(_unclosed(text, open_at, olen, end, paragraphs))
            open_at = -1
            continue
        role = role_of(text, i, ch, german_angles)
        if role is None:
            continue
        fam = family_of(ch, german_angles)
        if open_at < 0:
            if role is Role.OPEN or role is Role.GLUED:
                open_at, family, opener, olen, paragraphs = i, fam, ch, len(ch), 1
            continue
        if (
            fam != family
            and not (opener == "„" and ch == "“")
            and not (opener == "‚" and ch in "‘")
        ):
            if role is Role.OPEN and family == SINGLE and fam != SINGLE:
                # A double quote opening inside a single one: the single "quote" was an
                # apostrophe after all.
                open_at, family, opener, olen, paragraphs = i, fam, ch, len(ch), 1
            elif _mixed_close(text, open_at, opener, i, fam, role):
                # 'It's somebody who's just realising it," he said.': one mark of each kind
                spans.append(QuotedSpan(open_at, i + 1, open_at + olen, i, True, paragraphs))
                open_at = -1
            continue
        if opener in "„‚" and ch in "“‘":
            role = Role.CLOSE
        if role is Role.OPEN:
            if _prev_nonspace(text, i) in _SENTENCE_END and _starts_sentence(text, i):
                continue  # a paragraph break lost in this copy: the quote goes on
            if ch == '"' and opener == '"':
                nested = _nested_close(text, i)
                if nested >= 0:
                    inner_close = nested  # 'issuing of "B" shares' inside a straight quote
                    continue
            if family in (DOUBLE, ANGLE):
                end = _sentence_end(text, open_at + olen, i)
                lost = lost_close(text, open_at + olen, end if end > open_at + olen else i)
                if lost is not None:  # 'businesses.\ufffd?The former CEO': it closed there
                    inner = open_at + olen
                    spans.append(QuotedSpan(open_at, lost[1], inner, lost[0], True, paragraphs))
                elif end > open_at + olen:  # the earlier mark never closed: its first sentence
                    spans.append(QuotedSpan(open_at, end, open_at + olen, end, False, paragraphs))
                elif text[i + 1 : i + 2] == LOST and text[i - 1 : i].isspace():
                    # A lost character after a mark while a quote with no sentence yet is
                    # open: 'Retrospect, if "?I should ... times."' (a dash: the quote goes
                    # on) or 'over the horizon "?But that is ... "From' (it closed here).
                    if not _next_opens(text, i + 2, german_angles):
                        continue
                    spans.append(QuotedSpan(open_at, i + 1, open_at + olen, i, True, paragraphs))
                    open_at = -1
                    continue
                elif _SAID_THEN.search(text, max(open_at + olen, i - 40), i) and not (
                    _any_end(text, open_at + olen, i)
                ):
                    # 'He said: "When he first announced it, he said, "Muslim ban." He ...':
                    # a quote the speaker quotes in turn (or the first one's close lost):
                    # the words before it are quoted either way
                    end = i - len(text[open_at:i]) + len(text[open_at:i].rstrip())
                    spans.append(QuotedSpan(open_at, end, open_at + olen, end, False, paragraphs))
            open_at, opener, olen, paragraphs = i, ch, len(ch), 1
            continue
        if family == SINGLE and role is Role.WEAK_CLOSE and _single_too_far(text, open_at, i):
            open_at = -1
            continue
        if role is Role.WEAK_CLOSE and ch == '"' and _lost_apostrophe(text, i):
            continue
        spans.append(QuotedSpan(open_at, i + len(ch), open_at + olen, i, True, paragraphs))
        open_at = -1
    if open_at >= 0 and family in (DOUBLE, ANGLE):
        spans.append(_unclosed(text, open_at, olen, _para_end(text, open_at), paragraphs))
    if "\ufffd" in text:  # '"\ufffdWe have a body': the words start past the lost mark
        spans = [replace(s, inner_start=lost_open(text, s.inner_start, s.inner_end)) for s in spans]
    return [s for s in spans if s.inner_end > s.inner_start]


def _unclosed(text: str, open_at: int, olen: int, end: int, paragraphs: int) -> QuotedSpan:
    """The span of a quote no mark closes before ``end`` (its paragraph's end): up to a lost
    closing mark (`lost_close`) when one stands in it, else unclosed to ``end``."""
    lost = lost_close(text, open_at + olen, end)
    if lost is not None:
        return QuotedSpan(open_at, lost[1], open_at + olen, lost[0], True, paragraphs)
    return QuotedSpan(open_at, end, open_at + olen, end, False, paragraphs)


def _nested_close(text: str, i: int) -> int:
    """Offset of the mark closing a short quote that opens at ``i`` inside a straight-quoted
    one ('"... the issuing of "B" shares would ..."'), or -1."""
    j = text.find('"', i + 1, i + 40)
    if j < 0 or any(c in text[i + 1 : j] for c in ".,;:!?\n"):
        return -1
    inner = text[i + 1 : j].split()
    if not 1 <= len(inner) <= 3 or not _NESTED_AFTER.match(text, j + 1):
        return -1
    return j  # the sentence goes on in lower case after it: a term quoted inside a quote


_NESTED_AFTER = re.compile(r"[ \t\u00a0]+[a-z]")


def _mixed_close(text: str, open_at: int, opener: str, i: int, fam: str, role: Role) -> bool:
    """True when a straight single mark that opened a sentence is closed by a double one."""
    return (
        opener == "'"
        and fam == DOUBLE
        and role in (Role.CLOSE, Role.WEAK_CLOSE)
        and text[i - 1 : i] in (",", ".", "!", "?")
        and i - open_at < _MIXED_LIMIT
        and _prev_nonspace(text, open_at) in ("", "\n", *_SENTENCE_END)
    )


_MIXED_LIMIT = 600


def _sentence_end(text: str, start: int, stop: int) -> int:
    """Offset just past the first sentence's end in ``text[start:stop]``, or -1 (no
    abbreviation's stop: "a.m. and", "Sen. Warren", "Jan. 29", `abbreviation_stop`)."""
    found = _FIRST_END.finditer(text, start, stop)
    return next((m.end() for m in found if not abbreviation_stop(text, m.end() - 1)), -1)


def _any_end(text: str, start: int, stop: int) -> bool:
    """True when a sentence ends in ``text[start:stop]`` (`_ANY_END`; not "Gen. Lee")."""
    found = _ANY_END.finditer(text, start, stop)
    return any(not abbreviation_stop(text, m.start()) for m in found)


_FIRST_END = re.compile(r"[a-z0-9)](?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?…](?=\s)")
"""A sentence's end: no title's stop ("[Mr. Trump]")."""
_SAID_THEN = re.compile(r"\b(?:said|says|asked|added|replied|wrote|tweeted)[ \t]*[,:][ \t]*\Z")
"""A speech verb and its comma or colon right before a mark (the text cut there)."""
_ANY_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?…]['’\"”)]*\s+[A-Z]")
"""A sentence's end, a mark after the stop or not ("vote'. He added:")."""


def _next_opens(text: str, start: int, german_angles: bool) -> bool:
    """True when the next straight double mark of this paragraph opens a quote, or none is left."""
    j = text.find('"', start)
    stop = text.find("\n", start)
    if j < 0 or 0 <= stop < j:
        return True
    return role_of(text, j, '"', german_angles) is Role.OPEN


def _lost_apostrophe(text: str, i: int) -> bool:
    """True when the '"?' at ``i``, between a word and a word in lower case inside an open
    quote, is a lost apostrophe ('other countries"?policies change,"', "countries'
    policies"), not a closing mark and a lost dash: the next straight double mark of the
    paragraph closes a quote after punctuation (',"' or '."'). A mark between two letters
    on the way is passed over: it is an apostrophe too ('quote"?a ... shouldn"t be ...
    Fox."')."""
    if text[i + 1 : i + 2] != LOST or not text[i + 2 : i + 3].islower():
        return False
    stop = text.find("\n", i + 3)
    stop = len(text) if stop < 0 else stop
    j = text.find('"', i + 3, stop)
    while j > 0 and text[j - 1].isalnum() and text[j + 1 : j + 2].isalnum():
        j = text.find('"', j + 1, stop)
    return j > 0 and text[j - 1] in ",.!?"


def _single_too_far(text: str, open_at: int, close_at: int) -> bool:
    """A single-quoted span is taken only inside one sentence-sized stretch of text."""
    return close_at - open_at > 600


def _next_paragraph_mark(text: str, newline: int) -> int | None:
    """Offset of the quotation mark that opens the next paragraph, if it opens with one."""
    j = newline + 1
    n = len(text)
    while j < n and text[j] in " \t\r\n\u00a0":
        j += 1
    if j < n and text[j] in "\"“„«»'‘‚`":
        nxt = text[j + 1] if j + 1 < n else " "
        if not nxt.isspace():
            return j
    return None


def _para_end(text: str, start: int) -> int:
    """Offset just past the last non-space character of the paragraph at ``start``."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _prev_nonspace(text: str, i: int) -> str:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return text[j] if j >= 0 else ""


def _starts_sentence(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return nxt.isupper() or nxt.isdigit()
