""" "The company said" after a firm named without Inc/Corp, and a quote group's vote over one
name's spellings (sp56, issue 18). Constructed texts over made-up names; the properties'
oracles are the texts' own build (the one firm that spoke; the person each spelling is of)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_vote import spellings, voted_speaker
from index.analysis.quotes import extract_quotes

_QUOTE = '"We look forward to presenting the facts in court," the company said.'


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_the_company_is_the_one_firm_named_without_a_suffix() -> None:
    """as-5660's, na-1793's and reut-03115's shapes: the one firm that spoke, no Inc/Corp."""
    for lead, firm in (
        ("Kestrel Media on Wednesday said it was expanding its rules.", "Kestrel Media"),
        ("Kestrel Media's spokeswoman said the site was down.", "Kestrel Media"),
        ("The site was down for six hours, Kestrel says.", "Kestrel"),
        ("Acme said its sales rose.", "Acme"),
    ):
        assert _speakers(f"{lead}\n\n{_QUOTE}") == [firm], lead


def test_an_initialism_of_the_firm_without_its_suffix() -> None:
    """reut-16264's shape: "IBM" of "International Business Machines Corp" (its initialism
    without the "C" of "Corp"), before sp56 a second firm."""
    text = (
        "International Kestrel Machines Corp said it cut jobs.\n\n"
        "IKM said it will hire in Europe.\n\n"
        '"We expect these actions will have an impact," the company added.'
    )
    assert _speakers(text) == ["International Kestrel Machines Corp"]


def test_the_unsuffixed_firm_guards() -> None:
    """No one: two firms spoke (na-2044: "Apple", "Google"), a body spoke (na-1600: "Edhi
    Foundation", whose doodle "the company", Google, wrote), a place spoke (na-2233's
    "Everett"), a firm that only led a sentence ("Kestrel Media shares rose")."""
    for lead in (
        "Brennick Media said it bought Quillfeather.\n\nQuillfeather said the deal was fair.",
        "The Halden Foundation said it was closing.",
        "Texas said it would sue the drug maker.",
        "Kestrel Media shares rose sharply on Monday.",
        "Oglebrook Power Corp said it was pleased.\n\nHalden Media said it was not.",
    ):
        assert _speakers(f"{lead}\n\n{_QUOTE}") == [None], lead


_FIRM = st.sampled_from(["Kestrel", "Quillfeather", "Brennick", "Halvorsen", "Norbrook"])
_KIND = st.sampled_from(["Media", "Pharma", "Networks", "Robotics", "Mining"])
_RIVAL = st.sampled_from(["Zembla Media", "Oglebrook Energy", "Arden Networks", "Vantor"])


@settings(max_examples=40, deadline=None)
@given(_FIRM, _KIND, st.integers(0, 2), st.booleans(), st.booleans(), _RIVAL)
def test_unsuffixed_firm_property(
    first: str, kind: str, shorts: int, person: bool, rival: bool, other: str
) -> None:
    """The firm named as a speech verb's subject (then shortly ``shorts`` times, with a
    person of it who spoke as well, ``person``) is "the company"; with a second firm that
    spoke (``rival``), no one is."""
    firm = f"{first} {kind}"
    parts = [f"{firm} said it expects record sales this year."]
    parts += [f"{first} {kind} said sales rose {k + 2} pct." for k in range(shorts)]
    if person:
        parts.append(f"{first} chief executive Anna Lindqvist said the plan was sound.")
    if rival:
        parts.append(f"{other} said it bought a stake in the unit.")
    parts.append(_QUOTE)
    assert _speakers("\n\n".join(parts)) == [None if rival else firm]


def test_the_vote_folds_spellings() -> None:
    """sp55's folds in the vote: "Schäuble" and "Schaeuble" are one man, who outvotes
    Altmaier's one outright attribution; a lost letter ("Sch?uble") and a surname alone in
    another spelling ("Schaeuble") join him too. Before, each spelling counted apart."""
    two = [("Wolfgang Schäuble", "said"), ("Wolfgang Schaeuble", "said")]
    assert voted_speaker([*two, ("Peter Altmaier", "said")], "Peter Altmaier") == (
        "Wolfgang Schäuble"
    )
    for bare in ("Schaeuble", "Sch?uble", "Schauble"):
        told = [(bare, "said"), ("Wolfgang Schäuble", "pronoun"), ("Peter Altmaier", "said")]
        assert voted_speaker(told, "Peter Altmaier") == "Wolfgang Schäuble", bare
    assert spellings(["Wolfgang Sch?uble", "Wolfgang Schaeuble"])["Wolfgang Sch?uble"] == (
        "Wolfgang Schaeuble",
        "wolfgang schauble",
    )
    # two men the fold keeps apart stay apart: Trump's two outvote Biden's one
    told = [("Trump", "said"), ("Donald Trump", "said"), ("Joe Biden", "said")]
    assert voted_speaker(told, "Joe Biden") == "Donald Trump"


_PEOPLE = (
    ("Wolfgang Schäuble", "Wolfgang Schaeuble", "Wolfgang Schauble", "Wolfgang Sch?uble"),
    ("Jürgen Trittin", "Juergen Trittin", "Jurgen Trittin", "J\ufffdrgen Trittin"),
    ("François Hollande", "Francois Hollande", "Fran?ois Hollande"),
    ("Angela Merkel", "ANGELA MERKEL"),
)
_SURNAMES = (
    ("Schäuble", "Schaeuble", "Schauble", "Sch?uble"),
    ("Trittin",),
    ("Hollande",),
    ("Merkel",),
)
_RULES = st.sampled_from(["said", "says", "pronoun", "continued"])


def _person(name: str | None) -> int | None:
    for k, names in enumerate(_PEOPLE):
        if name in names or name in _SURNAMES[k]:
            return k
    return None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 3), st.booleans(), _RULES), min_size=1, max_size=7),
    st.randoms(use_true_random=False),
    st.integers(0, 6),
)
def test_the_vote_never_depends_on_spellings(
    occurrences: list[tuple[int, bool, str]], rnd: object, fullest: int
) -> None:
    """A group's speaker is the same person whichever spelling each occurrence gives (its
    full name or its surname alone as drawn, the spelling drawn twice): the oracle is the
    person each spelling was drawn from."""
    import random

    assert isinstance(rnd, random.Random)

    def told() -> list[tuple[str | None, str]]:
        return [
            (rnd.choice((_SURNAMES if bare else _PEOPLE)[k]), rule) for k, bare, rule in occurrences
        ]

    one, two = told(), told()
    full = fullest % len(one)
    first = voted_speaker(one, one[full][0])
    second = voted_speaker(two, two[full][0])
    assert first is not None and second is not None
    assert _person(first) == _person(second)


def test_the_statement_is_by_whom_a_sentence_before_named() -> None:
    """na-0684's, na-2842's, na-2969's and as-5900's shapes: the statement's author named
    before "statement", as the subject of its sentence's verb, or after "a statement by"."""
    quote = '"The heads of the two staffs agreed to closer coordination," the statement said.'
    for lead, author in (
        (
            "A Ruritanian Ministry of Defense statement said jets were on a mission.",
            "Ruritanian Ministry of Defense",
        ),
        (
            "In a statement Friday, the Zembla Secret Service said the man was held.",
            "Zembla Secret Service",
        ),
        ("In a statement, former President Anton Kessler lauded the minister.", "Anton Kessler"),
        (
            "The Halden County Police Department said in a statement it was called.",
            "Halden County Police Department",
        ),
    ):
        assert _speakers(f"{lead}\n\n{quote}") == [author], lead


def test_the_statement_guards() -> None:
    """No one: a joint statement of two (reut-20729), a people ("the French said",
    reut-16036), a sentence naming no one ("In a statement, it apologized", na-1539)."""
    quote = '"The heads of the two staffs agreed to closer coordination," the statement said.'
    for lead in (
        "In a joint statement, chairman Anton Kessler and Maria Lind said they were sure.",
        "In a statement issued in Paris, the French said the debts were too high.",
        "In a statement, it apologized to the entire cast and crew.",
    ):
        assert _speakers(f"{lead}\n\n{quote}") == [None], lead


_AUTHORS = st.sampled_from(
    ["Zembla Interior Ministry", "Halden Police Department", "Anton Kessler", "Maria Lind"]
)
_FORMS = st.sampled_from(
    [
        "{a} said in a statement that the talks had ended.",
        "In a statement on Friday, {a} said the talks had ended.",
        "The talks had ended, {a} said in a statement.",
    ]
)


@settings(max_examples=40, deadline=None)
@given(_AUTHORS, _FORMS, st.integers(0, 2), st.sampled_from(["said", "added", "continued"]))
def test_statement_property(author: str, form: str, again: int, verb: str) -> None:
    """The author a sentence gives a statement (in any of its forms, then quoted ``again``
    times as "the statement said") is every later "the statement said"'s speaker."""
    parts = [form.format(a=author)]
    said = '"We will meet again in {} to talk," the statement {}.'
    parts += [said.format(2000 + k, verb) for k in range(again + 1)]
    assert _speakers("\n\n".join(parts)) == [author] * (again + 1)


_QUOTE_WORDS = st.sampled_from(
    [
        "We will issue a statement soon",
        "This statement is not our last",
        "A statement by the board follows",
        "Nothing in the statement changes",
        "We will act soon",
    ]
)


@settings(max_examples=40, deadline=None)
@given(_AUTHORS, _FORMS, _QUOTE_WORDS, st.sampled_from(['"{}," ', "“{},” "]))
def test_the_quotes_own_words_name_no_statement(
    author: str, form: str, words: str, marks: str
) -> None:
    """rv65: "statement" inside the very quote "the statement said" attributes is not a
    sentence naming one (it gave None): the author is still the earlier sentence's, as
    for the quote that does not say "statement" (the last of the words)."""
    lead = form.format(a=author)
    quote = marks.format(words) + "the statement said."
    assert _speakers(f"{lead}\n\n{quote}") == [author]


@given(
    st.sampled_from(["CNN", "Bloomberg", "FOX News", "Politico", "the BBC"]),
    st.sampled_from(["reported", "said", "has said"]),
    st.booleans(),
)
def test_an_outlet_that_spoke_is_not_the_company(outlet: str, told: str, firm: bool) -> None:
    """rv65: an outlet only reports (rv24, `test_an_outlet_that_reported_is_no_ones_body`):
    "the company said" after "CNN reported" went to "CNN". The oracle: the one firm named
    before, else no one."""
    lead = "Kestrel Media said its sales rose.\n\n" if firm else ""
    text = f"{lead}Shares of Acme fell 5 percent on Monday, {outlet} {told}.\n\n{_QUOTE}"
    assert _speakers(text) == ["Kestrel Media" if firm else None]
