"""Words an outlet puts in brackets are not the speaker's: grouping leaves them out
("blame him (the Washington state judge) and court system", "he [Trump] is"), reads a
bracketed letter glued to a word as the word ("[S]ince"), and "you'r" (a copy that lost
the e with its curly apostrophe) as "you're" (constructed cases; `compared_words`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_links import STRONG, relation
from index.analysis.quotes import compared_words, extract_quotes

TWEET = (
    '"Just cannot believe a judge would put our country in such peril. If something '
    'happens blame him and court system. People pouring in. Bad!" he wrote.'
)
BRACKETED = '"If something happens, blame him (the Washington state judge) and court system."'
PLAIN = '"If something happens, blame him and court system," he wrote.'
CLIP = 'He wrote: "if something happens blame him."'


def _groups(*bodies: str) -> list[set[str]]:
    index = QuoteIndex()
    for n, body in enumerate(bodies):
        index.add_article(f"a{n}", f"outlet {n}", "2017-02-05", extract_quotes(body))
    return [set(g.articles) for g in index.groups()]


def test_a_copy_with_the_editors_words_in_parentheses_joins_its_reprints() -> None:
    assert _groups(TWEET, BRACKETED, PLAIN, CLIP) == [{"a0", "a1", "a2", "a3"}]


def test_bracketed_words_are_left_out_and_a_glued_letter_stays_in_its_word() -> None:
    assert compared_words("he [Trump] is demonstrating") == ("he", "is", "demonstrating")
    assert compared_words("[S]ince this incident") == ("since", "this", "incident")
    assert compared_words("(R)umor and what constitute(s) it") == (
        "rumor",
        "and",
        "what",
        "constitutes",
        "it",
    )
    assert compared_words("it never hurts to say you'r sorry") == compared_words(
        "it never hurts to say you're sorry"
    )
    assert compared_words("a (b") == ("a", "b")  # no closing bracket: kept


def test_a_cut_clip_with_a_lost_e_joins_the_full_quote() -> None:
    full = (
        '"to quote my 85-year-old father, Bob Hurd, who has given this advice to all of '
        "my friends when they got married, it never hurts to say you'r sorry,\" he said."
    )
    cut = "He said: \"to quote my 85-year-old father ... 'It never hurts to say you're sorry,'\""
    assert _groups(full, cut) == [{"a0", "a1"}]


WORDS = st.lists(st.sampled_from(["the", "court", "will", "decide", "on", "monday", "it"]))
SAID = st.lists(
    st.sampled_from(["we", "shall", "build", "a", "bridge", "by", "spring"]), min_size=5
)


@given(
    st.lists(
        st.sampled_from(["we", "shall", "build", "the", "bridge", "by", "spring"]), min_size=5
    ),
    st.integers(min_value=0),
    WORDS.filter(lambda ws: 1 <= len(ws) <= 5),
    st.sampled_from(["[]", "()"]),
)
def test_an_inserted_bracket_changes_nothing_compared(
    said: list[str], at: int, inserted: list[str], marks: str
) -> None:
    k = at % (len(said) + 1)
    edited = [*said[:k], marks[0] + " ".join(inserted) + marks[1], *said[k:]]
    assert compared_words(" ".join(edited)) == compared_words(" ".join(said))
    assert relation(compared_words(" ".join(edited)), compared_words(" ".join(said))) == STRONG
