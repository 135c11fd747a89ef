"""Only-in names leave out credits, datelines and names the finder cut (nu55 #7).

Generated articles name people in their sentences and end (or open) with the furniture of
a wire: a credit line of other people ("(Reporting by A and B; Editing by C)"), a byline
line, a list of agencies ("(AP, AFP, Reuters)"), a dateline with a date in parentheses.
The oracle is the generator: the names only in an article are the people its sentences
name and the other article does not, never a credit's or the dateline's; the two-way and
the many-article comparisons agree.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.credit_lines import credit_spans
from index.analysis.multicompare import Document, compare_many
from index.analysis.pair_names import pair_only_in

FIRST = ["Marta", "Tomas", "Laura", "Peter", "Anna", "David", "Maria", "James", "Sarah", "Paul"]
SURNAMES = [
    (a + b + c).capitalize()
    for a, b, c in itertools.product(["bo", "ki", "ta", "ru"], ["da", "ne", "vo"], ["lik", "rent"])
]
"""Made-up surnames: no other name or word shares one."""
PLACES = ["WASHINGTON", "UNITED NATIONS", "LONDON", "MEXICO CITY"]
AGENCIES = ["AP", "AFP", "Reuters", "dpa"]
VERBS = ["met the committee on Monday", "spoke to the board", "was asked about the plan"]


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, str, set[str], set[str]]:
    """(article A, article B, the names A's sentences say, B's)."""
    people = draw(st.permutations([f"{f} {s}" for f, s in zip(FIRST, SURNAMES, strict=False)]))
    mine, theirs, credited = people[:3], people[3:5], people[5:9]
    shared = draw(st.booleans())
    said_a = [*mine[: draw(st.integers(1, 3))], *([theirs[0]] if shared else [])]
    said_b = list(theirs)
    a = " ".join(f"{p} {draw(st.sampled_from(VERBS))}." for p in said_a)
    b = " ".join(f"{p} {draw(st.sampled_from(VERBS))}." for p in said_b)
    if draw(st.booleans()):
        a = f"{draw(st.sampled_from(PLACES))} (March 3, 2017) - {a}"
    furniture = draw(st.lists(st.sampled_from(["wire", "byline", "agencies"]), unique=True))
    for kind in furniture:
        if kind == "wire":
            a += f"\n\n(Reporting by {credited[0]} and {credited[1]}; Editing by {credited[2]})"
        elif kind == "byline":
            a = f"By {credited[3]}\n\n{a}"
        else:
            names = draw(st.lists(st.sampled_from(AGENCIES), min_size=2, unique=True))
            a += f" More to come... rs/rc ({', '.join(names)})"
    return a, b, set(said_a) - set(said_b), set(said_b) - set(said_a)


@settings(max_examples=50, deadline=None)
@given(cases())
def test_only_in_names_are_what_the_sentences_say(
    case: tuple[str, str, set[str], set[str]],
) -> None:
    a, b, only_a, only_b = case
    many = compare_many(
        [Document("a", "A", "Wire A", None, a), Document("b", "B", "Wire B", None, b)]
    )
    pair = pair_only_in(a, b, ("Wire A", "Wire B"))
    for k, truth in enumerate((only_a, only_b)):
        assert {e.name for e in many.only_in[k].names} == truth, (k, a)
        assert set(many_names_without_numbers(list(pair[k]))) == truth, (k, a)


def test_credit_spans() -> None:
    text = (
        "WASHINGTON (August 23, 2021) - The police said so.\n\nBy Monday, it was over.\n\n"
        "(Additional reporting by Mirjam Donath in New York; Editing by Leslie Adler)"
        " rs/rc (AP, AFP, dpa, Reuters) (Smith, Jones)"
    )
    assert [text[a:b] for a, b in credit_spans(text)] == [
        "WASHINGTON",
        "(Additional reporting by Mirjam Donath in New York; Editing by Leslie Adler)",
        "(AP, AFP, dpa, Reuters)",
    ]  # "By Monday, ..." is a sentence, "(Smith, Jones)" no agencies


def test_cut_names_and_dateline_capitals() -> None:
    """ "Lobby" of "the Speaker’s Lobby", absent; "Department for Exiting" of "... the
    European Union": whole; a dateline's place the text names again, as the text writes it."""
    a = (
        "UNITED NATIONS, March 20 (Reuters) - Rioters reached the Speaker’s Lobby on Tuesday. "
        "The Department for Exiting the European Union said Tim Barrow would write. "
        "The United Nations said it was watching."
    )
    b = "Marta Quist spoke in Ohio on Monday about the plan."
    many = compare_many([Document("a", "A", "Reuters", None, a), Document("b", "B", None, None, b)])
    names = [e.name for e in many.only_in[0].names]
    assert "Lobby" not in names and "Department for Exiting" not in names
    assert "Department for Exiting the European Union" in names
    assert "Tim Barrow" in names and "United Nations" in names and "UNITED NATIONS" not in names
    assert many_names_without_numbers(list(pair_only_in(a, b, ("Reuters", ""))[0])) == names


def many_names_without_numbers(names: list[str]) -> list[str]:
    """The pair lists its numbers after its names; none of these names has a digit."""
    return [n for n in names if not any(c.isdigit() for c in n)]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Speaker", "Queen", "Pentagon", "Kremlin", "Agency"]),
    st.sampled_from(["ICE", "GCHQ", "NATO", "CETA", "FBI"]),
    st.sampled_from(["Lobby", "Office", "Road"]),
)
def test_an_acronym_after_a_possessive_is_listed_a_cut_word_is_not(
    owner: str, acronym: str, room: str
) -> None:
    """rv59: cp46's cut rule dropped "ICE" of "the London's ICE" (a name of its own, said once)."""
    a = f"Marta Quist met the {owner}'s {acronym} on Tuesday. Guards held the {owner}'s {room}."
    b = "Tim Barrow spoke in Ohio on Monday about the plan."
    many = compare_many([Document("a", "A", None, None, a), Document("b", "B", None, None, b)])
    names = [e.name for e in many.only_in[0].names]
    assert acronym in names and room not in names, names
