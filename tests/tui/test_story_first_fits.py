"""The story head's "First:" line of a tie says its outlets short, and then the tie itself
shorter, only as far as the head's width needs (nu45 #10: at 80x24 "First: 4 articles the
same day, no time given, 2017-03-20: Al Jazeera, CNN, D…" lost Reuters)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.compare_tabs import short_outlet, tie_fitted

LABEL = "first: "
SAID = "4 articles the same day, no time given, 2017-03-20"
NAMES = "Al Jazeera, CNN, Deutsche Welle, Reuters"


def width_of(said: str, names: str) -> int:
    return len(LABEL) + len(said) + 2 + len(names)


@given(st.integers(0, 120))
def test_the_line_is_shortened_only_as_far_as_needed(width: int) -> None:
    said, names = tie_fitted(LABEL, SAID, NAMES, width)
    whole = width_of(SAID, NAMES)
    if width == 0 or whole <= width:
        assert (said, names) == (SAID, NAMES)
        return
    short = ", ".join(short_outlet(o) for o in NAMES.split(", "))
    assert names == short == "AJ, CNN, DW, Reuters"  # every outlet still named
    if width_of(SAID, short) <= width:
        assert said == SAID
    else:
        assert said == "4 the same day, no time given, 2017-03-20"


def test_nu45s_line_fits_78_columns() -> None:
    said, names = tie_fitted(LABEL, SAID, NAMES, 78)
    assert width_of(said, names) <= 78 and names.endswith("Reuters")
