"""A wire's dateline with its year is never a speaker (qp53; fx174 taught the articles the
form: `index.text.datelines.YEAR_DATELINE`): in "Vienna (Reuters), March 20, 1987 - Oil
ministers said ...", neither "Vienna" nor "March 20; 1987 -" is who spoke or what they are,
and in "Vienna, March 20, 1987 - Mayor Ali Baka said ..." the mayor's title is "Mayor", not
"1987 - Mayor". The oracle is the dateline and the speaker generated here: where the
dateline ends, who speaks, and the quote's offsets into the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person
from index.analysis.names import tokens
from index.analysis.quotes import extract_quotes
from index.analysis.speakerdateline import past_dateline
from tests.analysis.test_quote_speaker_fragments import _QUOTE, names

_PLACES = ["Vienna", "VIENNA", "Kuala Lumpur", "NEW YORK", "St. Louis", "Riverton", "Bogotá"]
_REGIONS = ["Austria", "AUSTRIA", "the Netherlands", "West Germany", "N.J.", "Calif."]
_MONTHS = ["March", "Mar.", "MARCH", "march", "Oct.", "October", "Sept."]
_WEEKDAYS = ["", "Friday, ", "Fri., "]
_AGENCIES = ["Reuters", "AP", "AFP", "Valley Gazette"]
_DASHES = ["-", "--", "–", "—"]
_GROUPS = ["Oil ministers", "Residents on the river", "Analysts", "OPEC"]


@st.composite
def datelines(draw: st.DrawFn) -> str:
    """A wire's dateline with its year, as fx174's forms write it, and the space after it."""
    place = draw(st.sampled_from(_PLACES))
    region = draw(st.sampled_from([None, *_REGIONS]))
    if region:
        place += f", {region}"
    month, day = draw(st.sampled_from(_MONTHS)), draw(st.integers(1, 28))
    year = draw(st.integers(1950, 2049))
    date = draw(st.sampled_from([f"{month} {day}, {year}", f"{day} {month} {year}"]))
    date = draw(st.sampled_from(_WEEKDAYS)) + date
    agency = draw(st.sampled_from(_AGENCIES))
    credit = draw(st.sampled_from(["none", "before", "before, no comma", "after"]))
    dash = draw(st.sampled_from(_DASHES + (["no dash"] if credit == "after" else [])))
    end = "" if dash == "no dash" else f" {dash}"
    if credit == "before":
        return f"{place} ({agency}), {date}{end} "
    if credit == "before, no comma":
        return f"{place} ({agency}) {date}{end} "
    return f"{place}, {date}{f' ({agency})' if credit == 'after' else ''}{end} "


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def _only_quote(text: str) -> tuple[str | None, str | None]:
    """The speaker and description of the text's one quote, its offsets checked."""
    found = extract_quotes(text)
    assert len(found) == 1, [q.text for q in found]
    quote = found[0]
    assert text[quote.start : quote.end] == quote.text
    assert quote.inner.strip(" ,.") == _QUOTE.strip('"').strip(" ,."), quote.inner
    return quote.speaker, quote.description


@settings(max_examples=300, deadline=None)
@given(datelines(), st.sampled_from(["Residents", "Mayor Ann Lee", "Oil ministers", "OPEC"]))
def test_the_subject_reading_starts_after_the_dateline(dateline: str, subject: str) -> None:
    """The oracle: the dateline is written here, so where it ends is known (in the text's
    first paragraph and in a later one)."""
    text = f"{dateline}{subject} said on Tuesday: {_QUOTE}"
    kept = past_dateline(text, tokens(text))
    assert kept and kept[0].start == len(dateline), (dateline, [t.text for t in kept[:3]])
    before = "The talks ended.\n\n"
    later = before + text
    sentence = [t for t in tokens(later) if t.start >= len(before)]
    assert past_dateline(later, sentence)[0].start == len(before) + len(dateline)


@settings(max_examples=300, deadline=None)
@given(datelines(), names, st.sampled_from(["Mayor ", "Oil Minister ", ""]))
def test_the_speaker_after_a_year_dateline(dateline: str, name: str, title: str) -> None:
    """Who speaks is the name generated; their title has none of the dateline's words."""
    for text in (
        f"{dateline}{title}{name} said on Tuesday: {_QUOTE}",
        f"{dateline}{title}{name} told reporters the talks had failed. {_QUOTE}",
    ):
        speaker, description = _only_quote(text)
        assert speaker is not None and same_person(speaker, name), (text, speaker)
        said = _words(description or "") | _words(speaker)
        assert not said & (_words(dateline) - _words(name)), (text, speaker, description)


@settings(max_examples=300, deadline=None)
@given(datelines(), st.sampled_from(_GROUPS), st.booleans())
def test_a_year_dateline_is_never_a_speaker(dateline: str, group: str, it: bool) -> None:
    """No name is given: no place, region, agency, month or year speaks or describes, nor
    is the "it" of "it said in a statement" (was "Reuters" after "Vienna (Reuters), Mar.
    20, 1987 - "); the quote reads as the sentence does with no dateline before it."""
    sentence = f"{group} said on Tuesday the levee was {_QUOTE}"
    if it:
        inner = _QUOTE.strip('".')
        sentence = f'{group} condemned the talks as "{inner}," it said in a statement.'
    speaker, description = _only_quote(dateline + sentence)
    assert (speaker, description) == _only_quote(sentence), (dateline, speaker, description)
    assert not _words(description or "") & (_words(dateline) - _words(group)), description


def test_what_is_no_year_dateline_is_kept() -> None:
    """A kicker, prose, a name and a date with no dash, a sentence inside a paragraph."""
    for text in (
        f"Today, March 20, 1987 - Ann Lee said: {_QUOTE}",
        f"In Vienna, March 20, 1987 - Ann Lee said: {_QUOTE}",
        f"Notes, March 20, 1987 - we asked Ann Lee, who said: {_QUOTE}",
        f"Ann Lee, March 20, 1987, said: {_QUOTE}",
        f"Friday, March 20, 1987 - Ann Lee said: {_QUOTE}",
    ):
        toks = tokens(text)
        assert past_dateline(text, toks) == toks, text
    text = f"The talks ended. Vienna, March 20, 1987 - Ann Lee said: {_QUOTE}"
    toks = [t for t in tokens(text) if t.start >= text.index("Vienna")]
    assert past_dateline(text, toks) == toks
