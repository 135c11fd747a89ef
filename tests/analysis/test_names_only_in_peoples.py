"""A comparison's "names only in" (nu32 #7, sm32): on three articles of one death, Reuters'
list was "Black" (of "the first Black ... secretary of state", "prominent Black figures")
and "U.S.", which the others gave as "American". Constructed text, not the corpus's."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.demonyms import not_a_name
from index.analysis.multicompare import Document, compare_many
from index.analysis.pair_names import pair_only_in

_COLOURS = ["Black", "White", "Brown", "Indigenous"]
_US = ["U.S.", "US", "United States", "America"]
_US_OTHER = ["American", "Americans", "the United States", "the U.S.", "America's"]


def _lead(colour: str, us: str) -> str:
    place = us if us == "America" else f"the {us}"
    return (
        f"Jordan Ellis, the first {colour} {us} envoy to the "
        f"talks, died on Monday. Ellis was one of {place}'s most prominent {colour} figures "
        "for decades, his family said."
    )


def _other(us: str) -> str:
    return (
        "Jordan Ellis, a diplomat who led the talks for decades, died on Monday. "
        f"Tributes came from {us} leaders and from abroad, his family said."
    )


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_COLOURS), st.sampled_from(_US), st.sampled_from(_US_OTHER))
def test_a_peoples_colour_and_one_place_spelt_two_ways_are_not_listed(
    colour: str, us: str, other: str
) -> None:
    only_a, only_b = pair_only_in(_lead(colour, us), _other(other))
    assert colour not in only_a, only_a
    assert not {"U.S.", "US", "United States", "America"} & set(only_a), (us, other, only_a)
    assert only_b == (), only_b


def test_the_walkthrough_s_three_articles() -> None:
    texts = (
        _lead("Black", "U.S."),
        "Jordan Ellis, the first African American envoy to the talks, died on Monday; he was"
        " the most prominent American public figure to die of the illness.",
        "Jordan Ellis died on Monday, his family said, thanking the doctors who cared for him.",
    )
    docs = [Document(str(k), "", None, None, text) for k, text in enumerate(texts)]
    names = [[e.name for e in only.names] for only in compare_many(docs).only_in]
    assert "Black" not in names[0] and "U.S." not in names[0], names
    assert "African American" not in names[1], names  # a people's adjective too


def test_full_names_that_hold_a_colour_are_still_names() -> None:
    assert not_a_name(("black",)) and not_a_name(("white",))
    assert not not_a_name(("white", "house")) and not not_a_name(("jack", "white"))
    assert not_a_name(("african", "american")) and not not_a_name(("british", "airways"))
    text = "Jack White met aides at the White House on Monday; Black Lives Matter marched."
    only_a, _ = pair_only_in(text, "Aides met on Monday, officials said.")
    assert {"Jack White", "White House", "Black Lives Matter"} <= set(only_a), only_a
