"""`find_before` and `find_indirect` read only the last words before a quote when their
sentence starts there (`speakerpatterns._tail_tokens`): the same attributions as reading
the whole stretch (hypothesis; the whole reading is the oracle)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis import speakerpatterns
from index.analysis.names import tokens
from index.analysis.quotemarks import quoted_spans
from index.analysis.speakerpatterns import find_before, find_indirect

WORDS = st.sampled_from(
    [
        "Ban", "Warren", "Mr.", "U.S.", "said", "told", "says", "he", "she", "according",
        "to", "the", "minister", "Acme", "Corp.", "Inc.", "a.b.c", "Lorenzana-told", "al-Sisi",
        "x_y", "didn?t", "it", "and", "that", "who", "é", "Σ", "42", "—", "-", "…",
    ]
)  # fmt: skip
GLUE = st.sampled_from([" ", " ", ", ", ". ", "? ", ": ", "\n", "\u00a0", " - ", "  ", ".", "'"])
TEXTS = st.lists(st.tuples(WORDS, GLUE | st.just(" ")), max_size=120).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@given(TEXTS, st.integers(min_value=0, max_value=2000), st.integers(min_value=0, max_value=2000))
def test_tokens_after_a_space_are_the_same_from_any_earlier_start(
    text: str, a: int, b: int
) -> None:
    start, stop = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    for p in range(start + 1, stop + 1):
        if text[p - 1] == " ":
            later = [t for t in tokens(text, start, stop) if t.start >= p]
            assert tokens(text, p, stop) == later


def _quoted(text: str, quote: str, at: int) -> str:
    cut = min(at, len(text))
    return text[:cut] + f' "{quote}," ' + text[cut:]


@settings(max_examples=300)
@given(TEXTS, TEXTS, st.integers(min_value=0, max_value=5000))
@example(
    "Officials met on Monday. Later the minister, who had said nothing, told reporters: "
    "the plan was sound. Ban Ki-moon said ",
    "We are ready to go",
    10_000,
)
@example(  # the sentence starts before the last words: read it whole
    "They met. Donohoe said the commission had dealt with " + "the " * 50 + "cases. ",
    "We are ready to go",
    10_000,
)
def test_find_before_and_indirect_as_when_reading_the_whole_stretch(
    text: str, quote: str, at: int
) -> None:
    body = _quoted(text, quote + " now and then", at)
    spans = quoted_spans(body)
    for k, span in enumerate(spans):
        lo = spans[k - 1].end if k > 0 else 0
        fast = (find_before(body, span, lo), find_indirect(body, span, lo))
        old = speakerpatterns._TAIL_CHARS
        speakerpatterns._TAIL_CHARS = 10**9
        try:
            whole = (find_before(body, span, lo), find_indirect(body, span, lo))
        finally:
            speakerpatterns._TAIL_CHARS = old
        assert fast == whole
