"""`Highlighter.spans` runs the text analyzer's steps itself: the same spans as its token
stream (`Highlighter.spans_analysed`, the reference) for any text and any query."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.search.highlight import Highlighter, _analyzer_steps, highlighter_for_text
from index.store.schema import TEXT_ANALYZER

WORDS = [
    "The", "oil", "Oil's", "OILS", "crude", "prices", "priced", "pricing", "a", "I", "at",
    "U.S.", "3.5", "1,000", "peacekeepers", "peacekeeping", "harbour", "harbours", "don't",
    "Geneva", "fußball", "ÉTÉ", "naïve", "İstanbul", "ﬁnance", "x" * 40, "connect",
    "connections", "generously", "happy", "happiness", "petrol", "petroleum", "coffee",
    "G-7", "g7", "COVID-19", "covid", "al-Qaeda", "K-pop", "state-of-the-art", "A-1-a",
    "東京市場は", "市場", "東京2020", "株価-上昇", "U.S.東京", "ｶﾀｶﾅ", "서울에서", "市", "東",
]  # fmt: skip
"""Words the stemmer, the stop list, the minimum size, lower-casing, hyphens and runs of
Chinese, Japanese or Korean (pairs of characters) treat differently."""

texts = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(max_size=8)),
    max_size=40,
).flatmap(
    lambda words: st.lists(
        st.sampled_from([" ", "\n", ", ", ". ", "-", "—", "  ", "'", '"', "_"]),
        min_size=len(words),
        max_size=len(words),
    ).map(lambda gaps: "".join(w + g for w, g in zip(words, gaps, strict=True)))
)
stems = st.frozensets(
    st.one_of(
        st.sampled_from(WORDS).map(lambda w: next((t.text for t in TEXT_ANALYZER(w)), w)),
        st.text(max_size=5),
    ),
    max_size=6,
)


def test_the_text_analyzer_is_the_chain_the_steps_copy() -> None:
    assert _analyzer_steps() is not None


@settings(max_examples=300, deadline=None)
@given(
    texts,
    stems,
    st.lists(st.sampled_from(["pri*", "oil?", "c*", "*ing", "[a-c]*"]), max_size=2),
    st.lists(st.sampled_from([("oill", 1, 0), ("petrolium", 2, 1), ("cofee", 1, 2)]), max_size=2),
    st.lists(
        st.sampled_from(["pri?es", "u.?", "g?", "*ete", "市?", "covid*", "?", "us", "t?e"]),
        max_size=2,
    ),
)
# rv51: a shouted word's plain reading ("us" of the second "US", "the" of "US THE") is a
# term of its own at the word's position; the written words must be read with positions
@example("K-pop US US", frozenset(), [], [], ["us"])
@example("rates US THE K-pop THE THE", frozenset(), [], [], ["t?e"])
def test_spans_are_the_analyzers(
    text: str,
    words: frozenset[str],
    patterns: list[str],
    fuzzy: list[tuple[str, int, int]],
    fitted: list[str],
) -> None:
    # ``fitted``: wildcards lit on the words they fit, as written (sx42)
    highlighter = Highlighter(words, tuple(patterns), tuple(fuzzy), fitted=tuple(fitted))
    assert highlighter.spans(text) == highlighter.spans_analysed(text)


@settings(max_examples=100, deadline=None)
@given(
    texts,
    st.sampled_from(
        [
            "oil",
            "crude oil",
            '"oil prices"',
            "petro*",
            "coffe~",
            "happy NOT oil",
            "G-7",
            "covid19",
            '"covid-19 oil"',
            "covid COVID-19",
            "k-pop al-qaeda",
            "市場",
            "東京市場",
            '"東京市場"',
            "市 東",
            "서울",
        ]
    ),
)
def test_spans_of_parsed_queries_are_the_analyzers(text: str, query: str) -> None:
    highlighter = highlighter_for_text(query)
    assert highlighter.spans(text) == highlighter.spans_analysed(text)
