"""Speakers the quotes gave wrong (fx34c's leftovers, lf31), on constructed sentences.

- "the report said" after "..., the Office of X said in a report": the body that spoke in
  the sentence issued the report, not the first name in it ("Malaysia Airlines", na-1150).
- "Witness Ashad Russell saw ...": a person's noun capitalised before a name is a role, not
  part of the name, even when the first name is not one the lexicon knows (na-2526).
- `speakers` listed "Office of the Dutch Attorney General" as "Dutch Attorney General": a
  name after "the" or "of" is the body's own, not a person's (`tidied`).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.people_spellings import tidied
from index.analysis.quote_people import People
from index.analysis.quotes import extract_quotes

BODIES = st.sampled_from(
    [
        "Office of the Dutch Attorney General",
        "Ministry of Foreign Affairs",
        "Acme Holdings",
        "European Commission",
        "State Department",
    ]
)
BYSTANDERS = st.sampled_from(
    ["Malaysia Airlines", "General Motors", "Ryanair Holdings", "the Red Cross", "Gazprom"]
)
PAPERS = st.sampled_from(["report", "statement", "letter"])
NOUNS = st.sampled_from(["Witness", "Farmer", "Neighbour", "Teacher", "Survivor", "Activist"])
GIVEN = st.sampled_from(["Ashad", "Tumelo", "Ngozi", "Kwabena", "Oyelaran"])  # not in the lexicon
SURNAMES = st.sampled_from(["Russell", "Okafor", "Mensah", "Adeyemi"])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@settings(deadline=None, max_examples=40)
@given(body=BODIES, other=BYSTANDERS, paper=PAPERS)
def test_the_paper_is_the_speaking_body_s_not_the_first_name_s(
    body: str, other: str, paper: str
) -> None:
    text = (
        f"Much is unclear about the data received over the crash involving {other} "
        f"in eastern Ukraine, the {body} said in a {paper} on Thursday. "
        f'"It took months to read the files," the {paper} said.'
    )
    found = _speakers(text)
    assert len(found) == 1 and found[0] is not None
    assert found[0].removeprefix("the ") in body  # never the bystander named first
    assert other.removeprefix("the ") not in found[0]


@settings(deadline=None, max_examples=40)
@given(noun=NOUNS, first=GIVEN, last=SURNAMES)
def test_a_person_s_noun_before_a_name_is_not_the_name(noun: str, first: str, last: str) -> None:
    text = (
        f"{noun} {first} {last} saw the man jump over the door, the report states. "
        f'"He was not a police officer," {first} {last} said. '
        f'"I was scared," said {noun.lower()} {first} {last}.'
    )
    assert _speakers(text) == [f"{first} {last}"] * 2
    text = f'{noun} {first} {last} said the road was shut. "We waited for hours," {last} said.'
    assert _speakers(text) == [f"{first} {last}"]


@settings(deadline=None, max_examples=40)
@given(
    head=st.sampled_from(["Office of the", "Bureau of the", "Court of the", "Council of"]),
    rest=st.sampled_from(
        ["Dutch Attorney General", "Dutch Prosecutor General", "Irish Attorney General"]
    ),
)
def test_a_body_s_whole_name_is_listed_whole(head: str, rest: str) -> None:
    name = f"{head} {rest}"
    assert tidied(name) == name
    assert People([name, name]).shown(name) == name
    # a person after a title's words is still the person ("Chairman of General Motors")
    assert tidied(f"Chairman of {rest.split()[0]} Motors Roger Smith") == "Roger Smith"
