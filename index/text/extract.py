"""Clean one article's raw text and find its metadata: the step between decoding and indexing.

The text is read a line at a time. Debris (see `index.text.clean`) is moved aside; the lines
above the first paragraph (the head) give the headline, byline, dates and outlet; the
lede gives the dateline and a wire credit; the end of the text gives credits and sign-offs.
Every fact records where it came from (``provenance``): the line, or the metadata given.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from datetime import datetime

from index.models import Extracted, StyleSpan
from index.text.address_date import address_date, ahead_of
from index.text.body_lines import join_lines, removed_blocks
from index.text.byline_opener import byline_opener
from index.text.clean import appeal_end, appeal_outlet, line_rule, list_end, list_header_rule
from index.text.contact_appeal import cut_contact_appeal
from index.text.dated_blurbs import cut_blurbs
from index.text.datelines import dateline_line, opening_dateline, read_dateline, same_day
from index.text.facts import BODY, META, REMOVED, Facts
from index.text.feed_facts import feed_facts, host_only
from index.text.head import dates_of, read_head
from index.text.lost_space import mend_spaces
from index.text.metadata import (
    NOT_PLACES,
    agency_name,
    byline_from_credits,
    source_from_credit,
)
from index.text.outlet_behind import outlet_behind, person_like
from index.text.outletnames import canonical_outlet, is_desk_label
from index.text.outlets import known_outlet, outlet_from_credit
from index.text.placeholder_title import leading_placeholders, placeholder, unlabelled
from index.text.related_teaser import cut_teasers
from index.text.source_trailer import cut_source_trailer
from index.text.tail_bios import remove_tail_bios
from index.text.tail_credit import FIRST_APPEARED, read_tail_credit
from index.text.title_byline import split_glued_byline
from index.text.unlisted_outlet import DATELINE_CREDIT, MASTHEAD, UNLISTED, dateline_credit

TITLE_MAX = 90
"""Longest derived title, in characters, before it is cut at a word boundary."""
_LEAD_PUNCT = ".-–—•*·|>:/ "
_INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
"""A sentence ending in an initial ("U.S."), whose final period is not a full stop."""
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\b(?:Dr|Mr|Ms|St|No|Jr|Sr|vs)\.)(?<!\bMrs\.)"
    r"[\"'”’)]?\s+(?=[A-Z\"“‘(])"
)
"""A sentence's end; not after an initial or a title ("U.S. TRADE", "N.Y. BANK", "Dr. Lee")."""
_SPACES = re.compile(r"[ \t\u00a0]+")
_TITLE_BREAK = re.compile(r"[ \t\u00a0]*\n\s*")
"""A line break in a given title ("\\r" too: `sanitize` made it "\\n"), with the blanks
around it: one space, a title being one line (fx159, nu63 #4: "A\\rB" showed as "A\\nB")."""
_LEDE_CREDIT = re.compile(r"^(?:[^()\n]{0,60}?\s)?\((?P<agency>[A-Za-z][\w/ .&-]{1,30})\)\s*")
"""A wire credit opening the lede without a dateline's form: "(CNN) ...", "Seoul (CNN) ..."."""
OUTLET_ORDER = (
    "outlet line",
    "url",
    "title suffix",
    "byline",
    "source line",
    "signoff",
    "copyright",
    "url tail",
    "lede",
    DATELINE_CREDIT,
    "trailing",
    "credit line",
    "source trailer",
    FIRST_APPEARED,
    "appeal",
    MASTHEAD,
    UNLISTED,
)
"""Where an outlet may be named, most trusted first: the page's own header and footer name
the outlet that published the text; a wire credit in the lede names where it came from. A
name over or under the headline that the table does not know is a guess: the last resort."""


def _tidy(line: str) -> str:
    """A line with runs of spaces, tabs and no-break spaces made one space."""
    if "  " in line or "\t" in line or "\u00a0" in line:
        return _SPACES.sub(" ", line).strip()
    return line.strip()


def derive_title(body: str) -> str:
    """A title from the lede: its first sentence, dateline removed, cut to `TITLE_MAX`."""
    lede = next((p.strip() for p in body.split("\n") if p.strip()), "")
    dateline = read_dateline(lede)
    if dateline and len(lede) > dateline.end + 20:
        lede = lede[dateline.end :].lstrip(_LEAD_PUNCT)
    # a sentence past three title lengths would be cut anyway: look no further
    sentence = _SENTENCE_END.split(lede[: TITLE_MAX * 3], maxsplit=1)[0]
    sentence = _SPACES.sub(" ", sentence).strip().lstrip(_LEAD_PUNCT)
    if not sentence.strip(".…!?'\"”’ "):
        sentence = _SPACES.sub(" ", lede[: TITLE_MAX * 3]).strip()
    if len(sentence) <= TITLE_MAX:
        return sentence if _INITIAL_END.search(sentence) else sentence.rstrip(".")
    cut = sentence.rfind(" ", 0, TITLE_MAX)
    return sentence[: cut if cut > TITLE_MAX // 2 else TITLE_MAX].rstrip(" ,;:-–—") + "…"


def extract(
    text: str,
    *,
    known: Mapping[str, object] | None = None,
    origins: Mapping[str, str] | None = None,
    line_numbers: Sequence[int] | None = None,
    styles: Sequence[StyleSpan] = (),
    where: str = "line",
) -> Extracted:
    """Clean an article's text and find its title, outlet, byline, dateline and dates.

    Debris (appeals, share rows, sign-up and cookie banners, related links, photo
    credits, lists of other headlines, footers, author bios) is moved to ``removed``;
    headline and metadata lines at the top are reflected in the fields instead of the
    body. Known values (from JSON fields, a sidecar or front matter) win over anything
    found in the text; a fact the text does not state stays None.

    Args:
        text: Decoded, sanitised article text.
        known: Metadata already known: title, source, byline, dateline, date, updated.
        origins: Where each known value came from ("sidecar", "JSON field 'title'"), for
            the provenance; "given" when not said.
        line_numbers: The source line number of each line of ``text`` (1-based), when the
            text was made from another (Markdown); by default line k is number k + 1.
        styles: Styles over ``text`` (from Markdown), carried over to the body.
        where: How the provenance names a line ("line", "body line").

    Returns:
        The cleaned body, what was removed, the metadata and where each fact came from.
    """
    known = {
        name: value
        for name, value in (known or {}).items()
        if not (name in ("title", "heading") and isinstance(value, str) and placeholder(value))
    }  # a given "Untitled" is no title (nu44)
    raw_lines = text.split("\n")
    lines = [_tidy(line) for line in raw_lines]
    role = [BODY] * len(lines)
    if line_numbers is not None and len(line_numbers) != len(lines):
        line_numbers = None
    facts = Facts(lines, line_numbers, where)

    headers = _remove_debris(lines, role, facts)
    for k in leading_placeholders(lines, role, BODY):
        role[k] = REMOVED  # "Untitled" over the text: no title (nu44), kept for review
    emphasized = _emphasized(styles, raw_lines, lines) if styles else {}
    headline, lede = read_head(lines, role, facts, known, emphasized)
    headline = unlabelled(headline)  # "Title: Markets fall" (rv46)
    for header in headers:
        if lede is not None and header > lede:
            # a list of other headlines under "Most read": below the article, never its head
            for k in range(header + 1, list_end(lines, header)):
                if lines[k] and role[k] == BODY:
                    role[k] = REMOVED
    signoff = remove_tail_bios(lines, role, facts)  # run on to the last line (nu46 #5)
    appeal = cut_contact_appeal(lines, role)  # run into the last paragraph (nu36 #10)
    trailer = cut_source_trailer(lines, role, facts, known.get("source"))  # nu45 #2, rv47
    teasers = cut_teasers(lines, role)  # "READ MORE: <headline>" run into a paragraph (cl43)
    teasers += cut_blurbs(lines, role)  # DW's "<teaser> (05.02.2017)", share rows (cl44)
    for k, line in enumerate(lines):
        if role[k] == BODY and "-" in line:
            lines[k] = mend_spaces(line)  # a dash for a lost space, "on-a joint" (cl45)
    body, offsets = join_lines(lines, role)
    if not body and headline is not None and lede is None:
        # a text that is one short line (or only a headline and metadata): keep the
        # headline as the body too, rather than leave an article with no text
        title_line = facts.line_of("title")
        if title_line is not None and role[title_line] == META:
            role[title_line] = BODY
        body, offsets = join_lines(lines, role)
        if not _given(known.get("title")):
            headline = None  # the line is the text, so the title is derived from it
            facts.forget("title")
    _read_lede(lines, role, facts, known, lede)
    read_tail_credit(body, lines, role, facts)

    provenance: dict[str, str] = {}
    cited: set[int | None] = set()  # the lines the provenance quotes
    values: dict[str, object] = {}
    for name in ("title", "byline", "dateline", "date", "updated", "source", "url"):
        if _given(known.get(name)):
            values[name] = known[name]
            provenance[name] = (origins or {}).get(name, "given")
            if name == "title" and facts.value("title") is not None:
                cited.add(facts.line_of("title"))  # the given title's line: no debris
    source_key, source = facts.best_outlet(OUTLET_ORDER)
    guessed = facts.line_of(f"outlet:{UNLISTED}")
    used = known.get("source") if _given(known.get("source")) else source
    if (
        guessed is not None
        and (_given(known.get("source")) or source_key != f"outlet:{UNLISTED}")
        and str(facts.value(f"outlet:{UNLISTED}")).casefold() != str(used).casefold()
    ):  # (the outlet's own name under the headline, "Gulf Wire" over "DUBAI (Gulf Wire)", goes)
        role[guessed] = BODY  # a name under the headline that is not the outlet used: text
        facts.forget(f"outlet:{UNLISTED}")
        body, offsets = join_lines(lines, role)
    found_values: dict[str, object] = {
        "title": headline,
        "byline": facts.value("byline"),
        "dateline": facts.value("dateline"),
        "date": facts.value("date") or facts.value("updated"),
        "updated": facts.value("updated"),
        "source": source,
        "url": facts.value("url"),  # a line that is only a web address, above or below
    }
    for name, value in found_values.items():
        if name in values or value is None:
            continue
        values[name] = value
        key = source_key if name == "source" and source_key else name
        if name == "date" and facts.value("date") is None:
            key = "updated"
        origin = facts.origin(key)
        if origin:
            provenance[name] = origin
            cited.add(facts.line_of(key))
    if "byline" not in values and byline_from_credits(body):
        # a wire credit in the text: "(Reporting by Ann Lee; Editing by Cy Dee)"
        for k, line in enumerate(lines):
            credited = byline_from_credits(line) if role[k] == BODY else None
            if credited:
                values["byline"] = credited
                provenance["byline"] = facts.cite(k)
                break
    for name, (value, origin) in feed_facts(known, origins or {}).items():
        bare = name == "source" and "feed_name" in known  # the user's name for the feed
        if name not in values or (bare and host_only(values[name], provenance.get(name, ""))):
            values[name], provenance[name] = value, origin  # when nothing else says (nu34 #2)
    _outlet_from_address(values, provenance)
    url = _text_or_none(values.get("url"))
    stated = values.get("date")
    # a slip (st76): only in a date the record gives from outside the page (a feed's, a
    # crawl's), not one the page states itself, in its metadata or its text (rv79)
    outside = _given(known.get("date")) and not provenance.get("date", "").startswith("page ")
    day = ahead_of(stated, url) if isinstance(stated, datetime) and outside else None
    slip = f"; the {stated:%Y-%m-%d} stated is days before" if day and stated else ""
    if day or ("date" not in values and (day := address_date(url))):
        values["date"] = day
        provenance["date"] = f"the address's path ({provenance.get('url', 'given')}{slip})"
    relative = facts.origin("date_relative")
    if "date" not in values and relative:
        provenance["date"] = relative + " (relative, no anchor: unknown)"
        cited.add(facts.line_of("date_relative"))
    for k in range(len(lines)):
        if role[k] == META and k not in cited:
            role[k] = REMOVED  # a metadata line no fact is taken from: kept for review

    split_glued_byline(values, provenance, body)  # "... first family Michael Madden" (fx172)
    title = values.get("title")
    derived = False
    if not isinstance(title, str) or not title.strip():
        title = derive_title(body)
        derived = True
        lede_line = next((k for k, line in enumerate(lines) if line and role[k] == BODY), None)
        if title and lede_line is not None:
            provenance["title"] = f"derived from the lede ({facts.cite(lede_line)})"
    removed = removed_blocks(lines, role) + tuple(
        cut for cut in (trailer, appeal, signoff, *teasers) if cut
    )
    date = values.get("date")
    updated = values.get("updated")
    return Extracted(
        body=body,
        removed=removed,
        title=_TITLE_BREAK.sub(" ", str(title).strip()) or None,
        title_derived=derived,
        source=_outlet_or_none(values.get("source")),
        byline=_text_or_none(values.get("byline")),
        dateline=_text_or_none(values.get("dateline")),
        date=date if isinstance(date, datetime) else None,
        updated=updated if isinstance(updated, datetime) else None,
        url=_text_or_none(values.get("url")),
        provenance=provenance,
        styles=_carry_styles(styles, raw_lines, lines, offsets) if styles else (),
    )


def _given(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _text_or_none(value: object) -> str | None:
    return str(value) if value else None


def _outlet_from_address(values: dict[str, object], provenance: dict[str, str]) -> None:
    """The outlet the article's address names, where the record gives a desk or a columnist
    for it (`outlet_behind`); the columnist becomes the byline when none is given."""
    said = provenance.get("source", "JSON field")
    named_feed = said.endswith("(feed_name: the page names no outlet)")
    if said.startswith(("sidecar", "front matter")) and not named_feed:
        return  # the user's own word wins; a feed's name yields to a known host's outlet
    behind = outlet_behind("" if named_feed else values.get("source"), values.get("url"))
    if behind is None:
        return
    given = values.get("source")
    if isinstance(given, str) and "byline" not in values and person_like(given):
        values["byline"] = given.strip()
        provenance["byline"] = f"{provenance.get('source', 'given')} (a person, not an outlet)"
    values["source"] = behind
    provenance["source"] = f"the address's host ({provenance.get('url', 'given')})"


def _outlet_or_none(value: object) -> str | None:
    """The outlet's one name, however the text or a field spelled it; None when it names
    no outlet: only a desk ("Opinion", "(Opinion)", "Guest Writer - Center") or "The"."""
    name = canonical_outlet(str(value)) if value else ""
    if not name or is_desk_label(str(value).strip().strip("()")) or name.lower() == "the":
        return None
    return name


def _remove_debris(lines: list[str], role: list[int], facts: Facts) -> list[int]:
    """Move debris aside: appeals as blocks, other lines one by one.

    Returns:
        The lines that head a list of other headlines ("Most read"), removed already; the
        headlines under them go once the article's own head is known.
    """
    index = 0
    after_cookie = False
    headers: list[int] = []
    while index < len(lines):
        line = lines[index]
        if not line:
            index += 1
            continue
        end = appeal_end(lines, index)
        if end is not None:
            outlet = appeal_outlet(line)
            if outlet:
                facts.note("outlet:appeal", outlet, index)
            for k in range(index, end):
                role[k] = REMOVED
            index = end
            continue
        rule = list_header_rule(line)
        if rule is not None:
            headers.append(index)
        else:
            rule = line_rule(line)
        if rule is not None and dates_of(line):
            rule = None  # "First published on 13 Feb 2017": a date line, read with the head
        if rule is None and after_cookie:
            from index.text.clean import after_cookie_rule

            rule = after_cookie_rule(line)
        after_cookie = rule == "cookies"
        credit = outlet_from_credit(line) if rule in (None, "copyright") else None
        if rule is not None or credit is not None:
            role[index] = REMOVED
            if credit is not None:
                facts.note(
                    "outlet:copyright" if rule == "copyright" else "outlet:signoff", credit, index
                )
        index += 1
    return headers


def _read_lede(
    lines: list[str],
    role: list[int],
    facts: Facts,
    known: Mapping[str, object],
    lede: int | None,
) -> None:
    """The dateline and a wire credit in the first paragraph."""
    first = lede if lede is not None and role[lede] == BODY else None
    body = [k for k, line in enumerate(lines) if line and role[k] == BODY]
    first = dateline_line(lines, body, first)  # a table's first row, over the prose: nu48
    if first is None:
        return
    para = lines[first]
    if facts.value("byline") is None and byline_opener(para):
        facts.note("byline", byline_opener(para), first)  # run into the lede (nu49 #6)
    dateline = opening_dateline(lines, body, first)
    if dateline:
        place, day, agency = dateline.place, dateline.day, dateline.agency
        if agency and source_from_credit(agency):
            facts.note("outlet:lede", source_from_credit(agency), first)
        elif agency and para[: dateline.end].rstrip()[-1] in "-–—" and place not in NOT_PLACES:
            # "WASHINGTON, Oct. 19, 2021 (Valley Gazette) — ": a name the table does not know
            facts.note(f"outlet:{DATELINE_CREDIT}", dateline_credit(agency), first)
        if dateline.date is not None and not same_day(facts.value("updated"), dateline.date):
            facts.note("date", dateline.date, first)  # after the head's date lines: theirs win
        if not day and not dateline.has_state and agency_name(place):
            facts.note("outlet:lede", agency_name(place), first)  # "DW: ...", "AP - ..."
        elif not _given(known.get("dateline")) and (day or place.rstrip(".") not in NOT_PLACES):
            facts.note("dateline", dateline.shown(lines, body), first)
        return
    credit = _LEDE_CREDIT.match(para)
    if credit:
        name = credit.group("agency")
        outlet = source_from_credit(name) or known_outlet(name)
        if outlet:
            facts.note("outlet:lede", outlet, first)


def _emphasized(
    styles: Sequence[StyleSpan], raw_lines: list[str], lines: list[str]
) -> dict[int, str]:
    """The text in bold or italics that opens a line, by line ("*KQED*, 2021-10-04")."""
    starts = [0]
    for raw in raw_lines:
        starts.append(starts[-1] + len(raw) + 1)
    found: dict[int, str] = {}
    for span in styles:
        k = bisect.bisect_right(starts, span.start) - 1
        if span.style not in ("bold", "italic") or not 0 <= k < len(lines) or k in found:
            continue
        lead = len(raw_lines[k]) - len(raw_lines[k].lstrip())
        name = raw_lines[k][span.start - starts[k] : span.end - starts[k]].strip()
        if span.start - starts[k] == lead and name and lines[k].startswith(name):
            found[k] = name
    return found


def _carry_styles(
    styles: Sequence[StyleSpan], raw_lines: list[str], lines: list[str], offsets: dict[int, int]
) -> tuple[StyleSpan, ...]:
    """Styles over the input text, moved onto the body (those on removed lines go)."""
    starts: list[int] = []
    position = 0
    for raw in raw_lines:
        starts.append(position)
        position += len(raw) + 1
    carried: list[StyleSpan] = []
    for span in styles:
        k = bisect.bisect_right(starts, span.start) - 1
        if k < 0 or k not in offsets or lines[k] != raw_lines[k].strip():
            continue  # a removed line, or one whose spaces cleaning changed
        lead = len(raw_lines[k]) - len(raw_lines[k].lstrip())
        start = span.start - starts[k] - lead
        end = min(span.end - starts[k] - lead, len(lines[k]))
        if 0 <= start < end:
            carried.append(StyleSpan(offsets[k] + start, offsets[k] + end, span.style))
    return tuple(carried)
