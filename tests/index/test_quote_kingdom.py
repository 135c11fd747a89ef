""" "UK" and "U.K." are "United Kingdom" to grouping (issue 18, qg39; label p16: Al
Jazeera's "every person in the UK" is the clip of May's "... every person in the whole
United Kingdom ..." that CNN and BBC ran). Oracle: a sentence built around the country's
name, written each way, compares as the same words; a word that only starts with "UK"
("UKIP") or holds it ("FUK") stays itself."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import compared_words, extract_quotes

SPELLINGS = ("UK", "U.K.", "U.K", "United Kingdom")
WORDS = ("the", "people", "of", "every", "person", "in", "will", "leave", "UKIP", "FUK")


@given(
    st.lists(st.sampled_from(WORDS), max_size=6),
    st.lists(st.sampled_from(WORDS), max_size=6),
    st.sampled_from(SPELLINGS),
    st.sampled_from(["", ",", "'s", "-wide", "."]),
)
def test_the_country_compares_alike_however_it_is_written(
    before: list[str], after: list[str], spelling: str, glued: str
) -> None:
    def text(name: str) -> str:
        return " ".join([*before, name + glued, *after])

    expected = compared_words(text("United Kingdom"))
    assert compared_words(text(spelling)) == expected
    assert ("ukip" in expected) == ("UKIP" in before + after)
    assert ("fuk" in expected) == ("FUK" in before + after)


def test_a_clip_that_abbreviates_the_country_joins_its_quotation() -> None:
    whole = (
        '"When I sit around the table in the months ahead, I will represent every person in '
        'the whole United Kingdom, young and old, rich and poor," she said.'
    )
    clip = 'She said she wanted to represent "every person in the UK" in the talks.'
    index = QuoteIndex()
    for article, outlet, body in (("a", "CNN", whole), ("b", "Al Jazeera", clip)):
        index.add_article(article, outlet, "2017-03-29", extract_quotes(body))
    (group,) = index.groups()
    assert set(group.articles) == {"a", "b"}
