"""A compound whose two ends are paired by "and", "or", "versus" ... keeps its dashes when its
last word is one of cl47's closing words ("before-and-after photos", "an us-versus-them mood",
"him-or-her", "out-and-about"): cl47 read them as lost spaces (rv74). Oracle: text with such
compounds and cl47's lost spaces at known places comes back with exactly those places mended."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.text.lost_space import dash_spaces, mend_spaces
from index.text.lost_space_words import JOINED_PAIRS, MORE_CLOSES, MORE_COMPOUNDS

FIRST = st.sampled_from(["before", "us", "him", "out", "cat", "hit", "win", "now"])
PAIRED = st.tuples(
    FIRST, st.sampled_from(sorted(JOINED_PAIRS)), st.sampled_from(sorted(MORE_CLOSES))
)


def test_the_corpora_s_kind() -> None:
    for line in [
        "Voters saw before-and-after photos of it.",
        "It fuels an us-versus-them mentality.",
        "an us-against-them feeling",
        "He was out-and-about in town.",
        "the day-after pill",
        "a him-or-her choice",
        "The also-rans were there.",
        "the night-before jitters",
        "the year-before figures",
        "a year-after review",
    ]:
        assert dash_spaces(line) == [], line
    assert mend_spaces("to the magistrates-because he") == "to the magistrates because he"


@given(
    st.lists(
        st.tuples(PAIRED, st.sampled_from(["because", "while", "during"])), min_size=1, max_size=4
    )
)
def test_paired_compounds_among_lost_spaces(parts: list[tuple[tuple[str, str, str], str]]) -> None:
    """Each paired compound keeps both dashes; each lost space before a closing word comes back,
    one character for one (offsets unchanged)."""
    line, want = "", ""
    for (first, pair, last), word in parts:
        compound = f"{first}-{pair}-{last}"
        line += f"a {compound} mood plans-{word} talks "
        want += f"a {compound} mood plans {word} talks "
    spots = [k for k, (a, b) in enumerate(zip(line, want, strict=True)) if a != b]
    assert dash_spaces(line) == spots
    assert mend_spaces(line) == want
    assert len(mend_spaces(line)) == len(line)


@given(st.sampled_from(sorted(MORE_COMPOUNDS)), st.sampled_from(["It was a", "The", "Those"]))
def test_listed_compounds_keep_their_dash(compound: str, before: str) -> None:
    line = f"{before} {compound} talked."
    assert dash_spaces(line) == []
