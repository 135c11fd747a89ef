"""Clean one article's raw text and find its metadata: the step between decoding and indexing."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from index.clean import appeal_end, appeal_outlet, is_boilerplate_line
from index.metadata import (
    BYLINE,
    DATE_LINE,
    DATELINE,
    HEADLINE_DATE,
    NOT_PLACES,
    SOURCE_LINE,
    TRAILING_AGENCY,
    agency_name,
    byline_from_credits,
    parse_date,
    source_from_credit,
)
from index.models import Extracted

TITLE_MAX = 90
"""Longest derived title, in characters, before it is cut at a word boundary."""
_LEAD_PUNCT = ".-–—•*·|>:/ "
_INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
"""A sentence ending in an initial ("U.S."), whose final period is not a full stop."""
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[A-Z\"“‘(])")
_BLANKS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\u00a0]+")
HEAD_LINE_MAX = 300
"""Longest line that can be a headline, a date line or a byline; longer lines are prose."""
TAIL_CREDIT = 80
"""How far from the end of the text a closing agency credit ("(dpa/NAN)") is looked for."""

# line roles
_BODY, _REMOVED, _META = 0, 1, 2


def _is_prose(line: str) -> bool:
    """A line that reads as article text rather than a heading or a label."""
    if len(line) > HEAD_LINE_MAX:
        return True  # no heading is this long: spare the regexes on long paragraphs
    if HEADLINE_DATE.match(line) or DATE_LINE.match(line):
        return False
    words = len(line.split())
    return len(line) >= 140 or (words >= 12 and line[-1:] in '.!?"”’)')


def _is_title_like(line: str) -> bool:
    words = len(line.split())
    return (
        2 <= words <= 25
        and len(line) <= 160
        and line[-1] not in ".:;,"
        and line[0] not in "([{-–—•*"
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'")
    )


def _norm(line: str) -> str:
    return " ".join(line.lower().split())


def _tidy(line: str) -> str:
    """A line with runs of spaces, tabs and no-break spaces made one space."""
    if "  " in line or "\t" in line or "\u00a0" in line:
        return _SPACES.sub(" ", line).strip()
    return line.strip()


def derive_title(body: str) -> str:
    """A title from the lede: its first sentence, dateline removed, cut to `TITLE_MAX`."""
    lede = next((p.strip() for p in body.split("\n") if p.strip()), "")
    match = DATELINE.match(lede)
    if match and len(lede) > match.end() + 20:
        lede = lede[match.end() :].lstrip(_LEAD_PUNCT)
    # a sentence past three title lengths would be cut anyway: look no further
    sentence = _SENTENCE_END.split(lede[: TITLE_MAX * 3], maxsplit=1)[0]
    sentence = _SPACES.sub(" ", sentence).strip().lstrip(_LEAD_PUNCT)
    if not sentence.strip(".…!?'\"”’ "):
        sentence = _SPACES.sub(" ", lede[: TITLE_MAX * 3]).strip()
    if len(sentence) <= TITLE_MAX:
        return sentence if _INITIAL_END.search(sentence) else sentence.rstrip(".")
    cut = sentence.rfind(" ", 0, TITLE_MAX)
    return sentence[: cut if cut > TITLE_MAX // 2 else TITLE_MAX].rstrip(" ,;:-–—") + "…"


def extract(text: str, *, known: Mapping[str, object] | None = None) -> Extracted:
    """Clean an article's text and find its title, outlet, byline, dateline and date.

    Boilerplate (appeals, navigation, promo banners, footers, separators, repeated
    headlines) is moved to ``removed``; headline and metadata lines at the top are
    reflected in the fields instead of the body. Known values (from JSON fields, a
    sidecar or front matter) win over anything found in the text; a date the text does
    not state in full stays None.

    Args:
        text: Decoded, sanitised article text.
        known: Metadata already known: title, source, byline, dateline, date.

    Returns:
        The cleaned body, what was removed, and the metadata.
    """
    known = known or {}
    lines = [_tidy(line) for line in text.split("\n")]
    role = [_BODY] * len(lines)
    found: dict[str, object] = {}

    # 1. boilerplate: appeals (whole blocks) and lines that are boilerplate on their own
    index = 0
    while index < len(lines):
        end = appeal_end(lines, index)
        if end is not None:
            found.setdefault("appeal_outlet", appeal_outlet(lines[index]))
            for k in range(index, end):
                role[k] = _REMOVED
            index = end
            continue
        if is_boilerplate_line(lines[index]):
            role[index] = _REMOVED
        index += 1

    # 2. the head: the lines above the first paragraph of prose
    content = [k for k, line in enumerate(lines) if line and role[k] == _BODY]
    lede = next((k for k in content if _is_prose(lines[k])), None)
    head = [k for k in content if lede is None or k < lede]
    known_title = known.get("title")
    headline: str | None = None
    for k in head:
        line = lines[k]
        if DATE_LINE.match(line):
            found.setdefault("date_text", line)
            role[k] = _META
        elif (by_match := BYLINE.match(line)) and not agency_name(by_match.group("name")):
            found.setdefault("byline", by_match.group("name"))
            role[k] = _META
        elif (credit := SOURCE_LINE.match(line)) and (
            agency_name(credit.group("name")) or line.startswith(("by ", "via ", "Source:"))
        ):
            name = credit.group("name")
            found.setdefault("source", agency_name(name) or name)
            role[k] = _META
        elif (dated := HEADLINE_DATE.match(line)) and _is_title_like(dated.group("title")):
            if lede is not None or headline is None:
                headline = dated.group("title").strip()
            found.setdefault("date_text", dated.group("date"))
        elif _is_title_like(line) and (lede is not None or headline is None):
            # with prose below, the headline is the last heading above it; without, the first
            headline = line
    if isinstance(known_title, str) and known_title.strip():
        anchor = _norm(known_title)
        headline = known_title if any(_norm(lines[k]) == anchor for k in head) else None
    if headline is not None:
        key = _norm(headline)
        first = next(
            (
                k
                for k in head
                if _norm(lines[k]) == key
                or (
                    (m := HEADLINE_DATE.match(lines[k])) is not None
                    and _norm(m.group("title")) == key
                )
            ),
            None,
        )
        if first is not None:
            for k in head:
                if lede is not None and k < first and role[k] == _BODY:
                    role[k] = _REMOVED  # a promo or kicker above the headline
            role[first] = _META
            for k in content:
                if (
                    k != first
                    and role[k] == _BODY
                    and (
                        _norm(lines[k]) == key
                        or (
                            (m2 := HEADLINE_DATE.match(lines[k])) is not None
                            and _norm(m2.group("title")) == key
                        )
                    )
                ):
                    role[k] = _REMOVED  # the headline repeated
        else:
            headline = None

    body = _join(lines, role)
    if not body and headline is not None and lede is None:
        # a text that is one short line (or only a headline and metadata): keep the
        # headline as the body too, rather than leave an article with no text
        for k in head:
            if role[k] == _META and (
                _norm(lines[k]) == _norm(headline) or HEADLINE_DATE.match(lines[k]) is not None
            ):
                role[k] = _BODY
                break
        body = _join(lines, role)
        if not (isinstance(known_title, str) and known_title.strip()):
            headline = None  # the line is the text, so the title is derived from it
    removed = _blocks(lines, role)

    # 3. the lede: a dateline, perhaps with the agency: "UNITED NATIONS, March 20 (Reuters) -"
    first_para = next((line for line in body.split("\n") if line.strip()), "")
    dateline = known.get("dateline")
    lede_match = DATELINE.match(first_para)
    if lede_match:
        place = lede_match.group("place")
        day = lede_match.group("day")
        agency = lede_match.group("agency") or lede_match.group("slashed")
        if agency:
            found.setdefault("lede_source", source_from_credit(agency))
        if not day and agency_name(place):
            found.setdefault("lede_source", agency_name(place))  # "DW: ...", "AP - ..."
        elif not dateline and (day or place.rstrip(".") not in NOT_PLACES):
            dateline = f"{place}, {day}" if day else place

    # 4. the outlet, the byline and the date, where the text gives them
    source = known.get("source") or found.get("source") or found.get("lede_source")
    if not source:
        tail = body[-TAIL_CREDIT:].rstrip()
        trailing = TRAILING_AGENCY.search(tail) if tail.endswith(")") else None
        if trailing:
            source = source_from_credit(trailing.group("agency"))
    source = source or found.get("appeal_outlet")
    byline = known.get("byline") or found.get("byline") or byline_from_credits(body)
    known_date = known.get("date")
    date = known_date if isinstance(known_date, datetime) else None
    date_text = found.get("date_text")
    if date is None and isinstance(date_text, str):
        date = parse_date(date_text)

    title = known_title if isinstance(known_title, str) and known_title.strip() else headline
    derived = False
    if not title:
        title = derive_title(body)
        derived = True
    return Extracted(
        body=body,
        removed=removed,
        title=str(title).strip() or None,
        title_derived=derived,
        source=str(source) if source else None,
        byline=str(byline) if byline else None,
        dateline=str(dateline) if dateline else None,
        date=date,
    )


def _join(lines: list[str], role: list[int]) -> str:
    """The body lines as text, paragraphs kept, runs of blank lines made one."""
    body_lines = [line if role[k] == _BODY else "" for k, line in enumerate(lines)]
    return _BLANKS.sub("\n\n", "\n".join(body_lines)).strip("\n")


def _blocks(lines: list[str], role: list[int]) -> tuple[str, ...]:
    """Removed lines grouped into blocks (runs separated only by blank lines)."""
    blocks: list[list[str]] = []
    open_block = False
    for k, line in enumerate(lines):
        if role[k] == _REMOVED and line:
            if open_block:
                blocks[-1].append(line)
            else:
                blocks.append([line])
                open_block = True
        elif line:
            open_block = False
    return tuple("\n".join(block) for block in blocks)
