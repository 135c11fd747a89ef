"""No word of a paragraph-opening dateline (its place, agency credit or day) is a name the
quotes' speaker lookup may point back to (sp49, fx133's finding on nu55's 250.txt): after
"WASHINGTON (Reuters) - Malaysia condemned the attack, it said in a statement.", the quote
"'...,' the statement said" was "WASHINGTON"'s, or "Reuters'" with the agency credit."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.namebook import NameBook
from index.analysis.namerun import CAP_RUN
from index.analysis.speakerdateline import dateline_end, outside_datelines
from tests.analysis.test_quote_speaker_fragments import _QUOTE, _speaker

_PLACES = ["WASHINGTON", "KUALA LUMPUR", "NEW YORK", "LONDON", "UNITED NATIONS"]
_TOWNS = ["RIVERTON, Calif.", "Riverton, Calif.", "SACRAMENTO, California", "Dover, Del."]
_AGENCIES = ["Reuters", "AP", "AFP", "Bloomberg"]
_DAYS = ["March 3", "Oct. 19, 2021", "19 October 2021", "Friday, March 3, 2017"]
_MARKS = ["-", "—", "–"]


@st.composite
def datelines(draw: st.DrawFn) -> str:
    """The wire forms the facts code reads (index.text.datelines): a place in capitals with
    an agency, a day, or both; a town and its state; a day in brackets."""
    mark = draw(st.sampled_from(_MARKS))
    form = draw(st.integers(0, 4))
    agency = f"({draw(st.sampled_from(_AGENCIES))})"
    if form == 0:  # "WASHINGTON (Reuters) - ", "WASHINGTON - "
        place = draw(st.sampled_from(_PLACES))
        return f"{place} {agency} {mark} " if draw(st.booleans()) else f"{place} {mark} "
    if form == 1:  # "KUALA LUMPUR, March 3 (Reuters) - "
        return f"{draw(st.sampled_from(_PLACES))}, {draw(st.sampled_from(_DAYS))} {agency} {mark} "
    if form == 2:  # "RIVERTON, Calif. (AP) — "
        return f"{draw(st.sampled_from(_TOWNS))} {agency} {mark} "
    if form == 3:  # "LONDON, 19 October 2021 - "
        return f"{draw(st.sampled_from(_PLACES))}, {draw(st.sampled_from(_DAYS[1:]))} {mark} "
    return f"{draw(st.sampled_from(_PLACES))} (March 3, 2017) {mark} "  # nu55 #6's form


_BODIES = [
    "Malaysia condemned the use of the nerve agent, it said in a statement.",
    "The ministry said in a statement it would ask for help.",
    "Officials condemned the attack, it said in a statement on Friday.",
    "Rain fell for a week, it said in a statement.",
]


_PARTS = [*_BODIES, "\n", "\n\n", " "]


def _words(dateline: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]{3,}", dateline)]


@settings(max_examples=80, deadline=None)
@given(datelines(), st.sampled_from(_BODIES), st.booleans())
def test_a_statement_is_never_the_datelines(dateline: str, body: str, later: bool) -> None:
    """The oracle: the same article without its dateline (none of these names a speaker)."""
    tail = f'{_QUOTE[:-2]}," the statement said.'
    lead = "Talks went on.\n\n" if later else ""  # the dateline opens a later paragraph too
    bare = _speaker(f"{lead}{body} {tail}")
    speaker = _speaker(f"{lead}{dateline}{body} {tail}")
    assert speaker == bare, (dateline, body, speaker)
    assert not speaker or not set(_words(dateline)) & set(_words(speaker)), speaker


@settings(max_examples=80, deadline=None)
@given(datelines(), st.sampled_from(["", "Talks went on.\n", "Talks went on.\n\n  "]))
def test_no_name_starts_inside_the_dateline(dateline: str, lead: str) -> None:
    text = f"{lead}{dateline}Mayor Ann Lee said on Tuesday: {_QUOTE}"
    opens = text.rfind("\n", 0, len(lead)) + 1  # where the dateline's line starts
    assert dateline_end(text, opens) == len(lead) + len(dateline), (lead, dateline)
    book = NameBook(text, [(text.index(_QUOTE), len(text))])
    assert [m.name for m in book.mentions if m.start < len(lead) + len(dateline)] == []
    assert any(m.name == "Ann Lee" for m in book.mentions), [m.name for m in book.mentions]


def test_a_paragraph_without_a_dateline_keeps_its_names() -> None:
    for text in ("Ann Lee (Reuters) said it would go on.", "Mayor Ann Lee said it went on."):
        assert dateline_end(text, 0) == 0, text
        assert any(m.name == "Ann Lee" for m in NameBook(text, []).mentions), text


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(datelines(), st.sampled_from(_PARTS)), max_size=8))
def test_the_cursor_drops_what_a_search_for_each_run_drops(parts: list[str]) -> None:
    """The oracle: each run's paragraph found by a search back to its line's start."""
    text = "".join(parts)
    kept = [m.start() for m in outside_datelines(text, CAP_RUN.finditer(text))]
    every = [m.start() for m in CAP_RUN.finditer(text)]
    assert kept == [s for s in every if s >= dateline_end(text, text.rfind("\n", 0, s) + 1)]
