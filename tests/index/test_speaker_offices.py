"""Wrong speakers left by nu49 #3, sp41 and sp42 (sp43, issue 18): "He said" after a name
set off by commas from its role ("Fire commander, Oren Dask, said ... He said "...""); a
bare role matched by its last word only ("the prime minister" is not the first minister,
"the president" not the vice president); "he said" after "The former prime minister
confirmed" carried back to a former president named before; and the text of a
sign ("signs reading: "..."") credited to whoever posted its picture. Constructed sentences
in our own words, and properties whose oracle is the sentence's own build."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.namebook import NameBook
from index.analysis.officewords import office_fits, office_qualifier
from index.analysis.quotes import extract_quotes
from index.analysis.speakerpronouns import role_since

# Made-up names: the rules may not lean on a list of known people.
_GIVEN = st.sampled_from(["Oren", "Teodor", "Kasimir", "Lucan", "Victor", "Evander"])
_SURNAME = st.sampled_from(["Dask", "Quell", "Marrow", "Thistlewood", "Okonkwo", "Varga"])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@given(_GIVEN, _SURNAME, _SURNAME)
@settings(max_examples=40, deadline=None)
def test_he_said_after_apposed_name_is_that_name(given_name: str, surname: str, other: str):
    """Oracle: the man last named as speaking, set off by commas after his role (a known
    first name opens it: "Hamilton, New York, said" is a place)."""
    if surname == other:
        return
    text = (
        f"In a statement on Sunday, Mr {other} ordered residents to leave, repeating that it "
        'was "NOT a drill". Helicopters were sent to drop rocks on the bank. State Fire '
        f"Incident commander, {given_name} {surname}, said officials stood by the decision. "
        'He said that if nothing was done they were looking at "a wall of water from the lake".'
    )
    assert _speakers(text)[-1] == f"{given_name} {surname}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Teresa Gray spoke in London on Monday. First Minister Nora Bell said "
            'the vote would go ahead. "We will not wait for anyone," the prime minister said.',
            "Teresa Gray",
        ),
        (
            "First Minister Nora Bell said the vote would go ahead on Monday. Prime Minister "
            'Teresa Gray spoke in London. "We will not wait for anyone," the first minister said.',
            "Nora Bell",
        ),
        (
            "President Karl Binns said the plan would pass. Vice President Tom Ardel spoke in "
            'Ohio on Monday. "We will not wait for anyone," the president said.',
            "Karl Binns",
        ),
    ],
)
def test_bare_role_names_its_own_office(text: str, expected: str):
    assert _speakers(text) == [expected]


_OFFICES = st.sampled_from(["Prime", "First", "Foreign", "Deputy", "Finance"])


@given(_OFFICES, _OFFICES, _GIVEN, _SURNAME, _GIVEN, _SURNAME)
@settings(max_examples=40, deadline=None)
def test_role_goes_to_the_holder_of_that_office(
    office: str, rival: str, given_name: str, surname: str, rival_given: str, rival_surname: str
):
    """Oracle: the one person the text names with the role's qualifier, named first, while
    a holder of another office of the same noun spoke last."""
    if office == rival or surname == rival_surname or given_name == rival_given:
        return
    text = (
        f"{office} Minister {given_name} {surname} spoke in the capital on Monday. "
        f"{rival} Minister {rival_given} {rival_surname} said the vote would go ahead. "
        f'"We will not wait for anyone," the {office.lower()} minister said.'
    )
    assert _speakers(text) == [f"{given_name} {surname}"]


def test_other_office_since_a_former_president_is_no_one():
    """'"...," he said' after "The former prime minister confirmed ..." (its stop lost after a
    heading, as in na-1699): not the former
    president named before, when no one was named prime minister with a title."""
    text = (
        "He was given an award by then-prime minister Paul Garnier. Former president Marc "
        "Dubois is being investigated for fraud. Summons confirmed The former prime minister "
        'confirmed he would be summoned. "My lawyer has told me I will be charged," he said.'
    )
    book = NameBook(text, [])
    dubois = next(m for m in book.mentions if m.name == "Marc Dubois")
    assert role_since(book, dubois, text.index("he said"), "  Marc Dubois") is None
    assert "Marc Dubois" not in _speakers(text)


@pytest.mark.parametrize("sign", ["signs reading:", "a banner that read", "placards saying"])
def test_sign_text_is_no_ones_speech(sign: str):
    text = (
        "Some weeks before the vote, Harlan Voss on Monday posted a fake picture of his rival "
        f'at a rally with people holding up {sign} "Down with the banks" and "Power to the '
        'people", referring to a protest.'
    )
    assert _speakers(text) == [None, None]


def test_office_qualifier_and_fit():
    assert office_qualifier("the former prime minister", "minister") == "prime"
    assert office_qualifier("The Prime Minister", "minister") == "prime"
    assert office_qualifier("the minister", "minister") == ""
    assert office_qualifier("the vice-president", "president") == "vice"
    assert office_qualifier("the deputy prime minister", "minister") == "deputy prime"
    assert not office_fits("prime", {"deputy", "prime"}, "minister", "deputy prime minister")
    assert not office_fits("deputy prime", {"prime"}, "minister", "prime minister")
    assert office_fits("prime", {"prime", "minister"}, "minister", "prime minister")
    assert not office_fits("prime", {"first", "minister"}, "minister", "first minister")
    assert not office_fits("", {"vice", "president"}, "president", "vice president")
    assert office_fits("", {"president", "karl"}, "president", "president")
    assert office_fits("", {"vice", "director"}, "director", "a vice-president and director")


@given(
    st.sampled_from(["Prime", "Foreign", "First"]),
    st.sampled_from(["Deputy", "Vice"]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
@settings(max_examples=40, deadline=None)
def test_a_lower_rank_of_a_qualified_office_is_another_office(
    office: str, rank: str, deputy_first: bool, asks_deputy: bool, rival_named: bool
):
    """rv53 fixes sp43: "the prime minister" is not the deputy prime minister, nor "the
    deputy prime minister" the prime minister (the qualifier next to the noun alone was
    matched). Oracle: the holder of the office the role writes in full, or no one when the
    text names no holder of it."""
    holder = ("Teresa Gray", f"{office} Minister")
    deputy = ("Nora Bell", f"{rank} {office} Minister")
    first, second = (deputy, holder) if deputy_first else (holder, deputy)
    if not rival_named:
        first = second = deputy if not asks_deputy else holder
    wanted = deputy if asks_deputy else holder
    role = (
        f"{rank.lower()} {office.lower()} minister" if asks_deputy else f"{office.lower()} minister"
    )
    text = (
        f"{first[1]} {first[0]} spoke in the capital on Monday. {second[1]} {second[0]} "
        f'said the vote would go ahead. "We will not wait for anyone," the {role} said.'
    )
    expected = wanted[0] if wanted in (first, second) else None
    assert _speakers(text) == [expected]
