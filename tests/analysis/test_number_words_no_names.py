"""Number words are no names, in a pair and in a many-way comparison alike (nu54 #3, cp45).

The pair's "only A" listed "Seven North Koreans, Four, Seven" for a BBC article that the
three-way comparison did not: a third text writing "seven" in lower case made the word
ordinary there, not in the pair. One rule now: a number word, alone or heading a noun
phrase, opens no name unless a text capitalises it inside a sentence ("Four Seasons").
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.entities import find_names
from index.analysis.multicompare import Document, compare_many
from index.analysis.numbers import NUMBER_WORDS
from index.analysis.pair_names import pair_only_in

_WORDS = sorted(w for w in NUMBER_WORDS if "-" not in w and w not in ("none", "zero"))
_HEADS = ["North Koreans", "Malaysian Police", "Texas Rangers", "people", "men"]

B = "Police in Kuala Lumpur said on Friday that the airport was safe."


def _names(texts: list[str]) -> list[str]:
    docs = [Document(str(k), "", None, None, t) for k, t in enumerate(texts)]
    return [e.name for e in compare_many(docs).only_in[0].names]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_WORDS), st.sampled_from(_HEADS), st.booleans())
def test_a_pair_lists_the_names_a_larger_comparison_lists(
    word: str, head: str, lower_elsewhere: bool
) -> None:
    """Oracle: the many-way comparison of A, B and a third text that gives none of A's
    names; the pair's names (its list less its numbers) must be the same."""
    a = f"Bruce Bennett spoke on Friday. {word.capitalize()} {head} are being sought."
    c = f"Officials said {word} of them left." if lower_elsewhere else "Officials left."
    pair = pair_only_in(a, B)[0]
    numbers = {n.lower() for n in pair if n.split()[0].lower() in NUMBER_WORDS}
    assert [n for n in pair if n.lower() not in numbers] == _names([a, B, c])
    assert not any(n.split()[0].lower() in NUMBER_WORDS for n in _names([a, B, c]))


@given(st.sampled_from(_WORDS))
def test_a_number_word_opening_a_sentence_is_listed_as_a_number(word: str) -> None:
    a = f"The police spoke. {word.capitalize()} people are in custody."
    only_a = pair_only_in(a, B)[0]
    assert word.capitalize() not in only_a
    assert all(not n[:1].isupper() for n in only_a if n.split()[0].lower() in NUMBER_WORDS)


def test_the_nu54_sentences() -> None:
    a = (
        "Four people are in custody, including one North Korean. Seven North Koreans are "
        "being sought, including a diplomat. Bruce Bennett of the Rand Corporation spoke."
    )
    assert pair_only_in(a, B)[0] == ("Bruce Bennett", "Rand Corporation", "four", "seven")


def test_a_name_written_with_a_number_inside_a_sentence_stays() -> None:
    text = "She stayed at the Four Seasons in Boston. Four Seasons said nothing."
    assert "Four Seasons" in [m.text for m in find_names(text)]
