"""The head of an article (the lines above its first paragraph): headline, byline, dates, outlet.

A head line is a date line, a byline, an outlet line (a name or a web address), a
headline candidate, or something else (a standfirst, a note) that stays in the body. A
date line, a byline or a button row is never a headline. Of the candidates, the headline
is the first that is not a kicker (a section label such as "WORLD NEWS" or an outlet's
name above the headline); lines above the headline are removed (kickers, promos).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from itertools import pairwise

from index.text.bare_byline import name_and_outlet
from index.text.dates import PUBLISHED, RELATIVE, UPDATED, DateStatement
from index.text.facts import BODY, META, REMOVED, Facts
from index.text.head_choice import choose_headline, letter_dates
from index.text.head_lines import (
    HEAD_LINE_MAX,
    dates_of,
    emphasized_outlet_and_date,
    is_label,
    label_like,
    outlet_and_date,
    sentence_case,
    timed_below,
)
from index.text.head_lines import words_of as _words
from index.text.headline_match import goes_on, same_headline
from index.text.lede import dated_below, find_lede, is_sentence_title, is_title_like, over_outlet
from index.text.metadata import (
    SOURCE_LINE,
    agency_name,
    headline_date,
    name_in_place,
    outlet_and_place,
    parse_date,
    read_byline,
)
from index.text.outlet_behind import person_like, person_shaped
from index.text.outletnames import is_desk_label, outlet_label
from index.text.outlets import (
    is_outlet_name,
    known_outlet,
    outlet_from_url_line,
    split_title_suffix,
    url_of_line,
)
from index.text.source_trailer import source_trailer
from index.text.unlisted_outlet import MASTHEAD, UNLISTED, masthead, outlet_under_headline
from index.text.wire_title import capitals_first_line, capitals_label


def _norm(line: str) -> str:
    return " ".join(line.lower().split())


def _under_headline(lines: Sequence[str], head: Sequence[int], position: int) -> bool:
    """Head line ``position`` is over a date line and under a headline or standfirst in
    sentence case, as the Guardian writes them (a line of four words or more that could be
    a headline), not a kicker ("Ukraine war"); under a headline in title case, a line
    shaped "Name in Place" is a deck ("Eric Adams Leads in NYC Mayoral Primary")."""
    below = head[position + 1] if position + 1 < len(head) else None
    if below is None or not dates_of(lines[below]):
        return False
    return any(
        len(_words(lines[j].split())) >= 4
        and sentence_case(lines[j])
        and _could_head(lines[j].rstrip("."))
        for j in head[:position]
    )


def _could_head(line: str) -> bool:
    return len(line) <= HEAD_LINE_MAX and (is_title_like(line) or is_sentence_title(line))


def _opens_with(line: str, title: str) -> bool:
    """``line`` is the title again, maybe worded apart (`same_headline`): more strictly when
    it ends in a full stop ("Think again.")."""
    if _norm(line) == _norm(title):
        return True
    plain = html.unescape(line).rstrip("\"'’”")  # "&#x27;Attack&#x27;": a quote mark, not ";"
    if is_title_like(plain):  # going on past a sentence's end (the title not): a sentence's test
        return same_headline(line, title, sentence=goes_on(plain) and not goes_on(title))
    return is_sentence_title(plain) and same_headline(line, title, sentence=True)


def read_head(
    lines: list[str],
    role: list[int],
    facts: Facts,
    known: Mapping[str, object],
    emphasized: Mapping[int, str] | None = None,
) -> tuple[str | None, int | None]:
    """Read the head: mark its metadata lines, note the facts, choose the headline.

    ``emphasized`` gives the text set in emphasis at the start of a line, by line (Markdown).

    Returns:
        The headline (None when the head has none) and the index of the lede line.
    """
    content = [k for k, line in enumerate(lines) if line and role[k] == BODY]
    known_title = known.get("title")
    # the text opens with its known title (or the page's h1 under a feed's title worded apart,
    # nu43 #8), or with its Markdown heading under a front matter's title (nu36 #10): no lede
    opening = [t for t in (known_title, known.get("heading")) if isinstance(t, str)]
    if content and any(_opens_with(lines[content[0]], t) for t in opening):
        top, content = content[0], content[1:]
    else:
        top = None
    lede = find_lede(lines, content)
    head = [k for k in content if lede is None or k < lede]
    candidates: list[int] = []
    sentences: list[int] = []
    cut: list[int] = []
    titles: dict[int, str] = {}
    for position, k in enumerate(head):
        line = lines[k]
        if len(line) > HEAD_LINE_MAX or role[k] != BODY:
            continue  # (a time line, read with the date line above it)
        statements = dates_of(line)
        # "STAT, 2021-10-04" reads as a date in an unknown zone ("STAT" as "AEST"): the
        # outlet's line, when it reads as one and the date line gives no date (nu25 #3)
        outlet_dated = (
            outlet_and_date(line)
            if not statements or all(s.value is None for s in statements)
            else None
        )
        if outlet_dated is None and not statements and emphasized and k in emphasized:
            outlet_dated = emphasized_outlet_and_date(line, emphasized[k])  # "*KQED*, 2021..."
        if statements and outlet_dated is None:
            role[k] = META
            after = head[position + 1] if position + 1 < len(head) else None
            timed = timed_below(statements, lines[after]) if after is not None else None
            if timed is not None and after is not None:  # "March 14, 2023" over "9:30 AM"
                statements, role[after] = (timed,), META
            for statement in statements:
                _note_date(facts, statement, k)
            continue
        if outlet_dated is not None:  # "Wall Street Journal, 2021-06-24": no headline
            role[k] = META
            named = outlet_dated[0]
            writer = str(facts.value("byline") or "").casefold()  # "By Rich Lowry" above
            if (
                named
                and (person_like(named) or (named.casefold() == writer and person_shaped(named)))
                and not known_outlet(named)
            ):
                facts.note("byline", named, k)  # a columnist ("Rich Lowry - 2021-09-20"): fx127
            elif named is not None:  # a desk ("Guest Writer - Center") is none
                facts.note("outlet:outlet line", named, k)
            for statement in outlet_dated[1]:
                _note_date(facts, statement, k)
            continue
        dated = headline_date(line)
        if dated and is_title_like(dated.group("title")):
            candidates.append(k)
            titles[k] = dated.group("title").strip()
            continue
        byline = read_byline(line)
        if byline is not None:
            role[k] = META
            facts.note("byline", byline[0] or None, k)  # "By staff, NPR": no one named
            facts.note("outlet:byline", byline[1], k)
            continue
        bare = name_and_outlet(line) if top or any(j in titles for j in head[:position]) else None
        if bare is not None:  # "Maria Lopez | BBC News" under the headline (nu50 #4)
            role[k] = META
            facts.note("byline", bare[0], k)
            facts.note("outlet:byline", bare[1], k)
            continue
        under_byline = position and facts.line_of("byline") == head[position - 1]
        sited = outlet_and_place(line) if under_byline else None
        if sited is not None:  # "BBC News, Kyiv" under "By John Smith" (nu34 #3)
            role[k] = META
            facts.note("outlet:outlet line", sited[0], k)
            facts.note("dateline", sited[1], k)  # none under "Political reporter, BBC News"
            continue
        placed = (
            name_in_place(line) if position and _under_headline(lines, head, position) else None
        )
        if placed is not None:  # "Shaun Walker in Kyiv" under the standfirst, over the date
            role[k] = META
            facts.note("byline", placed, k)
            continue
        credit = SOURCE_LINE.match(line)
        if credit and _is_source(credit.group("name"), line):
            name, trailer = credit.group("name").strip(), source_trailer(line)
            role[k] = META
            if trailer is not None:  # "Source: Al Jazeera and news agencies" (nu45 #2)
                name = trailer[1]
            facts.note("outlet:source line", agency_name(name) or known_outlet(name) or name, k)
            continue
        named = outlet_label(line)  # "BBC News", "AP Politics & Fact Check"
        if named is None and lede is not None and is_desk_label(line):
            role[k] = REMOVED  # "Opinion", "Guest Writer - Center": a desk, not the headline
            continue
        address = None if named else outlet_from_url_line(line)
        if named or address:
            role[k] = META
            facts.note("outlet:outlet line" if named else "outlet:url", named or address, k)
            facts.note("url", url_of_line(line), k)
            continue
        if position == 0 and top is None and len(head) > 2 and _could_head(lines[head[1]]):
            name = masthead(line, [lines[j] for j in head[1:5]])
            if name is not None:  # "The Sacramento Bee" over the headline, then its date
                role[k] = META  # removed as a kicker unless it is the outlet used
                facts.note(f"outlet:{MASTHEAD}", name, k)
                continue
        above = head[position - 1] if position else top
        if above is not None and _headline_above(
            line, lines[above], above == top, titles.get(above)
        ):
            below = lines[head[position + 1]] if position + 1 < len(head) else ""
            unlisted = outlet_under_headline(line, below)
            if unlisted is not None:  # "Valley Gazette" under the headline, over its date
                role[k] = META  # back to the body unless it is the outlet used (extract)
                facts.note(f"outlet:{UNLISTED}", unlisted, k)
                continue
        suffixed = split_title_suffix(line) if is_title_like(line) else None
        if suffixed is not None:
            candidates.append(k)
            titles[k] = suffixed[0]
        elif is_title_like(line):
            candidates.append(k)
            titles[k] = line
        elif (
            is_sentence_title(line)
            or over_outlet(lines, head, k)
            or (position == 0 and is_title_like(line.rstrip(".…")) and dated_below(lines, head, k))
            or (position == 0 and top is None and dated_below(lines, head, k, 1))
        ):  # or two, over its outlet and date (nu36 #10); over its outlet line (nu42 #3)
            sentences.append(k)
            titles[k] = line
        elif line[-1] in ":," and is_title_like(line[:-1].rstrip()):
            cut.append(k)  # "Oroville Dam risk:": a headline if a head line is below it
            titles[k] = line[:-1].rstrip()
    for k, statement in letter_dates(lines, content, lede):  # under a letter's lede (fx132)
        role[k] = META
        _note_date(facts, statement, k)
    cut_over_meta = _over_meta(cut, head, role)
    if cut_over_meta:
        candidates = sorted(candidates + sorted(cut_over_meta))
    if all(lines[k].isupper() for k in candidates):
        # a headline written as a sentence ("Nothing can unite us now."), above a byline
        # or a date line: with none below it, it is a short first paragraph; under a
        # short headline ("The Ban") it is the standfirst, so only a kicker in capitals
        # ("WORLD NEWS") may stand above it
        first_sentence = [
            k for k in sentences if dated_below(lines, head, k) or over_outlet(lines, head, k)
        ]
        candidates = sorted(candidates + first_sentence[:1])

    if isinstance(known_title, str) and known_title.strip():
        anchor = _norm(known_title)
        first = next((k for k in head if _norm(titles.get(k, lines[k])) == anchor), top)
        headline: str | None = known_title if first is not None else None
    else:
        first = choose_headline(candidates, lines, lede, _over_meta(candidates, head, role))
        if (
            first is not None
            and lede is not None
            and titles[first][-1:] in _SENTENCE_END
            and not any(role[k] == META for k in head)
            and split_title_suffix(lines[first]) is None
        ):
            # "For months the refrain has been "how long?"" over the text, with no byline,
            # date or outlet line to say there is a header: a short first paragraph, maybe;
            # not with its outlet after a mark ("... 'sounded like a bomb' :: BBC News"), a
            # page's title (fx173: the tune seed's "first appeared on" line was the outlet)
            first = None
        if top is None:  # "BAHIA COCOA REVIEW" over the text or its table (nu37 #3, nu46 #1)
            wire = capitals_first_line(lines, head, role, META, first)
            first = wire if wire in titles else first
        headline = titles[first] if first is not None else None
    if first is None or headline is None:
        if lede is not None:
            for k in head:
                if role[k] == BODY and (is_label(lines[k]) or capitals_label(lines[k])):
                    role[k] = REMOVED  # a section label above the text ("WORLD NEWS")
        return None, lede
    role[first] = META
    facts.note("title", headline, first)
    suffixed = split_title_suffix(lines[first])
    if suffixed is not None and _norm(suffixed[0]) == _norm(headline):
        facts.note("outlet:title suffix", suffixed[1], first)
    dated = headline_date(lines[first])
    if dated:
        facts.note("date", parse_date(dated.group("date")), first)
    key = _norm(headline)
    for k in content:
        if role[k] != BODY:
            continue
        if lede is not None and k < first:
            role[k] = REMOVED  # a kicker or a promo above the headline
        elif k != first and _norm(titles.get(k, lines[k])) == key:
            role[k] = REMOVED  # the headline repeated
    return headline, lede


def _headline_above(line: str, above: str, top: bool, title: str | None) -> bool:
    """The line above ``line`` is a headline (the text's own title, ``top``, or a candidate
    ``title`` that is no label: "Middle East" over "Timeless Chinese BBQ" is a kicker over
    the headline), and ``line`` is not that headline again."""
    if not top and (title is None or label_like(title)):
        return False
    return _norm(line) != _norm(title or above)


def _is_source(name: str, line: str) -> bool:
    """A "by ..." / "via ..." / "Source: ..." line that credits an outlet, not a person."""
    if agency_name(name) or known_outlet(name) or is_outlet_name(name):
        return True
    return line.lower().startswith(("via ", "source:"))


def _note_date(facts: Facts, statement: DateStatement, line: int) -> None:
    if statement.kind == RELATIVE:
        facts.note("date_relative", statement.text, line)
    elif statement.kind == UPDATED:
        facts.note("updated", statement.value, line)
    elif statement.kind == PUBLISHED:
        facts.note("date", statement.value, line)


_SENTENCE_END = frozenset(".?!…\"”’'")


def _over_meta(candidates: list[int], head: Sequence[int], role: Sequence[int]) -> set[int]:
    """The candidates right above a metadata line (a date line, a byline, an outlet line)."""
    below = dict(pairwise(head))
    return {k for k in candidates if k in below and role[below[k]] == META}
