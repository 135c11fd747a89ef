"""Sentence splitting: abbreviations, quotes, decimals, paragraphs and exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.sentences import Sentence, sentence_index_at, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_at_the_sentences() -> None:
    text = "  First one here.  Second one there!\n\n  Third?  "
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["First one here.", "Second one there!", "Third?"]
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Army said on Friday it would send troops.",
        "Gen. Mark Milley spoke to Mr. Smith in Kyiv.",
        "The U.N. Security Council met on Jan. 5 in New York.",
        "J. R. R. Tolkien wrote many books.",
        "Inflation rose 3.5 percent in the year to March.",
        "Dr. Jones and Mrs. Brown met Sen. Warren.",
    ],
)
def test_abbreviations_initials_and_decimals_do_not_split(text: str) -> None:
    assert texts(text) == [text]


def test_sentence_ending_inside_a_closing_quote_keeps_the_quote() -> None:
    text = 'He said "It is fine." Then he left.'
    assert texts(text) == ['He said "It is fine."', "Then he left."]
    curly = "She called it “a disgrace.” Officials disagreed."
    assert texts(curly) == ["She called it “a disgrace.”", "Officials disagreed."]


def test_quote_with_attribution_stays_whole() -> None:
    text = '"We will not give up," Ban said. The talks went on.'
    assert texts(text) == ['"We will not give up," Ban said.', "The talks went on."]


def test_ellipsis() -> None:
    got = texts("He paused... Then he spoke. And so on…")
    assert got[0].startswith("He paused")
    assert "Then he spoke." in " ".join(got)
    assert got[-1].endswith("on…")


def test_paragraph_breaks_and_single_newlines_end_sentences() -> None:
    text = "A headline without a stop\n\nFirst paragraph goes on\nA new line here.\n"
    assert texts(text) == [
        "A headline without a stop",
        "First paragraph goes on",
        "A new line here.",
    ]


def test_numbers_end_sentences() -> None:
    assert texts("Troops numbered 200,000 in 2014. The rest went home.") == [
        "Troops numbered 200,000 in 2014.",
        "The rest went home.",
    ]


def test_empty_and_blank() -> None:
    assert split_sentences("") == ()
    assert split_sentences(" \n\n \t ") == ()


def test_sentence_index_at() -> None:
    text = "One here. Two there. Three."
    sentences = split_sentences(text)
    assert sentence_index_at(sentences, 0) == 0
    assert sentence_index_at(sentences, text.index("Two")) == 1
    assert sentence_index_at(sentences, text.index("Two") - 1) == 1  # the gap: next one
    assert sentence_index_at(sentences, len(text) - 1) == 2
    assert sentence_index_at(sentences, len(text)) is None
    assert sentence_index_at((), 0) is None


def test_sentence_is_frozen() -> None:
    s = Sentence(0, 1, "a")
    with pytest.raises(AttributeError):
        s.start = 2  # type: ignore[misc]


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aAbZ .!?\"“”'\n\t3,…-")) | st.characters(),
        max_size=300,
    )
)
def test_any_text_gives_in_bounds_ordered_offsets(text: str) -> None:
    last = 0
    for s in split_sentences(text):
        assert last <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text == s.text.strip()
        assert "\n" not in s.text
        last = s.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # nu31 #3: "Sen." and "D-Mass., said" split the sentence; a lost quote's "?"
            '"It is hard to imagine a worse choice,"?Sen. Elizabeth Warren, D-Mass., said'
            ' before she read letters. DeVos stirred up teachers"?unions.',
            [
                '"It is hard to imagine a worse choice,"?Sen. Elizabeth Warren, D-Mass., said'
                " before she read letters.",
                'DeVos stirred up teachers"?unions.',
            ],
        ),
        (
            'The U.S. Army may need "potential grizzlies."?Her nomination drew fire.',
            ['The U.S. Army may need "potential grizzlies."?', "Her nomination drew fire."],
        ),
        (
            "Rep. Joe Kennedy, D-Mass. said so. He left.",
            ["Rep. Joe Kennedy, D-Mass. said so.", "He left."],
        ),
    ],
)
def test_titles_and_state_abbreviations_do_not_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


_TITLES = ("Sen.", "Rep.", "Gov.", "Dr.", "Gen.", "Mr.")
_TAGS = ("D-Mass.", "R-Texas", "D-Calif.", "R-Ala.", "I-Vt.")
_NAMES = ("Elizabeth Warren", "Chris Van Hollen", "Susan Collins", "Tim Kaine")


@st.composite
def _news_sentence(draw: st.DrawFn) -> str:
    """A sentence of a news story naming a lawmaker: a title before the name, a party tag
    after it ("Sen. Elizabeth Warren, D-Mass., said ..."), its end known by construction."""
    title = draw(st.sampled_from(_TITLES))
    name = draw(st.sampled_from(_NAMES))
    tag = draw(st.sampled_from(_TAGS))
    quote = draw(st.sampled_from(("", '"It is a bad choice," ', '"No,"?')))
    tail = draw(st.sampled_from(("said on Tuesday", "told reporters", "voted no")))
    end = draw(st.sampled_from((".", "!", "?")))
    return f"{quote}{title} {name}, {tag}, {tail}{end}"


@settings(max_examples=120, deadline=None)
@given(st.lists(_news_sentence(), min_size=1, max_size=5))
def test_sentences_naming_lawmakers_split_where_they_end(sentences: list[str]) -> None:
    text = " ".join(sentences)
    assert texts(text) == sentences
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
