"""rv63 (review of fx148): the story head's tie line cuts outlets' names to fit
(`tie_fitted`), but two outlets whose names start alike were cut to one form: "Washington
Post, Washington Examiner, Reuters" read "Washing…, Washing…, Reuters" from 55 to 73
columns (two outlets told as one; before fx148 "WP, WE, Reuters"). The oracle: distinct
outlets stay distinct on the line, over generated names sharing a first word and widths."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from tui.compare_tabs import SEPARATOR, shortened, tab_text, tie_fitted

FIRST = ["Washington", "Harbour", "National", "Boston", "Daily"]
SECOND = ["Post", "Examiner", "Times", "Tribune", "Review", "Mail", "Globe", "Herald"]
OTHERS = ["Reuters", "Politico", "Al Jazeera", "CNN"]


@given(
    st.sampled_from(FIRST),
    st.lists(st.sampled_from(SECOND), min_size=2, max_size=3, unique_by=lambda w: w[0]),
    st.lists(st.sampled_from(OTHERS), max_size=2, unique=True),
    st.integers(min_value=30, max_value=100),
)
@example("Washington", ["Post", "Examiner"], ["Reuters"], 58)
def test_outlets_alike_stay_apart_on_the_tie_line(
    first: str, seconds: list[str], others: list[str], width: int
) -> None:
    outlets = [f"{first} {second}" for second in seconds] + others
    _said, names = tie_fitted(
        "2021-10-18: ", f"{len(outlets)} articles the same day", ", ".join(outlets), width
    )
    shown = names.split(", ")
    assert len(shown) == len(outlets)
    assert len({name.casefold() for name in shown}) == len(shown), (width, names)


@given(
    st.sampled_from(FIRST),
    st.lists(st.sampled_from(SECOND), min_size=2, max_size=3, unique_by=lambda w: w[0]),
    st.lists(st.sampled_from(OTHERS), max_size=2, unique=True),
    st.integers(min_value=14, max_value=30),
)
@example("Washington", ["Post", "Examiner"], [], 18)
def test_outlets_alike_stay_apart_in_the_tabs(
    first: str, seconds: list[str], others: list[str], width: int
) -> None:
    """The comparison's tabs keeping their day (`tab_text` with a form, as `one_day_form`
    asks) cut the outlet's name (fx148): two outlets starting alike read "3 Washin… · 18
    Oct" both (rv63). A name is no longer cut for its day (fx162): they differ."""
    outlets = [f"{first} {second}" for second in seconds] + others
    kept = shortened(outlets)
    tabs = [
        tab_text(3, outlet, "Former president dies", "2021-10-18", width, kept[k], 1)
        for k, outlet in enumerate(outlets)
    ]
    heads = [tab.split(SEPARATOR)[0] for tab in tabs]
    assert len({head.casefold() for head in heads}) == len(heads), tabs
