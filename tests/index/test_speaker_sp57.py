""" "The company said" after a firm the name book splits or misreads (sp57, issue 18): "& Co"
and "and Co" names, a lone firm name opening a sentence that the book gives no mention,
a firm a first name made a man's. Constructed texts over made-up names; the properties'
oracles are the texts' own build (the one firm that spoke, or no one when two did)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes
from index.analysis.speakerfirm import _key

_QUOTE = '"We believe the verdict is wrong and will appeal it," the company said.'


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_an_and_co_firm_is_whole() -> None:
    """reut-16059's and reut-20841's shapes: the book reads "Sachs" and "Co" apart; the firm
    is the whole name, a first word before a comma too; a ticker in brackets that did not
    speak is no second firm."""
    for lead, firm in (
        ("Halden Brennick & Co said it would appeal.", "Halden Brennick & Co"),
        ("Halden, Brennick and Co said it would appeal.", "Halden, Brennick and Co"),
        (
            "W.R. Kestrel and Co said a jury ordered it to pay, in a case with Norbrook Bank"
            " <NBK>.",
            "W.R. Kestrel and Co",
        ),
    ):
        assert _speakers(f"{lead}\n\n{_QUOTE}") == [firm], lead


def test_a_lone_firm_opening_a_sentence() -> None:
    """The book gives no mention of "Kestrel Energy said" nor of "Quillfeather on Wednesday
    said": the run of capitals that opened the sentence is the firm."""
    for lead, firm in (
        ("Kestrel Energy said on Monday it would appeal the ruling.", "Kestrel Energy"),
        ("Quillfeather on Wednesday said it would appeal. It said more later.", "Quillfeather"),
    ):
        assert _speakers(f"{lead}\n\n{_QUOTE}") == [firm], lead


def test_a_firm_a_first_name_reads_as_a_man() -> None:
    """na-1915's and na-2266's shapes: "Irwin Mitchell solicitors", "company Noble
    Caledonia"; with "Mr Noble" speaking, a man spoke and no firm is given."""
    for lead, firm in (
        (
            "Irwin Kestrel solicitors, speaking on behalf of the family, said it was wrong.",
            "Irwin Kestrel",
        ),
        (
            "The ship is owned by the British company Noble Brennick. It was a sad day, "
            "said Noble Brennick.",
            "Noble Brennick",
        ),
        (
            "The ship is owned by the British company Noble Brennick. It was sad, said Mr Noble.",
            None,
        ),
    ):
        assert _speakers(f"{lead}\n\n{_QUOTE}") == [firm], lead


def test_the_guards() -> None:
    """No one: two lone firms spoke, a body spoke ("The Halden Police said"), a place spoke,
    a first name opened the sentence, a second firm spoke after an "& Co" one."""
    for lead in (
        "Kestrel Energy said it would appeal. Oglebrook Mining said it would not.",
        "The Halden Police said on Monday it would appeal the ruling.",
        "Texas said on Monday it would appeal the ruling.",
        "Anna said on Monday it would appeal the ruling.",
        "Halden Brennick & Co said it would appeal.\n\nNorbrook Power Corp said it would not.",
    ):
        assert _speakers(f"{lead}\n\n{_QUOTE}") == [None], lead


def test_key_drops_the_joining_word() -> None:
    """ "X & Co" and "X and Co" are one firm's name, "X" shortly."""
    assert _key("Halden Brennick & Co") == _key("Halden Brennick and Co") == ["halden", "brennick"]


_FIRST = st.sampled_from(["Kestrel", "Quillfeather", "Brennick", "Halvorsen", "Norbrook"])
_SECOND = st.sampled_from(["Oglebrook", "Zembla", "Arden", "Vantor", "Tarrow"])
_RIVAL = st.sampled_from(["Ostrava Mining Corp", "Pellmore Networks Inc", "Dunmere Holdings Ltd"])


@settings(max_examples=40, deadline=None)
@given(_FIRST, _SECOND, st.sampled_from(["&", "and"]), st.booleans(), st.booleans(), _RIVAL)
def test_and_co_property(
    first: str, second: str, join: str, comma: bool, rival: bool, other: str
) -> None:
    """A firm "<A>[,] <B> &/and Co" that spoke, then shortly as "<A> <B>", is "the company";
    with a second firm that spoke (``rival``) no one is."""
    firm = f"{first}{',' if comma else ''} {second} {join} Co"
    parts = [f"{firm} said it expects record sales this year."]
    parts.append(f"{first} {second} said sales rose 4 pct.")
    if rival:
        parts.append(f"{other} said it bought a stake in the unit.")
    parts.append(_QUOTE)
    assert _speakers("\n\n".join(parts)) == [None if rival else firm]


_KIND = st.sampled_from(["Energy", "Minerals", "Pharma", ""])
_DAY = st.sampled_from(["", " on Monday", " on Wednesday"])


@settings(max_examples=40, deadline=None)
@given(_FIRST, _KIND, _DAY, st.booleans(), _SECOND)
def test_lone_sayer_property(first: str, kind: str, day: str, rival: bool, other: str) -> None:
    """A made-up firm (one or two words) opening a sentence with "said" (a day between or
    not), and nothing else named: it is "the company"; a second such firm: no one."""
    firm = f"{first} {kind}".strip()
    parts = [f"{firm}{day} said it would appeal the ruling. It said the ruling was unfair."]
    if rival:
        parts.append(f"{other} Minerals said it would not appeal.")
    parts.append(_QUOTE)
    assert _speakers("\n\n".join(parts)) == [None if rival else firm]


def test_an_outlet_that_said_is_no_lone_firm() -> None:
    """int44: sp57's lone sayer met rv65's rule that an outlet only reports ("CNN said")."""
    for outlet in ("CNN", "Bloomberg", "Reuters"):
        lead = f"{outlet} said on Monday the plant would close."
        assert _speakers(f"{lead}\n\n{_QUOTE}") == [None], lead
