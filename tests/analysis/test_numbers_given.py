"""A number "only in" one article is in no other's title or body, inside words too (nu38 #3),
and what is no count there (a clock time, a name's digits, a day of a month, a money
amount's bare figure) hides nothing (rv37 #2).

The oracle is a table read by hand: for each piece of text, the plain counts it lists and
the numbers it gives. A count of A is listed exactly when nothing of B gives it.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.multicompare import Document, compare_many
from index.analysis.numbers import find_numbers, numbers_given
from index.analysis.pair_names import pair_only_in


def listed(a: str, b: str, title_b: str = "") -> list[str]:
    """The numbers the many-article comparison lists as only in ``a``."""
    docs = (Document("a", "", None, None, a), Document("b", title_b, None, None, b))
    return [n.text for n in compare_many(docs).only_in[0].numbers]


def test_a_vote_count_inside_a_hyphenated_word_is_given() -> None:
    a = "The House voted 222-190 on Tuesday, with two members against their party."
    b = "The 220-to-190 party-line vote came after two months of talks."
    assert listed(a, b) == ["222"]  # 190 and "two" are in b; 220 is no rounding of 222


def test_ages_durations_and_units_inside_words_are_given() -> None:
    a = "The man, 60, was held for 90 days over 136 homes."
    b = "The 60-year-old was held for a 90-day term over the 136-unit block."
    assert listed(a, b) == []


def test_a_year_after_a_month_is_given() -> None:
    """A date's year is given, not listed: read as a number of its own it made "since June
    2008" carry "since August 2008" in sentence matching (a held-out pair the reader split)."""
    assert find_numbers("It began in June 1992 and ended on June 9.") == ()
    a, b = "The law dates from 1992 and 2000.", "Passed in June 1992, amended in December 2000."
    assert listed(a, b) == []


def test_a_slashed_date_is_no_count_and_a_day_after_a_no_break_space_neither() -> None:
    assert find_numbers("the 9/11 Commission, issued Aug.\xa03, open 24/7") == ()


def test_a_number_in_the_other_title_is_given() -> None:
    a = "The city will spend $250 million on roads."
    b = "The spending plan passed on Monday."
    assert listed(a, b) == ["$250 million"]
    assert listed(a, b, "City approves $250 million road plan") == []
    only_a, _ = pair_only_in(a, b, titles=("", "City approves $250 million road plan"))
    assert only_a == ()


def test_a_clock_time_gives_no_count() -> None:
    assert [n.text for n in numbers_given("at 2:30 p.m.")] == []
    assert listed("Two officers were hurt.", "It ended at 2:30 p.m.") == ["Two"]


def test_no_count_gives_nothing() -> None:
    """rv37 #2: a clock time, a name's digits, a day of a month, and the bare figure of a
    money amount or percentage are no counts; "twenty-five" is 25 alone."""
    text = "At 10 a.m. the G20 and MH17 talks on Jan. 5 and 5 January: $2 billion, 11.8 percent"
    given = [(n.value, n.unit) for n in numbers_given(text)]
    assert given == [(2e9, "USD"), (11.8, "%"), (5, "day"), (5, "day"), (2e9, "")]
    assert [n.value for n in numbers_given("some twenty-five officers")] == [25]
    assert listed("The job paid $12 an hour.", "Poverty fell to 11.8 percent.") == ["$12"]


def test_a_count_after_a_month_and_a_hyphenated_percentage_are_numbers() -> None:
    """rv38 #3, #4: "May 12 people" counts 12 people (a noun counting people follows), "May
    12 the law" is a day; "15-percent" is 15 percent, as "15%" and "15 per cent" are."""
    assert listed("12 people died in May.", "Since May 12 people died.") == []
    assert listed("12 people died.", "On May 12 the law passed.") == ["12"]
    assert listed("It fell on the 12th.", "On May 12 the law passed.") == []
    assert [(n.value, n.unit) for n in find_numbers("Prices rose 15-percent.")] == [(15, "%")]
    assert listed("Prices rose 15%.", "Prices rose 15-percent.") == []
    assert listed("Prices rose 15-percent.", "Prices rose 15 per cent.") == []
    assert listed("Prices rose 15%.", "It took 15-percenter talks.") == ["15%"]


_Number = tuple[float, str, int]
# Each piece with what it gives by hand, the oracle: the numbers ``find_numbers`` lists
# for it (value, unit, significant digits) and every number it gives (value, unit,
# digits). A numeral ``find_numbers`` leaves out gives a plain count only ("#": exact, all
# its digits count), a day of a month the same day as an ordinal only ("day").
_PIECES: dict[str, tuple[list[_Number], list[_Number]]] = {
    "222-190": ([(222, "", 3), (190, "", 2)], [(222, "", 3), (190, "", 2)]),
    "220-to-190": ([], [(220, "#", 3), (190, "#", 3)]),
    "60-year-old": ([], [(60, "#", 2)]),
    "90-day": ([], [(90, "#", 2)]),
    "12-month": ([], [(12, "#", 2)]),
    "9/11": ([], [(9, "#", 1), (11, "#", 2)]),
    "June 1992": ([], [(1992, "#", 4)]),
    "Oct.\xa03": ([], [(3, "day", 1)]),
    "Aug. 21": ([], [(21, "day", 2)]),
    "5 January": ([], [(5, "day", 1)]),
    "March 29": ([], [(29, "day", 2)]),
    "2:30 p.m.": ([], []),
    "10 a.m.": ([], []),
    "F-16": ([], []),
    "COVID-19": ([], []),
    "G20": ([], []),
    "MH17": ([], []),
    "two": ([(2, "", 1)], [(2, "", 1)]),
    "Two": ([(2, "", 1)], [(2, "", 1)]),
    "one": ([], [(1, "#", 1)]),
    "twenty-five": ([(25, "", 2)], [(25, "", 2)]),
    "twenty-five-year-old": ([], [(25, "#", 2)]),
    "seventeen": ([(17, "", 2)], [(17, "", 2)]),
    "forty": ([(40, "", 1)], [(40, "", 1)]),
    "25": ([(25, "", 2)], [(25, "", 2)]),
    "5": ([(5, "", 1)], [(5, "", 1)]),
    "190": ([(190, "", 2)], [(190, "", 2)]),
    "192": ([(192, "", 3)], [(192, "", 3)]),
    "1992": ([(1992, "", 4)], [(1992, "", 4)]),
    "60": ([(60, "", 1)], [(60, "", 1)]),
    "3": ([(3, "", 1)], [(3, "", 1)]),
    "11": ([(11, "", 2)], [(11, "", 2)]),
    "12": ([(12, "", 2)], [(12, "", 2)]),
    "1,500": ([(1500, "", 2)], [(1500, "", 2)]),
    "1500": ([(1500, "", 2)], [(1500, "", 2)]),
    "6-3": ([(6, "", 1), (3, "", 1)], [(6, "", 1), (3, "", 1)]),
    "30ft": ([(30, "", 1)], [(30, "", 1)]),
    "a million": ([(1e6, "", 1)], [(1e6, "", 1)]),
    "$1.5 billion": ([(1.5e9, "USD", 2)], [(1.5e9, "USD", 2)]),
    "$2 billion": ([(2e9, "USD", 1)], [(2e9, "USD", 1)]),
    "1.5-billion": ([], [(1.5e9, "", 2)]),
    "$12": ([(12, "USD", 2)], [(12, "USD", 2)]),
    "$192": ([(192, "USD", 3)], [(192, "USD", 3)]),
    "11.8 percent": ([(11.8, "%", 3)], [(11.8, "%", 3)]),
    "15-percent": ([(15, "%", 2)], [(15, "%", 2)]),
    "15-per-cent": ([(15, "%", 2)], [(15, "%", 2)]),
    "15 percent": ([(15, "%", 2)], [(15, "%", 2)]),
    "since May 12 people died": ([(12, "", 2)], [(12, "", 2)]),
    "on May 12 the law": ([], [(12, "day", 2)]),
    "in June 300 people": ([(300, "", 1)], [(300, "", 1)]),
    "15": ([(15, "", 2)], [(15, "", 2)]),
    "40%": ([(40, "%", 1)], [(40, "%", 1)]),
    "21st": ([(21, "th", 2)], [(21, "th", 2)]),
    "the vote": ([], []),
}
_TEXT = st.lists(st.sampled_from(sorted(_PIECES)), max_size=12)


def _given_by(mine: _Number, theirs: _Number) -> bool:
    """The same number: units agree, or one is plain and neither a percentage; the values
    are equal, or (in one unit) the rougher has two significant digits at least and is
    the other rounded. An in-word numeral gives plain counts, a day ordinals."""
    (value, unit, digits), (other, other_unit, other_digits) = mine, theirs
    if other_unit == "day":
        return unit == "th" and value == other
    if other_unit == "#":
        if unit:
            return False
        other_unit = ""
    if unit != other_unit and ("" not in (unit, other_unit) or "%" in (unit, other_unit)):
        return False
    if value == other:
        return True
    if unit != other_unit:
        return False  # a rounding across units gives nothing
    if digits <= other_digits:
        return digits >= 2 and float(f"{other:.{digits}g}") == value
    return other_digits >= 2 and float(f"{value:.{other_digits}g}") == other


@settings(max_examples=300, deadline=None)
@given(_TEXT, _TEXT, _TEXT)
@example(["190", "5", "3"], ["$192", "twenty-five", "Oct.\xa03"], ["G20"])  # rv37 #2
@example(["$12", "11", "21st", "5"], ["11.8 percent", "9/11", "12-month"], ["Aug. 21"])
@example(["12", "15", "40%"], ["since May 12 people died", "15-percent"], ["on May 12 the law"])
def test_a_number_is_listed_exactly_when_the_other_does_not_give_it(
    a: list[str], b: list[str], title_b: list[str]
) -> None:
    """Two-sided: a number listed only in A is given by nothing of B's title or body, and a
    number of A that B does not give is listed (listing nothing fails)."""
    theirs = [n for piece in [*b, *title_b] for n in _PIECES[piece][1]]
    mine = [n for piece in a for n in _PIECES[piece][0]]
    expected = {(v, u) for v, u, d in mine if not any(_given_by((v, u, d), n) for n in theirs)}
    body_a, body_b, title = "; ".join(a), "; ".join(b), "; ".join(title_b)
    docs = (Document("a", "", None, None, body_a), Document("b", title, None, None, body_b))
    only = compare_many(docs).only_in[0].numbers
    assert {(n.value, n.unit) for n in only} == expected, (a, b, title_b)
    # a number word heading a sentence is listed in small letters ("Two" -> "two": cp45,
    # no name), so the pair's listing is read back by its folded text
    read = {n.text.casefold(): (n.value, n.unit) for n in find_numbers(body_a)}
    only_pair, _ = pair_only_in(body_a, body_b, titles=("", title))
    listed = {read[t.casefold()] for t in only_pair if t.casefold() in read}
    assert listed == expected, (a, b, title_b)
