"""More dashes for lost spaces (cl46, nu64 #3): after a sentence's stop, before "has" and
"have", after a name before more verbs of speech, before a quotation after "to", "as"
before a title, and after a word a lost letter ends ("garda\ufffd\ufffd-from"); the
compounds near them keep their dashes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.text.lost_space import QUOTE_OPENS, dash_spaces, mend_spaces
from index.text.lost_space_edges import BEFORE_HAVE, OPENS_NONE, SPOKE

KEPT = [
    "U.S.-Mexico",
    "U.K.-based",
    "p.m.-Eastern",
    "Dr.-Ing.",
    "Republican-vs.-Republican",
    "Mirga Gra?inyt?-Tyla",
    "a must-have",
    "nice-to-have",
    "have-nots",
    "a has-been",
    "So-called",
    "Ahrar as-Sham",
    "Baden-W\ufffd\ufffdrttemberg",
    "Baden-Württemberg",
    "Rhineland-Palatinate",
    'so-"called"',
    "the Kremlin-backed",
    "an ISIL-declared",
    "Self-described",
]
"""Compounds and names next to the new rules' shapes (the corpora's, and their kind)."""

SENTENCES = st.sampled_from(
    ["The Senate", "However there", "In this way", "He said", "Trump has", "A coroner's"]
)
ENDS = st.sampled_from(["on Tuesday", "in the body", "the presidency", "in 2015", "the bin"])


@given(st.lists(st.sampled_from(KEPT), min_size=1, max_size=6), st.sampled_from([" ", ", "]))
def test_compounds_keep_their_dashes(kept: list[str], gap: str) -> None:
    line = gap.join(kept) + " talks."
    assert dash_spaces(line) == []


@given(ENDS, st.sampled_from(".!"), SENTENCES)
def test_a_dash_after_a_sentences_stop(end: str, stop: str, sentence: str) -> None:
    line = f"It happened {end}{stop}-{sentence} more."
    assert mend_spaces(line) == f"It happened {end}{stop} {sentence} more."


@given(
    st.sampled_from(
        ["water level", "A 42-year-old man", "McCabe", "the agency", "garda\ufffd\ufffd"]
    ),
    st.sampled_from(["has", "have"]),
)
def test_a_noun_and_has(noun: str, verb: str) -> None:
    assert mend_spaces(f"The {noun}-{verb} risen") == f"The {noun} {verb} risen"


@given(st.sampled_from(sorted(BEFORE_HAVE - OPENS_NONE)))
def test_have_after_a_modal_stays(word: str) -> None:
    """("could-have" was mended before: "could" opens no compound.)"""
    assert mend_spaces(f"a {word}-have item") == f"a {word}-have item"


@given(
    st.sampled_from(["Trump", "Michael Noonan", "the Herald", "Grindeanu"]),
    st.sampled_from(sorted(SPOKE)),
)
def test_a_name_and_a_verb_of_speech(name: str, verb: str) -> None:
    assert mend_spaces(f"Then {name}-{verb} with them") == f"Then {name} {verb} with them"


@given(st.sampled_from(sorted(QUOTE_OPENS)))
def test_a_small_word_before_a_quotation(word: str) -> None:
    line = f'urging them {word}-"send a picture"'
    assert mend_spaces(line) == f'urging them {word} "send a picture"'


def test_as_before_a_title_and_a_lost_letter() -> None:
    assert mend_spaces("Merkel has met as-Chancellor.") == "Merkel has met as Chancellor."
    assert mend_spaces("such as-Calvin Klein") == "such as Calvin Klein"
    line = "carried out by garda\ufffd\ufffd-from Sundrive Road. Garda\ufffd\ufffd-are-appealing"
    assert mend_spaces(line) == line.replace("-", " ")
    assert (
        mend_spaces("predecessor, Ruair\ufffd\ufffd-Quinn, heckled")
        == "predecessor, Ruair\ufffd\ufffd Quinn, heckled"
    )


@given(st.sampled_from(sorted(QUOTE_OPENS)))
def test_a_lost_dash_is_no_quotation(word: str) -> None:
    """'"?' is the corpora's lost dash, no opening mark: 'control them-"?Trump merely'
    (na-3240: the mend made a quote of 327 characters, given to the wrong Trump)."""
    line = f'control {word}-"?Trump merely'
    assert mend_spaces(line) == line
