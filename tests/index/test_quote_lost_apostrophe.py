"""An apostrophe written as a double mark ('didn"t', the corpus's web copies: t37, t57 of
the reprint labels) is compared as the apostrophe: the reprint that has it right is the
same quotation, not one that dropped a negation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import compared_words, extract_quotes

WORDS = st.sampled_from(
    ["we", "think", "they", "focused", "so", "hard", "on", "politics", "the", "act", "end"]
)
NEGATED = st.sampled_from(["didn't", "don't", "can't", "won't", "doesn't", "shouldn't"])


@given(st.lists(st.one_of(WORDS, NEGATED), min_size=1, max_size=20))
def test_the_double_mark_apostrophe_reads_as_the_apostrophe(words: list[str]) -> None:
    right = " ".join(words)
    lost = right.replace("n't", 'n"t')
    assert compared_words(lost) == compared_words(right)
    # the oracle: the words as written, each split at its apostrophe and joined again
    assert compared_words(lost) == tuple(w.lower() for w in words)


def test_a_double_mark_between_words_is_no_apostrophe() -> None:
    assert compared_words('a plan "t" for') == ("a", "plan", "t", "for")
    assert compared_words('in "the" town') == ("in", "the", "town")


def test_the_two_copies_form_one_group() -> None:
    index = QuoteIndex()
    said = "I think they were focused so hard on politics that they didn{}t get the act together"
    for n, mark in enumerate(["'", '"']):
        body = f'"{said.format(mark)} at the end," said Trump. It was on page {n}.'
        quotes = extract_quotes(body)
        assert len(quotes) == 1
        index.add_article(f"a{n}", f"outlet {n}", "2017-02-28", quotes)
    assert len(index.groups(min_articles=2)) == 1
