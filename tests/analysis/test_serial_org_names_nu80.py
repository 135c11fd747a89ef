"""Compare's names split "the Coffee, Sugar and Cocoa Exchange" into "Sugar" and "Cocoa
Exchange" (nu80 #2, nu79 #2): a list of one-word names with commas, then "and", a word and an
organisation's word (Exchange, Board, Council, Association), is one organisation's name.

Oracle for generated lists: the name found is the list's whole span, written as generated;
the same list ending in a verb ("... and Cocoa voted") glues nothing into one name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.compare import compare
from index.analysis.entities import find_names

ITEMS = ["Coffee", "Sugar", "Cocoa", "Cotton", "Grain", "Rubber", "Wool", "Tin", "Jute"]
HEADS = ["Exchange", "Board", "Council", "Association"]


def test_the_nu79_exchange() -> None:
    text = "Traders at the Coffee, Sugar and Cocoa Exchange said prices fell on Monday."
    names = compare("Prices fell on Monday.", text).summary.only_b
    assert names == ("Coffee, Sugar and Cocoa Exchange",), names


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(ITEMS), min_size=3, max_size=5, unique=True),
    st.sampled_from(HEADS),
)
def test_a_serial_list_before_an_organisations_word_is_one_name(
    items: list[str], head: str
) -> None:
    name = f"{', '.join(items[:-1])} and {items[-1]} {head}"
    text = f"Dealers at the {name} said prices fell on Monday."
    assert [m.text for m in find_names(text)] == [name]
    plain = f"Dealers said {', '.join(items[:-1])} and {items[-1]} prices fell on Monday."
    assert all(", " not in m.text for m in find_names(plain))
