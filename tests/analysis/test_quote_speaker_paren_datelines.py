"""A dateline whose day is in brackets, "WASHINGTON (March 3, 2017) - ", is never the subject
of the sentence it opens, nor a name only one article gives in a comparison (nu55 #6). That
"it said in a statement" after it no longer points back to the place (every form) is
test_quote_speaker_dateline_antecedent's (sp49)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person
from index.analysis.namematch import ArticleNames
from index.analysis.names import tokens
from index.analysis.speakerdateline import past_dateline
from tests.analysis.test_quote_speaker_fragments import _QUOTE, _speaker, names

_PLACES = ["WASHINGTON", "NEW YORK", "KUALA LUMPUR", "RIVERTON, Calif.", "Riverton, Calif."]
_DAYS = ["March 3, 2017", "Mar. 3, 2017", "3 March 2017", "Friday, March 3, 2017", "2017-03-03"]
_MARKS = ["-", "—", "–"]
datelines = st.builds(
    lambda place, day, mark: f"{place} ({day}) {mark} ",
    st.sampled_from(_PLACES),
    st.sampled_from(_DAYS),
    st.sampled_from(_MARKS),
)


@settings(max_examples=60, deadline=None)
@given(datelines, st.sampled_from(["Residents", "Mayor Ann Lee", "The Pentagon", "Officials"]))
def test_the_subject_reading_starts_after_the_dateline(dateline: str, subject: str) -> None:
    """The oracle: the dateline is written here, so where it ends is known."""
    text = f"{dateline}{subject} said on Tuesday: {_QUOTE}"
    kept = past_dateline(text, tokens(text))
    assert kept and kept[0].start == len(dateline), (dateline, [t.text for t in kept[:3]])


@settings(max_examples=40, deadline=None)
@given(datelines, names)
def test_a_bracketed_day_dateline_is_never_the_speaker(dateline: str, name: str) -> None:
    speaker = _speaker(f"{dateline}Mayor {name} said on Tuesday: {_QUOTE}")
    assert speaker is not None and same_person(speaker, name), (dateline, speaker)
    group = _speaker(f'{dateline}"{_QUOTE.strip(chr(34))}," the statement said.')
    place = dateline.split(",")[0].split("(")[0].strip()
    assert not group or place.lower() not in group.lower(), group


def test_the_place_is_no_name_the_article_gives() -> None:
    text = "WASHINGTON (March 3, 2017) - Malaysia said it would ask the OPCW for help."
    names = ArticleNames.of(text)
    assert names.dateline_end == len("WASHINGTON (March 3, 2017) - ")  # all of it (nu82)
    # no bracketed day, no year or no dash: no dateline
    for other in ("WASHINGTON (Reuters) said", "Ann Lee (March 3, 2017) said", "NATO (2017) -"):
        assert ArticleNames.of(other + " it would help.").dateline_end == 0, other
