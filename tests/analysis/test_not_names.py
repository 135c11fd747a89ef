"""A state's abbreviation and a page's PREV/NEXT labels are nobody's name, in comparisons
and as speakers; told by how the text writes them, so a place written whole stays a name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.entities import find_names
from index.analysis.notnames import STATE_ABBREVIATIONS, abbreviation, not_name_edges
from index.analysis.quotes import extract_quotes


def names(text: str) -> list[str]:
    return [m.text for m in find_names(text)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Doctors at a hospital in Santa Monica, Calif. Immune therapies work.", "Calif"),
        ("NORTH READING, Mass., Feb. 8, 2017 -- TraceLink said it grew.", "Mass"),
        ("The company is in Tempe, Ariz. It makes chips.", "Ariz"),
        ("Senator Rand Paul (R., Ky.) clashed with Anthony Fauci.", "Ky"),
        ("Newsom ordered vaccines for all Calif. students on Friday.", "Calif"),
        ("She became a doctor in Memphis, Tenn. But ten years later she moved.", "Tenn"),
        # an abbreviation of no list: its full stop ends no sentence
        ("The Okeechobee Cnty. board met on Monday.", "Cnty"),
    ],
)
def test_an_abbreviated_place_is_no_name(text: str, gone: str) -> None:
    assert gone not in names(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He died several hours later in Boise, Idaho. He was 71.", "Idaho"),
        ("A hospital was built in Dallas, Texas. BCEG also worked there.", "Texas"),
        ("The film opens in 500 cinemas in India. xufan@chinadaily.com.cn", "India"),
        ("Rep. Mo Brooks (R-Ala.) told The Huffington Post so.", "Mo Brooks"),
        ("Thinkin' about pudding and Legos.) Then more.", "Legos"),
    ],
)
def test_a_place_or_person_written_whole_stays_a_name(text: str, kept: str) -> None:
    assert kept in names(text)


def test_prev_and_next_labels_are_no_names() -> None:
    text = (
        "The talks went on.\n\n"
        "PREV Benfica – Barça: Where to watch the match\n"
        "NEXT “The Brel promise” with Arnaud Askoy\n"
        "Previous article Honeywell Previous"
    )
    found = names(text)
    assert not any(w in n.split() for n in found for w in ("PREV", "NEXT", "Previous"))
    assert "Benfica" in found and "Arnaud Askoy" in found and "Honeywell" in found


@pytest.mark.parametrize(
    "text",
    [
        '"We will not back down on this," said Calif. Gov. Gavin Newsom.',
        'NEXT "We will not back down on this one," PREV said.',
        'Previous article "We will not back down on this one," Next said.',
    ],
)
def test_no_speaker_is_an_abbreviation_or_a_label(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker not in ("Calif", "PREV", "NEXT", "Next", "Previous")


def test_a_speaker_beside_an_abbreviation_keeps_the_name() -> None:
    text = '"We will not back down on this," said Rep. Adam Schiff, D-Calif., on Monday.'
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Adam Schiff"


@given(st.sampled_from(sorted(STATE_ABBREVIATIONS)), st.sampled_from(["Austin", "Santa Fe"]))
def test_every_state_abbreviation_after_a_town_is_no_name(state: str, town: str) -> None:
    word = state.capitalize()
    text = f"It was filed in {town}, {word}. Officials said so."
    assert abbreviation(text, word, text.index(f" {word}.") + 1)
    assert not_name_edges([f"{word}.", "Gov.", "Ann", "Lee"]) == ["Gov.", "Ann", "Lee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Mayor Anne Hidalgo spoke next, saying the port was "a very good partner" for years.',
            "Anne Hidalgo",
        ),
        (
            'Governor Tom Wolf came next, calling the plan "a real step forward for families".',
            "Tom Wolf",
        ),
    ],
)
def test_the_adverb_next_in_prose_is_no_label(text: str, speaker: str) -> None:
    """rv14: a lower-case "next" ended the phrase before the quote and was dropped as a page's
    label, leaving "Mayor Anne Hidalgo spoke": the quote lost its speaker (na-1351 of
    newsarticles lost Rex Tillerson so)."""
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker
