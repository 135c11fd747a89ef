"""A place opening the participle forms of `index.analysis.cueforms` (sp44, on rv52's
report of sp42): "New York on Monday reported ..., saying "..."" gives New York, as the
rest of the speaker code gives a place that speaks ("Washington said on Monday", and the
labels' "Hawaii said in its filing": `speakernoone`). The oracle is the same sentence
without its time phrase or its earlier quote, read by the code that came before sp42."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

_PLACES = st.sampled_from(
    [
        "New York",
        "Washington",
        "Moscow",
        "China",
        "Russia",
        "Hawaii",
        "Texas",
        "Britain",
        "Tehran",
        "Brussels",
        "California",
        "Kyiv",
        "Paris",
        "Israel",
    ]
)
_TIMES = st.sampled_from(
    ["on Monday ", "today ", "yesterday ", "on Tuesday morning ", "late on Sunday "]
)
_FORMS = st.sampled_from(
    [
        '{p} {t}reported 500 new cases, saying "the worst is yet to come for us."',
        '{p} {t}imposed sanctions on the firms, warning that "more steps will follow soon."',
        '{p} {t}imposed "harsh" sanctions on the firms, warning that "more will follow."',
        # "claims" is read as a speech verb: its subject was "Moscow today rejected the"
        '{p} {t}rejected the claims, saying "the report is full of lies and smears."',
        '{p} {t}denied the claims, adding that "no troops were ever sent."',
    ]
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("The talks ended. " + text)]


@settings(deadline=None, max_examples=60)
@given(_PLACES, _TIMES, _FORMS)
def test_a_place_opening_a_participle_form_speaks_as_it_does_without_the_time(
    place: str, time: str, form: str
) -> None:
    # the oracle: a place the code lets speak without the time phrase ("New York reported
    # ..., saying", a name of two words) speaks with it; one it does not ("Moscow rejected
    # the claims, saying": one word, not next to its verb) does not
    plain = _speakers(form.format(p=place, t=""))
    timed = _speakers(form.format(p=place, t=time))
    assert timed == plain


def test_rv52_cases_give_the_place_as_the_plain_sentence_does() -> None:
    new_york = 'New York on Monday reported 500 new cases, saying "the worst is yet to come."'
    sanctions = 'Washington on Monday imposed sanctions, warning that "more steps will follow."'
    assert _speakers(new_york) == ["New York"] == _speakers(new_york.replace(" on Monday", ""))
    assert _speakers(sanctions) == ["Washington"]
    assert _speakers('Washington said on Monday the plan was "a real danger."') == ["Washington"]
