"""A feed's title names its outlet and a section (nu35 #3): "NYT > World News", fetched
without --name, was the outlet; it is The New York Times now: the title is cut at its
separators and matched to the outlet table, an unknown outlet is the part before."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from index.text.feed_facts import feed_outlet, is_generic
from index.text.outletnames import canonical_outlet
from index.text.outlets import _entries, known_outlet

SEPARATORS = (" > ", " - ", " | ", ": ", " — ")
PLAIN_NAMES = sorted(
    name
    for entry in _entries()
    for name in [entry["name"], *entry.get("aliases", ())]
    if not any(mark in name for mark in "-|:>—–()") and not is_generic(name)
)  # "US News" is a section too: "US news | The Guardian" is the Guardian's (rv35 #7)
SECTIONS = ("World News", "World", "Politics", "Opinion", "Top Stories", "Business")


@settings(max_examples=200, deadline=None)
@given(
    name=st.sampled_from(PLAIN_NAMES),
    section=st.sampled_from(SECTIONS),
    separator=st.sampled_from(SEPARATORS),
    first=st.booleans(),
)
def test_a_known_outlet_in_a_feed_title_is_the_outlet(
    name: str, section: str, separator: str, first: bool
) -> None:
    # the oracle: the table's name for the outlet alone, wherever the section stands
    title = f"{name}{separator}{section}" if first else f"{section}{separator}{name}"
    assert feed_outlet(title) == canonical_outlet(name)


words = st.text("bcdfghjklmnpqrstvwxz", min_size=4, max_size=9).map(str.capitalize)


@settings(max_examples=100, deadline=None)
@given(
    outlet=st.lists(words, min_size=1, max_size=3).map(" ".join),
    section=st.sampled_from(SECTIONS),
    separator=st.sampled_from(SEPARATORS),
)
def test_an_unknown_outlet_is_the_part_before_the_separator(
    outlet: str, section: str, separator: str
) -> None:
    assume(not known_outlet(outlet) and not known_outlet(canonical_outlet(outlet)))
    assert feed_outlet(f"{outlet}{separator}{section}") == canonical_outlet(outlet)


def test_the_titles_nu35_met() -> None:
    assert feed_outlet("NYT > World News") == "The New York Times"
    assert feed_outlet("BBC News - World") == "BBC News"
    assert feed_outlet("World News | Reuters") == "Reuters"
    assert feed_outlet("Hill & Dale News") == "Hill & Dale News"
    assert feed_outlet("Valley Gazette > Local") == "Valley Gazette"
