"""The story head's "First:" line of a tie says its outlets short, and then the tie itself
shorter, only as far as the head's width needs (nu45 #10: at 80x24 "First: 4 articles the
same day, no time given, 2017-03-20: Al Jazeera, CNN, D…" lost Reuters)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.compare_tabs import MIN_CAP, fit_outlet, known_short, short_outlet, tie_fitted

LABEL = "first: "
SAID = "4 articles the same day, no time given, 2017-03-20"
NAMES = "Al Jazeera, CNN, Deutsche Welle, Reuters"


def width_of(said: str, names: str) -> int:
    return len(LABEL) + len(said) + 2 + len(names)


def read_cut(outlets: str, names: str) -> bool:
    """Whether each of ``names`` starts its outlet: whole, cut with "…", or its first word
    (nu60 #9: "Washingt…" where "WE" was said)."""
    pairs = zip(outlets.split(", "), names.split(", "), strict=True)
    return all(o.startswith(n.removesuffix("…")) and n for o, n in pairs)


def cut_fits(said: str, outlets: str, width: int) -> bool:
    """Whether the outlets cut no shorter than `MIN_CAP` fit the line, the tie said short
    ("4 the same day") if need be."""
    cut = ", ".join(fit_outlet(o, MIN_CAP) for o in outlets.split(", "))
    return width_of(brief(said), cut) <= width


def brief(said: str) -> str:
    return said.replace(" articles the ", " the ", 1)


@given(st.integers(0, 120))
def test_the_line_is_shortened_only_as_far_as_needed(width: int) -> None:
    said, names = tie_fitted(LABEL, SAID, NAMES, width)
    whole = width_of(SAID, NAMES)
    if width == 0 or whole <= width:
        assert (said, names) == (SAID, NAMES)
        return
    short = ", ".join(short_outlet(o) for o in NAMES.split(", "))
    if cut_fits(SAID, NAMES, width):  # cut rather than initials (nu60 #9)
        assert said in (SAID, brief(SAID)) and read_cut(NAMES, names)
        assert width_of(said, names) <= width
        return
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
    elif cut_fits(TIED, known, width):  # cut rather than initials (nu60 #9)
        assert said in (TIED, brief(TIED)) and read_cut(known, names)
        assert width_of(said, names) <= width
    else:
        assert names == "Quartz, ET, BN"  # no other fits


def test_nu52s_line_at_80_columns() -> None:
    said, names = tie_fitted("First: ", TIED, "Quartz, The Epoch Times", 78)
    assert names == "Quartz, Epoch Times" and said == TIED


@given(
    outlets=st.lists(
        st.from_regex(r"[A-Z][a-z]{0,11}( [A-Z][a-z]{0,11}){0,3}", fullmatch=True),
        min_size=1,
        max_size=5,
    ),
    width=st.integers(-2, 40),
)
def test_an_outlet_fitted_starts_its_name(outlets: list[str], width: int) -> None:
    """nu60 #9: at 80 columns "WE", "TT", "ET" where "Washington Ex…" or "Washington"
    fitted. The oracle: what `fit_outlet` shows starts the name (whole, cut with "…", its
    first word), or is its short name only where no start of at least 4 letters fits;
    never wider than the cell."""
    for outlet in outlets:
        shown = fit_outlet(outlet, width)
        assert cell_len(shown) <= max(0, width)
        if outlet.startswith(shown.removesuffix("…")):
            continue
        assert shown == short_outlet(outlet)
        assert width < 5 or outlet.split()[0].casefold() == "the"  # "Wash…" fits at 5


def test_nu60s_line_at_80_columns() -> None:
    said, names = tie_fitted(
        "First: ",
        "3 the same day, no time given, 2021-10-18",
        "Politico, Reuters, Washington Examiner",
        78,
    )
    assert names == "Politico, Reuters, Washingt…"  # was "Politico, Reuters, WE"
    assert said == "3 the same day, no time given, 2021-10-18"
