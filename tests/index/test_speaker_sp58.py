"""Speakers cl44's cuts left wrong (sp58, issue 18): a name run on into the next word by
DW's lost space's dash ("Amnesty International-also voiced", na-1036) and a firm's mixed
initials read as a person that "she" then pointed to ("PGNiG says", na-2169). Constructed
texts over made-up names; the properties' oracles are the texts' own build."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.namerun import initialism
from index.analysis.quotes import extract_quotes
from index.analysis.speakerdash import SMALL, trimmed

_NAMES = ["Amnesty International", "Halden Brennick", "Tibilov", "Kim Jong", "Moon Jae"]
_PARTS = ["un", "in", "hee", "beom", "based", "born", "led", "Baden", "Assad"]
"""Hyphened parts a name keeps: a Korean name's second syllable, "-based", "Baden-Baden"."""


@given(st.sampled_from(_NAMES), st.sampled_from(sorted(SMALL)))
def test_a_small_word_after_a_dash_leaves_the_name(name: str, small: str) -> None:
    assert trimmed(f"{name}-{small}") == name
    assert trimmed(name) == name


@given(st.sampled_from(_NAMES), st.sampled_from(_PARTS))
def test_a_name_s_own_hyphened_part_stays(name: str, part: str) -> None:
    assert part not in SMALL
    assert trimmed(f"{name}-{part}") == f"{name}-{part}"


def test_no_speaker_stays_none() -> None:
    assert trimmed(None) is None


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(SMALL - {"said", "says", "told", "added"})))
def test_the_name_said_is_the_name_without_the_run_on_word(small: str) -> None:
    """na-1036's shape: the short name said it; the full name opens the next sentence with
    a lost space's dash before the next word."""
    text = (
        "Torvald Aid, a rights group, published a report on Monday."
        ' "The accounts detailed in this report signal a disturbing rise in abuses,"'
        f" Torvald said. Torvald Aid-{small} voiced concern over travel bans."
    )
    speakers = [q.speaker for q in extract_quotes(text)]
    assert speakers and all(s is not None and not s.endswith(f"-{small}") for s in speakers)


def test_initialisms() -> None:
    assert all(initialism(w) for w in ("PGNiG", "KGHiM", "ORLeN"))
    assert not any(initialism(w) for w in ("McDonald", "DiCaprio", "LaShawn", "Vestager"))


@given(st.sampled_from(["Torrun", "Magrethe", "Ysolde"]), st.sampled_from(["PGNiG", "KGHiM"]))
def test_she_is_not_the_firm_of_mixed_initials(first: str, firm: str) -> None:
    """na-2169's shape: a woman (her first name not known to be a woman's) speaks, a firm
    of mixed initials "says" something, then "she said": she is the woman, not the firm."""
    text = (
        f"Competition Commissioner {first} Halvorsen on Monday announced the settlement."
        " Halvorsen said the firm had come forward with commitments. Polish energy concern"
        f" {firm} says it won a court stay on gas deliveries through the pipeline. Noting"
        ' that the commitments would help, she said: "We believe that the commitments will'
        ' enable the free flow of gas in the region at competitive prices."'
    )
    assert [q.speaker for q in extract_quotes(text)] == [f"{first} Halvorsen"]
