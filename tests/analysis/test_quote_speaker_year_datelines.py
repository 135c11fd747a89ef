"""A dateline with its day in full is never a speaker either (sm32; fx35a left it): the
articles read "WASHINGTON, Oct. 19, 2021 (AP) —", "LONDON, 19 October 2021 -" and a weekday
before them since nu32 #10 (`index.text.datelines.DAY_DATELINE`), and the quotes' subject
reading dropped only "RIVERTON, Calif. (AP) —" and the forms without a year."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person
from index.analysis.names import tokens
from index.analysis.speakerdateline import past_dateline
from tests.analysis.test_quote_speaker_fragments import _QUOTE, _speaker, names

_PLACES = ["WASHINGTON", "NEW YORK", "UNITED NATIONS", "RIVERTON, Calif.", "Riverton, Calif.",
           "SACRAMENTO, California", "KYIV", "LONDON"]  # fmt: skip
_DAYS = ["Oct. 19, 2021", "October 19, 2021", "19 October 2021", "19 Oct.", "2021-10-19",
         "Tuesday, Oct. 19, 2021", "Tuesday, 19 October 2021", "Tues., Oct. 19"]  # fmt: skip
_MARKS = ["(AP) —", "(Reuters) -", "—", "-", "(Valley Gazette) —"]
datelines = st.builds(
    lambda place, day, mark: f"{place}, {day} {mark} ",
    st.sampled_from(_PLACES),
    st.sampled_from(_DAYS),
    st.sampled_from(_MARKS),
)


@settings(max_examples=80, deadline=None)
@given(datelines, st.sampled_from(["Residents", "Mayor Ann Lee", "The Pentagon", "Officials"]))
def test_the_subject_reading_starts_after_the_dateline(dateline: str, subject: str) -> None:
    """The oracle: the dateline is written here, so where it ends is known."""
    text = f"{dateline}{subject} said on Tuesday: {_QUOTE}"
    toks = tokens(text)
    kept = past_dateline(text, toks)
    assert kept and kept[0].start == len(dateline), (dateline, [t.text for t in kept[:3]])
    before = "The talks ended.\n\n"  # a dateline opens its paragraph, not the text
    later = before + text
    sentence = [t for t in tokens(later) if t.start >= len(before)]
    assert past_dateline(later, sentence)[0].start == len(before) + len(dateline)


@settings(max_examples=60, deadline=None)
@given(datelines, names)
def test_a_dated_dateline_is_never_the_speaker(dateline: str, name: str) -> None:
    speaker = _speaker(f"{dateline}Mayor {name} said on Tuesday: {_QUOTE}")
    assert speaker is not None and same_person(speaker, name), (dateline, speaker)
    group = _speaker(f"{dateline}Residents on the river said the levee was {_QUOTE}")
    place = dateline.split(",")[0].split()[0]
    assert not group or (place.lower() not in group.lower() and "Oct" not in group), group


def test_what_is_no_dateline_is_kept() -> None:
    """A sentence in the middle of a paragraph, and a name and a date that end in no dash."""
    for text in (
        f"The talks ended. WASHINGTON, Oct. 19, 2021 (AP) — Mayor Ann Lee said: {_QUOTE}",
        f"Ann Lee, Oct. 19, 2021, said: {_QUOTE}",
        f"UPDATE, Oct. 19, 2021 — Ann Lee said: {_QUOTE}",
    ):
        toks = tokens(text)
        if text.startswith("The talks"):
            toks = [t for t in toks if t.start > text.index("WASHINGTON") - 1]
        assert past_dateline(text, toks) == toks, text
