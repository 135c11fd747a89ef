"""`highlight --quote` finds a passage typed with straight quotes where the article has
curly ones, and the other way (nu33: `-q "The illogic of the Government's contentions"` was
"not in the article" when it said "Government\u2019s"). The oracle: texts built word by word,
a quote's occurrences known from where its words were put, compared with marks folded."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.notebook import anchor_quote, quote_spans

WORDS = [
    "Government's",
    "Government\u2019s",
    "\u201cpalpable,\u201d",
    '"palpable,"',
    "judge",
    "so-called",
    "so\u2013called",
    "\u2018so",
    "'so",
    "it",
    "ban\u2014again",
]
FOLD = str.maketrans(
    "\u2018\u2019\u02bc\u201c\u201d\u201e\u2010\u2011\u2013\u2014", "'''\"\"\"----"
)


def _fold(word: str) -> str:
    return word.translate(FOLD)


@st.composite
def texts(draw: st.DrawFn) -> tuple[str, list[tuple[int, str]]]:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
    gap = st.sampled_from([" ", "\n", "  "])
    gaps = draw(st.lists(gap, min_size=len(words), max_size=len(words)))
    parts, placed, at = [], [], 0
    for word, gap in zip(words, gaps, strict=True):
        placed.append((at, word))
        parts.append(word + gap)
        at += len(word) + len(gap)
    return "".join(parts), placed


@settings(max_examples=200)
@given(texts(), st.data())
def test_a_quote_finds_its_words_in_either_form_of_their_marks(
    text: tuple[str, list[tuple[int, str]]], data: st.DataObject
) -> None:
    body, placed = text
    start = data.draw(st.integers(0, len(placed) - 1))
    size = data.draw(st.integers(1, min(4, len(placed) - start)))
    quote = [_fold(word) for _, word in placed[start : start + size]]
    if data.draw(st.booleans()):  # typed curly where the text may be straight
        quote = [w.replace("'", "\u2019").replace('"', "\u201d") for w in quote]
    want = [_fold(w) for w in quote]
    expected, n = [], 0
    while n + size <= len(placed):
        if [_fold(w) for _, w in placed[n : n + size]] == want:
            last_at, last = placed[n + size - 1]
            expected.append((placed[n][0], last_at + len(last)))
            n += size
        else:
            n += 1
    assert quote_spans(body, " ".join(quote)) == expected


def test_the_walkthroughs_passage() -> None:
    body = "\u201cThe illogic of the Government\u2019s contentions is palpable,\u201d he said."
    anchor = anchor_quote(body, "The illogic of the Government's contentions is palpable")
    assert anchor.exact == "The illogic of the Government\u2019s contentions is palpable"
    assert quote_spans(body, '"The illogic') == [(0, 12)]


def test_other_characters_still_match_only_themselves() -> None:
    assert quote_spans("a so-called judge", "so called") == []
    assert quote_spans("a so.called judge", "so-called") == []
    assert quote_spans("it's", "its") == []
