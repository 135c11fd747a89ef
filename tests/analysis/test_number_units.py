"""A number with a unit of measure is the same number however the unit is written (nu49 #1).

"230 metres", "230 meters", "230m", "230 m", "230-metre" are all the plain 230: Al Jazeera's
"230 metres" was "only in" it while RTE wrote "230m". "5m" with no currency is 5 metres or 5
million, so it gives (and is given by) both.

The oracle: each written form has the set of values it may stand for; a number of one
article is "only in" it exactly when no other article's number shares a value with it, in
the two-way comparison, the many-article one (heat map, memo) and its JSON alike.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from index.analysis.comparejson import comparison_json
from index.analysis.multicompare import Document, compare_many
from index.analysis.numbers import find_numbers, numbers_absent, numbers_given
from index.analysis.pair_names import pair_only_in
from tests.analysis.rounding_oracle import any_near_rounding

FORMS = {
    "{n} metres": lambda n: {n},
    "{n} meters": lambda n: {n},
    "{n}m": lambda n: {n, n * 1_000_000},
    "{n} m": lambda n: {n},
    "{n}-metre": lambda n: {n},
    "{n}ft": lambda n: {n},
    "{n} feet": lambda n: {n},
    "{n}-foot": lambda n: {n},
    "{n}km": lambda n: {n},
    "{n} kilometres": lambda n: {n},
    "{n} million": lambda n: {n * 1_000_000},
}
"""A written form and the values it stands for."""


def written(form: str, n: int) -> str:
    """How the comparison lists the number: a spelled-out unit after a space is left out
    ("230" of "230 metres"), a glued or hyphenated one kept ("230m", "230-metre")."""
    whole = form.format(n=n)
    return whole if " " not in form or "million" in form else str(n)


def sentence(form: str, n: int) -> str:
    """A sentence whose word after the number settles nothing ("5m by" stays metres or
    million: ``test_metres_or_million`` has the words that settle it)."""
    return f"The wall stood {form.format(n=n)} by the river bed."


def only_in(mine: str, other: str) -> list[str]:
    """What the two-way comparison lists as only in ``mine`` (its numbers: no names here)."""
    return list(pair_only_in(mine, other)[0])


pairs = st.tuples(
    st.integers(1, 99_999),
    st.sampled_from(sorted(FORMS)),
    st.sampled_from(sorted(FORMS)),
    st.one_of(st.just(0), st.integers(1, 99_999)),
)


@settings(max_examples=300, deadline=None)
@given(pairs)
def test_a_number_is_only_in_one_article_exactly_when_no_other_gives_its_value(
    case: tuple[int, str, str, int],
) -> None:
    n, form_a, form_b, other = case
    m = n if other == 0 else other  # half the time the same number, else any other
    assume(not any_near_rounding(FORMS[form_a](n), FORMS[form_b](m)))  # a rounding: given
    a, b = sentence(form_a, n), sentence(form_b, m)
    shared = bool(FORMS[form_a](n) & FORMS[form_b](m))
    mine = find_numbers(a)
    assert len(mine) == 1 and mine[0].text == written(form_a, n)
    expected_a = [] if shared else [written(form_a, n)]
    expected_b = [] if shared else [written(form_b, m)]
    assert [mine[k].text for k in numbers_absent(mine, numbers_given(b))] == expected_a
    assert only_in(a, b) == expected_a and only_in(b, a) == expected_b
    docs = (Document("a", "", None, None, a), Document("b", "", None, None, b))
    many = compare_many(docs)
    assert [x.text for x in many.only_in[0].numbers] == expected_a
    assert [x.text for x in many.only_in[1].numbers] == expected_b
    listed = comparison_json(many)["only_in"]
    assert [listed[k]["numbers"] for k in sorted(listed)] == [expected_a, expected_b]


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 99_999), st.sampled_from(sorted(FORMS)))
def test_among_several_articles_one_giving_the_value_is_enough(n: int, form_b: str) -> None:
    """Al Jazeera's "230 metres" against BBC's "(230m)" and CNN's silence: no "only in"."""
    a = sentence("{n} metres", n)
    b = sentence(form_b, n)
    c = "Nobody gave the height of the wall in this report at all."
    docs = tuple(Document(k, "", None, None, t) for k, t in zip("abc", (a, b, c), strict=True))
    many = compare_many(docs)
    expected = [] if n in FORMS[form_b](n) else [str(n)]
    assert [x.text for x in many.only_in[0].numbers] == expected


def test_the_dam_heights_of_nu49() -> None:
    aj = "At 230 metres, it is the tallest dam of its kind; the hole is 12 metres deep."
    rte = "The dam is 230m tall, and the hole in the spillway is 12m deep."
    assert only_in(aj, rte) == [] == only_in(rte, aj)


def test_money_millions_still_give_a_bare_m() -> None:
    """ "$5m" and "5 million" give the million of a bare "5m"; "10k" stays no number."""
    assert only_in("It cost 5m to build.", "It cost $5m to build.") == []
    assert only_in("It cost 5 million.", "It cost 5m.") == []
    assert find_numbers("He ran 10k today.") == ()


@settings(max_examples=100, deadline=None)
@given(
    st.integers(10, 99_999),
    st.sampled_from(["m", "ft", "km", "-metre", "-foot"]),
    st.sampled_from(["high", "long", "deep", "tall", "wide"]),
)
def test_a_glued_unit_before_a_hyphenated_word_is_the_same_number(
    n: int, unit: str, word: str
) -> None:
    """rv53 fixes cp40: "a 230m-high wall" is the 230 of "230 metres" as "a 230km-long" road
    is the 230 of "230 kilometres" ("230m-high" was no number, so AJ's "230 metres" was
    "only in" it against RTE's "230m-high")."""
    text = f"A {n}{unit}-{word} wall stood above the river."
    mine = find_numbers(text)
    assert [x.text for x in mine] == [f"{n}{unit}"]
    assert only_in(f"At {n} metres it stood.", text) == [] == only_in(text, f"At {n} feet.")
    assert only_in(text, "It stood 3 metres.") == [f"{n}{unit}"]
