"""rv36 #5: fx46's capitals headline takes notice labels and a country for the title.

A .txt whose first line, alone over a blank line and the story, is "FOR IMMEDIATE RELEASE",
"PRESS RELEASE", "CORRECTED VERSION", "EDITOR'S NOTE" or "UNITED KINGDOM" had that line
removed as a kicker and a title derived from the lede (main c861d81); since fx46 the label
is the article's title and the lede's title is lost.
"""

from __future__ import annotations

import pytest

from index.text.extract import extract

LEDE = (
    "The council met on Tuesday and voted to close the old bridge for repairs until the "
    "spring, the mayor said in a statement."
)


@pytest.mark.parametrize(
    "label",
    [
        "FOR IMMEDIATE RELEASE",
        "PRESS RELEASE",
        "CORRECTED VERSION",
        "EDITOR'S NOTE",
        "UNITED KINGDOM",
    ],
)
def test_a_label_in_capitals_is_no_title(label: str) -> None:
    found = extract(f"{label}\n\n{LEDE}\n\nWork will start in March.\n")
    assert found.title != label
    assert found.title_derived
