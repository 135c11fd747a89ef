"""A two-article compare's counts take a word only when it says what they count (fx152,
nu61 #3: "and 16" from "16 of George W Bush's", "just six", "the tally 51" from "51-50",
"but the 326" and "293 vote means" from "the 326 to 293 vote", "1,500-acre Prairie").

The oracle, over generated pairs built from known shapes: every listed item is a whole-word
span of its own article; no item starts or ends with a stop word; a count before a plural noun
is listed with it ("38 years"), an age after a name with the name ("Ball, 54"), a score or vote
as one span ("51-50", "326 to 293"), a number with its word attached as written
("1,500-acre"), and a count after filler ("and 16", "just six") bare, with no filler.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.pair_names import pair_only_in
from index.analysis.words import STOPWORDS

FILLER = ("and", "the", "just", "but", "of", "to", "has")
NOUNS = ("years", "troops", "votes", "homes")
SURNAMES = ("Ball", "Okafor", "Brandt")
COUNTS = (3, 17, 38, 251, 4123, 62, 719, 1406, 95, 5087)
"""Counts no two of which one stands for the other rounded ("140" gives 135: ``numbers``)."""


def _sentence(draw: st.DrawFn, n: int, m: int) -> tuple[str, str]:
    """A sentence and the item its number must be listed as."""
    kind = draw(st.sampled_from(("plural", "age", "score", "vote", "attached", "filler")))
    if kind == "plural":
        noun = draw(st.sampled_from(NOUNS))
        return f"It took {n} {noun} in all.", f"{n} {noun}"
    if kind == "age":
        name = draw(st.sampled_from(SURNAMES))
        return f"Ann {name}, {n}, spoke.", f"{name}, {n}"
    if kind == "score":
        return f"The tally {n}-{m} means little.", f"{n}-{m}"
    if kind == "vote":
        return f"But the {n} to {m} vote means a change.", f"{n} to {m}"
    if kind == "attached":
        return f"A {n}-acre Prairie farm was sold.", f"{n}-acre"
    filler = draw(st.sampled_from(FILLER))
    tail = draw(st.sampled_from(("of George W Bush's", "vote means", "Prairie", ".")))
    return f"It was {filler} {n} {tail}".rstrip() + ("" if tail == "." else "."), str(n)


def _whole(item: str, text: str) -> bool:
    return re.search(rf"(?<![\w.,]){re.escape(item)}(?![\w])", text) is not None


@st.composite
def _article(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Up to 5 sentences, each with numbers of its own (a value listed once: ``numbers``)."""
    values = draw(st.permutations(COUNTS))
    return [
        _sentence(draw, values[2 * k], values[2 * k + 1]) for k in range(draw(st.integers(1, 5)))
    ]


@settings(max_examples=200, deadline=None)
@given(_article())
def test_counts_are_spans_with_no_filler(sentences: list[tuple[str, str]]) -> None:
    article = " ".join(s for s, _ in sentences)
    only_a, _ = pair_only_in(article, "Nothing here.", counted=True)
    numbers = [i for i in only_a if any(c.isdigit() for c in i)]
    for item in only_a:
        assert _whole(item, article), (item, article)
        words = item.lower().replace(",", "").split()
        assert words[0] not in STOPWORDS and words[-1] not in STOPWORDS, item
    for _, expected in sentences:
        assert expected in numbers, (expected, numbers)
    for item in numbers:  # nothing is taken but a plural noun, a name's age, a score
        assert not re.search(r"\b(?:means|Prairie|vote|of|tally)\b", item), item


def test_nu61_shapes() -> None:
    text = (
        "It was 16 of George W Bush's picks. The tally was 51-50. It took just six. "
        "But the 326 to 293 vote means a change. A 1,500-acre Prairie farm. The 760km road."
    )
    only_a, _ = pair_only_in(text, "Nothing.", counted=True)
    numbers = only_a[only_a.index("16") :]  # names first
    assert numbers == ("16", "51-50", "six", "326 to 293", "1,500-acre", "760km")
    units, _ = pair_only_in("Winds of 150 mph. Output rose 90 pct.", "No.", counted=True)
    assert units == ("150 mph", "90 pct")
    money, _ = pair_only_in("Sales rose to 92 million Instagram followers.", "No.", counted=True)
    assert money == ("Instagram", "92 million Instagram followers")
