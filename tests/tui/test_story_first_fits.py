"""The story head's "First:" line of a tie says its outlets short, and then the tie itself
shorter, only as far as the head's width needs (nu45 #10: at 80x24 "First: 4 articles the
same day, no time given, 2017-03-20: Al Jazeera, CNN, D…" lost Reuters)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.compare_tabs import known_short, short_outlet, tie_fitted

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


TIED = "2 articles the same day, no time given, 2021-10-18"
KNOWN = "Quartz, The Epoch Times, Bloomberg News"


@given(st.integers(1, 120))
def test_known_short_names_before_initials(width: int) -> None:
    """nu52 #8: at 80 columns "…: Quartz, ET" where "Epoch Times" fitted. The table's
    short names are said first; initials only where those do not fit."""
    said, names = tie_fitted(LABEL, TIED, KNOWN, width)
    known = "Quartz, Epoch Times, Bloomberg"
    assert known == ", ".join(known_short(o) or o for o in KNOWN.split(", "))
    if width_of(TIED, KNOWN) <= width:
        assert names == KNOWN
    elif width_of(TIED, known) <= width:
        assert (said, names) == (TIED, known)
    else:
        assert names == "Quartz, ET, BN"  # no other fits


def test_nu52s_line_at_80_columns() -> None:
    said, names = tie_fitted("First: ", TIED, "Quartz, The Epoch Times", 78)
    assert names == "Quartz, Epoch Times" and said == TIED
