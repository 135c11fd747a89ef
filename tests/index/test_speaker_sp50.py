"""Speakers given wrongly or missed (sp50, issue 18): a link run on to the next sentence
with no full stop (a page's share row: "Permalink http://... Mnuchin remained upbeat"), a
bare surname that namesakes share when only one of them was quoted before ("said a visibly
upset Fillon"), and "..., it said in a statement" whose "it" is the sentence's subject, not
the nearest name ("Malaysia condemned the use of VX, it said"). Constructed sentences over
made-up names; each property's oracle is the sentence's own build."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

# Made-up given names and surnames: the rules may not lean on a list of known people.
_MAN = st.sampled_from(["Tolvar", "Halden", "Merrick", "Osgood", "Brandon", "Gerald"])
_WOMAN = st.sampled_from(["Quenby", "Ostrid", "Maryann", "Rosalind", "Helen", "Margaret"])
_SURNAME = st.sampled_from(["Brennick", "Halvorsen", "Okonkwo", "Marlaine", "Quillfeather"])
_OTHER = st.sampled_from(["Dunmore", "Kestrel", "Ashgrove", "Penhallow"])
_PATH = st.from_regex(r"[a-z]{2,6}\.(?:com|org)/[a-z]/[0-9A-Z]{3,6}", fullmatch=True)
_SHARE = st.sampled_from(["Permalink", "Share this story Facebook Twitter", "Send Email"])
_ACRONYM = st.sampled_from(["VX", "EPA", "OPCW", "IAEA", "UN"])
_COUNTRY = st.sampled_from(["Malaysia", "France", "Japan", "Brazil", "Kenya"])
_VERB = st.sampled_from(["condemned the use of", "criticised", "welcomed the report of"])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def _link_text(man: str, surname: str, other: str, share: str, path: str) -> str:
    return (
        f"Treasury Secretary {man} {surname} attended the meeting. Finance minister Tolmar "
        f'{other} chaired it. "We are not for protectionism," {other} said. - {share} '
        f"http://{path} {surname} remained upbeat after the summit, and said the talks had "
        "gone well. The Treasury Secretary added that he would not read too much into it. "
        '"We will strive to reduce the imbalances," he added.'
    )


def test_link_before_a_name_ends_the_sentence() -> None:
    """na-2916's shape: the share row's link runs on into "Mnuchin remained upbeat ..., and
    said" with no full stop; "he added" is that man, not the earlier speaker."""
    text = _link_text("Tolvar", "Brennick", "Dunmore", "Permalink", "dw.com/p/2ZM32")
    assert _speakers(text) == ["Tolmar Dunmore", "Tolvar Brennick"]
    # a link ending on "a" ("/00a Brennick"): no article "a" before the name
    text = _link_text("Tolvar", "Brennick", "Dunmore", "Permalink", "aa.com/a/00a")
    assert _speakers(text) == ["Tolmar Dunmore", "Tolvar Brennick"]


@settings(max_examples=30, deadline=None)
@given(_MAN, _SURNAME, _OTHER, _SHARE, _PATH)
def test_link_before_a_name_property(
    man: str, surname: str, other: str, share: str, path: str
) -> None:
    """Whatever the link and the share row, the name after the link leads its sentence and
    no run of capitals inside the link ("2ZX Brennick") is read as a name."""
    assert _speakers(_link_text(man, surname, other, share, path)) == [
        f"Tolmar {other}",
        f"{man} {surname}",
    ]


def _namesakes_text(man: str, woman: str, surname: str) -> str:
    return (
        f'{man} {surname} said on Monday: "I will stay in the race." His wife {woman} '
        f"{surname} and his son Charles {surname} were paid as aides. "
        f'"I will not give in," said a visibly upset {surname}.'
    )


def test_namesake_quoted_before_is_the_bare_surname() -> None:
    """na-1699's shape: three Fillons, only one quoted: the bare surname is that one."""
    text = _namesakes_text("Tolvar", "Quenby", "Brennick")
    assert _speakers(text) == ["Tolvar Brennick", "Tolvar Brennick"]


@settings(max_examples=30, deadline=None)
@given(_MAN, _WOMAN, _SURNAME)
def test_namesake_quoted_before_property(man: str, woman: str, surname: str) -> None:
    """Whoever they are, the one namesake quoted before speaks again under the surname."""
    assert _speakers(_namesakes_text(man, woman, surname)) == [f"{man} {surname}"] * 2


@settings(max_examples=30, deadline=None)
@given(_MAN, _WOMAN, _SURNAME)
def test_namesakes_none_quoted_stay_unresolved(man: str, woman: str, surname: str) -> None:
    """Two namesakes, neither quoted before: the bare surname still names neither."""
    text = (
        f"{man} {surname} was jailed. His wife {woman} {surname} was in court. "
        f'"It is a shame," {surname} said.'
    )
    assert _speakers(text) == [None]


def _it_said_text(country: str, verb: str, acronym: str) -> str:
    return (
        f"{country} {verb} {acronym}, it said in a statement on Friday. "
        '"Such a weapon used anywhere is abhorrent," the statement said.'
    )


def test_it_said_is_the_subject_not_the_object() -> None:
    """The reported case: the statement is Malaysia's, not VX's (the nearest name)."""
    assert _speakers(_it_said_text("Malaysia", "condemned the use of", "VX")) == ["Malaysia"]


@settings(max_examples=30, deadline=None)
@given(_COUNTRY, _VERB, _ACRONYM)
def test_it_said_property(country: str, verb: str, acronym: str) -> None:
    """Whatever the country, verb and object, the statement is the subject's."""
    assert _speakers(_it_said_text(country, verb, acronym)) == [country]


def test_it_said_with_no_body_opening_is_no_one() -> None:
    """ "The attack used VX, it said": the sentence opens on no body or country, so the
    statement is no one's (not VX's)."""
    text = 'The attack used VX, it said in a statement. "This is a crime," the statement said.'
    assert _speakers(text) == [None]


_BODY = st.sampled_from(
    ["The Munich Security Conference", "The Halvorsen Institute", "The Brennick Foundation"]
)
_FILLER = st.integers(min_value=8, max_value=30)


def _report_text(body: str, filler: int) -> str:
    aside = " ".join(["The talks went on for many hours in the old hall by the river."] * filler)
    return (
        f"{body} published its annual report on Monday. {aside} The report warns of a "
        'world after the West. "This does not bode well for liberal values," the report '
        'said. "Trust might erode further. Preventing that is a task for society," it added.'
    )


def test_report_brought_in_far_back() -> None:
    """na-1031's shape: "X published its annual report", the report spoken of again, and
    "the report said" more than 1500 characters later: X's, and so is the "it added" of the
    next quote (its quote holding a full stop and a capital)."""
    body = "The Munich Security Conference"
    assert _speakers(_report_text(body, 30)) == ["Munich Security Conference"] * 2


@settings(max_examples=20, deadline=None)
@given(_BODY, _FILLER)
def test_report_brought_in_far_back_property(body: str, filler: int) -> None:
    """However far back the body brought its report in, the report's quotes are its."""
    assert _speakers(_report_text(body, filler)) == [body.removeprefix("The ")] * 2


def test_report_a_far_paper_of_no_owner_is_no_one() -> None:
    """ "a government report said" far back names no issuer: the report's later quote stays
    no one's (not the first company of that sentence)."""
    aside = " ".join(["The talks went on for many hours in the old hall by the river."] * 30)
    text = (
        "The state should cut its stake in Brennick Airlines Ltd, a government report said. "
        f'{aside} The report was debated. "Sell as many as possible," the report said.'
    )
    assert _speakers(text) == [None]


_ACRONYM_BODY = st.sampled_from(["BMA", "NHS England", "KVERT", "RSPB Scotland"])
_FORM = st.sampled_from(["A spokesman for {b}", "A {b} spokesperson", "A spokeswoman for {b}"])


@settings(max_examples=20, deadline=None)
@given(_ACRONYM_BODY, _FORM)
def test_spokesman_for_an_acronym_body(body: str, form: str) -> None:
    """na-0116, na-3550's shape: "A BMA spokesperson said:", "A spokesman for NHS England
    said:": the body speaks though no body's word ("ministry") says it is one."""
    text = f'Officials met on Monday. {form.format(b=body)} said: "Doctors are stretched."'
    assert _speakers(text) == [body]


@settings(max_examples=20, deadline=None)
@given(_MAN, _SURNAME)
def test_spokesman_for_a_person_is_no_one(man: str, surname: str) -> None:
    """A spokesman for a person is not that person speaking, nor is "A Brennick
    spokesman" (a name with no acronym, not named as a body)."""
    for form in ("A spokesman for {b}", "A {b} spokesman"):
        name = f"{man} {surname}" if "for" in form else surname
        text = f'Officials met on Monday. {form.format(b=name)} said: "He is resting."'
        assert _speakers(text) == [None]
