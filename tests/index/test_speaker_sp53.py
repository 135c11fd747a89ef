"""A channel is not the speaker, Axios's lead-ins, and "the company said" (sp53, issue 18:
nu60 #3). Constructed sentences over made-up names; each property's oracle is the text's
own build (the person the sentence's subject names; the one firm that spoke)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.names import tokens
from index.analysis.quotes import extract_quotes
from index.analysis.speakerchannel import past_channel

_QUOTE = "\u201chas uncovered significant and undeniable evidence of fraud.\u201d"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_the_channel_is_not_the_speaker() -> None:
    """as-5673-center's shape: the PAC the statement went through, named between commas,
    is not who spoke; the former governor is, pointing back to the governor named before."""
    text = (
        "Former Governor Tolvar Brennick on Friday laid into the news media after a draft "
        "report of the audit.\n\n"
        "In a statement issued through his leadership PAC, Save Freedonia, the former governor "
        f"called the report a political bombshell that {_QUOTE}"
    )
    assert _speakers(text) == ["Tolvar Brennick"]


def test_the_channel_unnamed_is_not_the_speaker() -> None:
    """The same with the channel unnamed: "his leadership PAC" gave "PAC"."""
    text = (
        "Former Governor Tolvar Brennick spoke on Friday.\n\n"
        "In a statement issued through his leadership PAC, the former governor called the "
        f"report a political bombshell that {_QUOTE}"
    )
    assert _speakers(text) == ["Tolvar Brennick"]


def test_channel_guards() -> None:
    """Guards: no comma after the channel ("A statement issued through Save Freedonia
    said"), a subject that is no phrase ("Tom Hale, 54, said"), more than one name between
    commas: the words stay as they are."""
    for said in (
        "A statement issued through Save Freedonia",
        "Through a spokesman, Tom Hale, 54,",
        "Via his lawyer, Acme, Halvorsen, the senator",
        "In a statement on Friday, Save Freedonia, the group",
    ):
        toks = tokens(said, 0, len(said))
        assert past_channel(toks) == toks, said
    said = "In a statement released by his office, Senator Halvorsen"
    assert [t.text for t in past_channel(tokens(said, 0, len(said)))] == ["Senator", "Halvorsen"]


_CHANNEL = st.sampled_from(
    ["issued through", "released through", "posted via", "issued by", "released by", "put out by"]
)
_BODY = st.sampled_from(["his leadership PAC", "his campaign", "his office", "a spokesman"])
_NAMED = st.sampled_from(["", " Save Freedonia,", " Ruritania First,", " Quillfeather Group,"])
_ROLE = st.sampled_from(["governor", "senator", "president"])
_PERSON = st.sampled_from(["Tolvar Brennick", "Gerald Okonkwo", "Merrick Marlaine"])


@settings(max_examples=60, deadline=None)
@given(_CHANNEL, _BODY, _NAMED, _ROLE, _PERSON)
def test_channel_property(channel: str, body: str, named: str, role: str, person: str) -> None:
    """Whatever the channel, its name and the role, the speaker is the person the role
    points back to (the sentence's subject), never the channel."""
    text = (
        f"Former {role.title()} {person} spoke on Friday.\n\n"
        f"In a statement {channel} {body},{named} the former {role} called the report "
        f"a political bombshell that {_QUOTE}"
    )
    assert _speakers(text) == [person]


def test_what_theyre_saying_lead_in() -> None:
    """as-5626-center's and as-5880-center's shapes (read: no speaker was wrong): an Axios
    lead-in ("What they're saying:", "The other side:") is no speaker; the name after the
    quote is; a quote cut before its speaker has none (not "they" or "he" resolved)."""
    lead = "Tolvar Brennick on Tuesday ordered the agency to halt the raids.\n\n"
    assert _speakers(
        f"{lead}What they're saying: \"We will not tolerate unscrupulous employers who exploit "
        'workers," the FDA and CDC said.'
    ) == ["FDA and CDC"]
    for heading in ("What they're saying", "What he's saying", "The other side"):
        cut = f'{lead}{heading}: "We will not tolerate unscrupulous employers who exploit...'
        assert _speakers(cut) == [None], heading


def test_the_company_is_the_one_firm_that_spoke() -> None:
    """reut-00023's and reut-00660's shapes: the firm named in full, then shortly ("Norbrook
    said", "AKC said"); a person who spoke ("spokesman Lloyd Halden") does not count."""
    text = (
        "Norbrook Tool Co said its board approved a two-for-one split.\n\n"
        "Norbrook said the split would be effective March 13.\n\n"
        "Norbrook spokesman Lloyd Halden told Reuters the dividend was raised.\n\n"
        'The company said lower tax rates "are expected to improve earnings in 1988."'
    )
    assert _speakers(text) == ["Norbrook Tool Co"]
    text = (
        "American Kestrel Corp said it will build a new jeep elsewhere.\n\n"
        "AKC said the talks broke down.\n\n"
        '"We sincerely regret this outcome," the company said in a statement.'
    )
    assert _speakers(text) == ["American Kestrel Corp"]


def test_the_company_guards() -> None:
    """Guards: another firm spoke (reut-03221's shape: "Georgia Power Co said" in a story on
    Oglethorpe), a company not the one ("the parent company"): no one. (A firm named only
    without a suffix, "Acme said", is "the company" since sp56: `test_speaker_sp56`.)"""
    two = (
        "Oglebrook Power Corp said it does not plan to raise its rates.\n\n"
        "Earlier today, Halden Power Co said it raised the cost of the plant.\n\n"
        '"We do not plan to raise rates in 1987," the company said.'
    )
    parent = (
        "Norbrook Tool Co said its unit was sold.\n\n"
        '"We are pleased with the sale," the parent company said.'
    )
    for text in (two, parent):
        assert _speakers(text) == [None], text


_FIRST = st.sampled_from(["Norbrook", "Kestrel", "Halvorsen", "Quillfeather", "Brennick"])
_SECOND = st.sampled_from(["Tool", "Mining", "Power", "Medical", "Systems"])
_SUFFIX = st.sampled_from(["Inc", "Corp", "Co", "Ltd", "Plc"])
_SAID = st.sampled_from(["said", "added", "noted"])


@settings(max_examples=60, deadline=None)
@given(_FIRST, _SECOND, _SUFFIX, st.integers(0, 3), _SAID, st.booleans())
def test_company_property(
    first: str, second: str, suffix: str, shorts: int, said: str, rival: bool
) -> None:
    """The firm built, named in full and then shortly ``shorts`` times, is "the company";
    with a second firm that spoke as well (``rival``), no one is."""
    firm = f"{first} {second} {suffix}"
    parts = [f"{firm} said it expects record sales this year."]
    parts += [f"{first} {second} said sales rose {k + 2} pct." for k in range(shorts)]
    if rival:
        parts.append("Zembla Holdings Inc said it bought a stake in the unit.")
    parts.append(f'"We are confident about the years ahead," the company {said}.')
    assert _speakers("\n\n".join(parts)) == [None if rival else firm]
