"""A one-word place with a time phrase between it and its verb (sp45, issue 18, from sp44's
notes): "Moscow on Monday slammed the move as "..."" speaks as "Moscow slammed the move as
"..."" does. `speakernamed.named` lets a one-word place speak only next to its verb; the
time phrase no longer counts in that distance. And "Beijing" is a place, not a participle
("speaking at ..."), so "Beijing said" names Beijing as "Tokyo said" names Tokyo."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.names import tokens
from index.analysis.quotes import extract_quotes
from index.analysis.speakernamed import verb_gap

_PLACES = st.sampled_from(
    ["Moscow", "Russia", "Britain", "Tokyo", "Kyiv", "Tehran", "Hawaii", "Brussels", "Ottawa"]
)
_TIMES = st.sampled_from(
    [
        "on Monday ",
        "on Tuesday morning ",
        "late on Sunday ",
        "early on Friday ",
        "today ",
        "yesterday ",
        "on Wednesday evening ",
    ]
)
_FORMS = st.sampled_from(
    [
        '{p} {t}slammed the move as "a reckless step that will not go without an answer."',
        '{p} {t}said the plan was "a dangerous step toward a wider war in the region."',
        '{p} {t}called the plan "a trap for the unwary and a gift to our rivals" and left.',
        '{p} {t}warned: "any such step would be met with a firm and swift answer."',
        '{p} {t}described the talks as "useful but far from any kind of settlement."',
    ]
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("The talks ended. " + text)]


@settings(deadline=None, max_examples=80)
@given(_PLACES, _TIMES, _FORMS)
def test_a_time_phrase_after_a_place_keeps_the_speaker_it_has_without_it(
    place: str, time: str, form: str
) -> None:
    # the oracle: the same sentence without its time phrase
    plain = _speakers(form.format(p=place, t=""))
    assert plain == [place]
    assert _speakers(form.format(p=place, t=time)) == plain


def test_the_cases_of_the_issue() -> None:
    assert _speakers('Moscow on Monday slammed the move as "a reckless and dangerous step."') == [
        "Moscow"
    ]
    assert _speakers('Moscow on Tuesday morning said the plan was "a step toward war."') == [
        "Moscow"
    ]
    assert _speakers('Britain on Monday called the plan "a trap for the unwary" and left.') == [
        "Britain"
    ]


@settings(deadline=None, max_examples=30)
@given(_TIMES, _FORMS)
def test_beijing_speaks_as_another_capital_does(time: str, form: str) -> None:
    for t in ("", time):
        tokyo = _speakers(form.format(p="Tokyo", t=t))
        assert _speakers(form.format(p="Beijing", t=t)) == ["Beijing" if s else s for s in tokyo]


def test_time_gap_counts_only_a_time_phrase() -> None:
    def gap(words: str) -> int:
        return verb_gap(tokens(words, 0, len(words)))  # time_gap's, now qp50's verb_gap

    assert gap("on Monday slammed") == len("on Monday ")
    assert gap("late on Sunday said") == len("late on Sunday ")
    assert gap("today said") == len("today ")
    assert gap("on the other hand said") == 0  # no time phrase
    assert gap("late said") == gap("on said") == 0  # "late", "on" alone: no time
    assert gap("on Monday") == 0  # nothing after it: no verb it stands before
