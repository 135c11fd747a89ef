"""rv35: compare's "shared" is the same words (fx42, nu36 #1), but only within a sentence.

#4 (fixed by fx52): a version that only re-punctuates, joining two sentences with a
semicolon or splitting one at it, has exactly the same words; compare called the sentences
"similar" as a paraphrase (``changed`` None) and the summary said "99% same words, 1% in
other words" while it listed no changed word.
#9 (fixed by fx52): words B leaves out were counted "in other words"; they are only in A.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.compare import compare
from index.analysis.words import normalize_words

SENTENCES = [
    "The harbour board met on Sunday and agreed to widen the northern channel",
    "The shipping firms welcomed the plan warmly after a week of talks",
    "Dredging will start in spring if the weather holds",
    "The chairman told reporters the port would stay open through the works",
]


def _joined(joins: list[bool]) -> str:
    """The sentences, each joined to the next by a semicolon where ``joins`` says so."""
    text = SENTENCES[0]
    for sentence, join in zip(SENTENCES[1:], joins, strict=True):
        text += f"; {sentence[0].lower()}{sentence[1:]}" if join else f". {sentence}"
    return text + "."


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.booleans(), min_size=3, max_size=3), st.lists(st.booleans(), min_size=3, max_size=3)
)
def test_the_same_words_repunctuated_are_all_the_same(a: list[bool], b: list[bool]) -> None:
    first, second = _joined(a), _joined(b)
    assert normalize_words(first) == normalize_words(second)  # the oracle: same words
    c = compare(first, second)
    assert (c.summary.a_same_in_b, c.summary.b_same_in_a) == (1.0, 1.0)
    assert c.word_changes == ()
    assert all(al.changed in ((), None) for al in (*c.a, *c.b))
    assert "other words" not in c.summary.found(0) + c.summary.found(1)


def test_words_the_other_leaves_out_are_not_found_in_other_words() -> None:
    """#9: A's words that B does not have at all (B drops "at last": no word in their
    place, `word_changes` gives B nothing) are told "A found in B 91% same words, 9% in
    other words", so all of A reads as found in B; the 9% is in A only."""
    a = "The harbour board met on Sunday and agreed to widen the northern channel at last."
    c = compare(a, a.replace(" at last", ""))
    assert [(mine, theirs) for _, mine, theirs in c.word_changes] == [(("at last",), ())]
    assert "in other words" not in c.summary.found(0), c.summary.found(0)
