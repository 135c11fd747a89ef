"""DW's dated related blurbs and share rows run into a paragraph (cl44; cl43's note).

A Deutsche Welle page lists related articles in a box: each a teaser of one to four
sentences (DW cuts them at 220 characters) and its day, "(05.02.2017)". In bodies whose
paragraph breaks were lost (newsarticles: every DW body) the box is run into the prose,
at the text's opening or between two of its paragraphs: "... the harbour was quiet
again. The city has approved a new ferry terminal. Residents fear more traffic.
(27.01.2017) Farmers in the north lost half their harvest. (22.10.2016) But on the quay
the talk was of ...". So is a picture's or a video's share row: "Send Facebook Twitter
Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink
http://dw.com/p/2X346". Both are cut from the line and kept aside (`t`, ``show
--removed``); a line that is only blurbs is left whole.

A blurb's day is a "(DD.MM.YYYY)" after a sentence's end (a stop, "?" or "!", a closing
quote), then the line's end or a sentence's opening (not a small letter, a comma or a
stop: "opens on Friday (17.02.2017). The", "ruled today (06.02.2017) by a majority" are
the article's). A blurb right after another's day (at most 220 characters on) runs from
it, and the article may go on after its day in mid-sentence (the page put the box inside
a paragraph). The first blurb of a box runs back over whole sentences as far as 220
characters allow, never from a sentence that opens on a word pointing back ("He", "But",
"This": `BACK`; no DW teaser of the 155 read opens so), and never past the line's start
or a share row. Where no such start is found (the box opens inside a sentence the page
cut: "... the new connector purchased Hundreds of freight trains ..."), the first blurb
stays with its day and only the box's later blurbs go: the article's words are never
cut. What this cannot tell: a short sentence of the article's right before a short first
teaser (the two within 220 characters, the sentence not pointing back) goes with it; in
newsarticles' 65 boxes none was read so.
"""

from __future__ import annotations

import re

from index.text.facts import BODY

LIMIT = 220
"""The most characters a DW teaser holds (of 155 read between two days, the longest 220)."""

_DAY = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'”’]))\s\((?P<day>0[1-9]|[12]\d|3[01])\."
    r"(?P<month>0[1-9]|1[0-2])\.(?P<year>(?:19|20)\d\d)\)"
)
"""A blurb's day: "(DD.MM.YYYY)" after a sentence's end."""
_OPENS = re.compile(r"\s*$|\s+[^\sa-z,.;:)]")
"""After the day that opens a box: the line's end or a sentence (not "(17.02.2017). The")."""
_GOES_ON = re.compile(r"\s*$|\s+[^\s,.;:)]")
"""After a later day of a box: the article's words again, maybe in mid-sentence (the page
put the box inside a paragraph: "... (27.01.2017) the unemployment rate remaining ...")."""

SHARE_ROW = re.compile(
    r"Send\s+Facebook\s+Twitter\s+Google\+\s+Whatsapp\s+Tumblr\s+linkedin\s+stumble\s+Digg"
    r"\s+reddit\s+Newsvine\s+Permalink(?:\s+https?://\S+)?"
)
"""DW's share row under a picture or a video, with the page's short address."""

_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]?-?\s+(?=[\"“'‘]?[A-Z0-9])")
"""Where a sentence ends and the next opens (after a lost character's dash too: "said.-")."""

BACK = frozenset(
    {
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "However",
        "Meanwhile",
        "Still",
        "Also",
        "Instead",
        "Then",
        "Thus",
        "Such",
        "Both",
        "Neither",
    }
)
"""Words opening a sentence that points back to the one before: no blurb's first."""


def blurb_spans(line: str) -> list[tuple[int, int]]:
    """Where each share row and each box of dated blurbs in ``line`` starts and ends, in
    order (a line that is only a share row is the line rules', `boilerplate.toml`)."""
    rows = [(found.start(), found.end()) for found in SHARE_ROW.finditer(line)]
    if rows == [(0, len(line))]:
        return []
    stops = [0] + [end for _, end in rows]
    spans = list(rows)
    box: list[int] | None = None  # the open box's start and end (its day's)
    for found in _DAY.finditer(line):
        if any(start <= found.start() < end for start, end in rows):
            continue
        after = line[found.end() :]
        if (
            box is not None
            and len(line[box[1] : found.start()].strip()) <= LIMIT
            and _GOES_ON.match(after)
        ):
            box[1] = found.end()  # the next blurb of the box
            continue
        if not _OPENS.match(after):
            continue
        if box is not None and box[0] < box[1]:
            spans.append((box[0], box[1]))
        start = _first_blurb(line, found.start(), stops + ([box[1]] if box else []))
        # a first blurb whose start is not found stays (the article's words must not go
        # with it); the box's later blurbs still go, from its day on
        box = [found.end(), found.end()] if start is None else [start, found.end()]
    if box is not None and box[0] < box[1]:
        spans.append((box[0], box[1]))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # a box run on over a share row holds the row's span (rv67)
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _first_blurb(line: str, day: int, stops: list[int]) -> int | None:
    """Where the blurb whose day opens at ``day`` starts: the earliest sentence opening as
    far back as `LIMIT` allows, not one pointing back, after the line's start or a share row."""
    floor = max(stop for stop in stops if stop <= day)
    starts = [floor] + [found.end() for found in _SENTENCE.finditer(line, floor, day)]
    for start in starts:
        text = line[start:day].strip()
        if not text or len(text) > LIMIT:
            continue
        if text.split()[0].strip("\"“'‘") in BACK:
            continue
        return start + (len(line[start:day]) - len(line[start:day].lstrip()))
    return None


def cut_blurbs(lines: list[str], role: list[int]) -> list[str]:
    """Cut the dated blurbs and share rows run into the body's lines (``lines`` changes);
    returns them. A line that is only blurbs and rows is left whole: the page kept its
    breaks, and a paragraph such as "Tom Berg reports from Oslo. (01.09.2016)" is as likely
    the article's own (none in the corpora: every DW body is one line)."""
    cuts: list[str] = []
    for k, line in enumerate(lines):
        if role[k] != BODY or not line or ("(" not in line and "Permalink" not in line):
            continue
        spans = blurb_spans(line)
        if not spans:
            continue
        if not outside(line, spans):
            continue  # a paragraph of its own: no words of the article's beside it to tell
        cuts.extend(line[start:end].strip() for start, end in spans)
        lines[k] = outside(line, spans)
    return cuts


_DASHES_BEFORE = re.compile(r"^[\s-]+")
_DASHES_AFTER = re.compile(r"[\s-]+$")
"""The spaces and DW's lost-space dashes on a cut's side of a part kept."""


def outside(line: str, spans: list[tuple[int, int]]) -> str:
    """``line`` less ``spans``, the parts left joined by one space. Dashes touching a cut
    go with it: DW's dashes there stand for a lost space beside the row or the box
    ('"adapt and learn". - Send ... http://dw.com/p/2ZM32 Mnuchin remained', "Brexit.-",
    "-But now"), and left in, they join two sentences with no boundary between them
    ('"adapt and learn". - Mnuchin remained': "he added" then read back past Mnuchin,
    na-2916, sp58)."""
    kept: list[str] = []
    at = 0
    for start, end in spans:
        part = _DASHES_AFTER.sub("", line[at:start])
        kept.append(_DASHES_BEFORE.sub("", part) if at else part.strip())
        at = end
    kept.append(_DASHES_BEFORE.sub("", line[at:]).rstrip())
    return " ".join(part for part in kept if part)
