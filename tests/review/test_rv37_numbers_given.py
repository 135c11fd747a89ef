"""rv37 #1: `numbers_given` (fx58) hides real differences: numerals it reads as given
that its own docstrings say are no counts.

`numbers.py` says clock times and digits inside names ("G20") are not counted, and
`_NUMERAL` says a clock time's digits are none; yet "10 a.m." gives 10, "G20" gives 20,
"MH17" gives 17, "$2 billion" gives a bare 2 beside its 2,000,000,000, and
"twenty-five" gives 20 and 5 (find_numbers reads it as 25). So another
article's plain count (10, 20, 17, 2 or 5 hurt) is no longer listed as only its own,
where main listed it. The bench oracle (`bench.compare_numbers`: a numeral token anywhere)
finds these by the same rule, so it cannot see them.
"""

from __future__ import annotations

import pytest

from index.analysis.pair_names import pair_only_in

CASES = [
    ("Police said 10 people were hurt.", "The blast came at 10 a.m. in the capital.", "10"),
    ("Police said 20 people were hurt.", "Leaders met at the G20 summit in the capital.", "20"),
    ("Police said 17 people were hurt.", "The MH17 inquiry met in the capital.", "17"),
    ("The fire hurt 2 people, police said.", "The city pledged $2 billion to the capital.", "2"),
    ("Police said 5 people were hurt.", "Some twenty-five officers came to the capital.", "5"),
]


@pytest.mark.parametrize(("mine", "other", "number"), CASES)
def test_a_count_only_one_article_gives_is_listed(mine: str, other: str, number: str) -> None:
    assert number in pair_only_in(mine, other)[0]


# Read in the AllSides comparisons: of the 44 numbers main lists only-in and int35 no
# longer does, 7 are real differences now hidden, 4 of them by a day after a month
# (as-5973 "Five people died" / "Jan. 5"; as-5734, as-5752, as-6072) and one by a
# percentage read as a bare count (as-5704 "$12 an hour" / "11.8 percent", rounded).
MEASURED = [
    # listed in lower case, a number and no name (cp45, nu54 #3)
    ("Five people died after the riot.", "An FBI memo on Jan. 5 warned of travel.", "five"),
    ("The job paid $12 an hour.", "Poverty fell to 11.8 percent in 2020.", "$12"),
]


@pytest.mark.parametrize(("mine", "other", "number"), MEASURED)
def test_a_day_or_a_percentage_is_no_count(mine: str, other: str, number: str) -> None:
    assert number in pair_only_in(mine, other)[0]
