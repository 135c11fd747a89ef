"""`--source` naming no outlet of the index: said, with the names near it (nu16)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.library import outlets_near

SOURCES = [("The New York Times", 40), ("Fox News", 12), ("Valley Gazette", 3), ("BBC News", 9)]


@given(
    st.sampled_from([name for name, _ in SOURCES]),
    st.sampled_from(["{}", "{} (Opinion)", "the {}", "  {}  ", "{} - Opinion"]),
    st.sampled_from([str.lower, str.upper, str.title, str]),
)
def test_any_spelling_of_a_listed_outlet_is_no_unknown_one(name: str, form: str, case) -> None:  # type: ignore[no-untyped-def]
    assert outlets_near(case(form.format(name)), SOURCES) is None


def test_a_near_miss_offers_the_names_near_it() -> None:
    assert outlets_near("Foxnews", SOURCES) == ["Fox News"]
    assert outlets_near("new york tims", SOURCES)[:1] == ["The New York Times"]  # type: ignore[index]
    assert outlets_near("Quux Herald", SOURCES) == []
