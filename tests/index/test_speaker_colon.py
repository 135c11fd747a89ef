"""A quote after a colon closing a clause whose subject is a person (sp45, issue 18, nu47's
"Trump began by thanking ...", "Garland addressed ...", "Harris had a message for ...").
The oracle: the person's own "said:" ("Garland said: "..."") names the same one; a body, a
group or a place before the colon names no one, as before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

_PEOPLE = st.sampled_from(
    ["Trump", "Garland", "Harris", "Senator Jane Doe", "Mr Okafor", "Maria Lindqvist", "Pelosi"]
)
_CLAUSES = st.sampled_from(
    [
        "began by thanking the volunteers",
        "addressed the new recruits",
        "had a message for the migrants",
        "turned to the crowd",
        "looked straight at the cameras",
        "put it bluntly",
    ]
)
_QUOTE = '"Do not come. You will be turned back at the border, every one of you."'


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("The hall was full. " + text)]


@settings(deadline=None, max_examples=60)
@given(_PEOPLE, _CLAUSES, st.booleans())
def test_the_person_a_colon_clause_opens_on_speaks(
    person: str, clause: str, paragraph: bool
) -> None:
    said = _speakers(f"{person} said: {_QUOTE}")
    assert said[0] is not None
    gap = "\n\n" if paragraph else " "
    assert _speakers(f"{person} {clause}:{gap}{_QUOTE}") == said


def test_the_cases_of_the_issue() -> None:
    assert _speakers(f"Trump began by thanking the volunteers: {_QUOTE}") == ["Trump"]
    assert _speakers(f"Garland addressed the new recruits: {_QUOTE}") == ["Garland"]
    assert _speakers(f"Harris had a message for the migrants: {_QUOTE}") == ["Harris"]


def test_no_person_no_speaker() -> None:
    for lead in ("Police issued a warning", "Officials had a message", "Moscow set out its terms"):
        assert _speakers(f"{lead}: {_QUOTE}") == [None]
    # the colon ends a clause of another sentence than the one the person opens
    assert _speakers(f"Trump spoke. The sign read as follows: {_QUOTE}") == [None]
    # an earlier quote in the sentence: not this rule's
    assert _speakers(f'Trump called it "a hoax from start to finish" in a post: {_QUOTE}')[1:] in (
        [None],
        ["Trump"],
    )


def test_forms_of_the_corpus_diff_that_name_no_one() -> None:
    # a clause whose subject is not the name it opens on, a sign's text, a headline, a list
    ruled = f"When Judge Ann Kowal ruled against the ban, he blamed Kowal for it: {_QUOTE}"
    assert _speakers(ruled) == [None]
    placard = f"Ana Ruiz carried a placard in English proclaiming: {_QUOTE}"
    assert _speakers(placard) == [None]
    assert _speakers(f"Syria's Geneva talks: {_QUOTE}") == [None]
    assert _speakers(f"The plan had ten points. Number seven: {_QUOTE}") == [None]
