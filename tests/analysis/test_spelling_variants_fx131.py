"""nu53 #10: "favourable" in one outlet's quote and "favorable" in another's made the quote
"reworded". A word's British and American spellings are one word in the quote diff
(`quote_change.difference`). Oracles: a table of spelling pairs and of look-alike words
that are other words, and the diff of the quote with every respelling undone."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from index.analysis.quote_change import difference
from index.analysis.spelling import spelling_key

PAIRS = [
    ("favourable", "favorable"),
    ("colour", "color"),
    ("neighbourhood", "neighborhood"),
    ("labourers", "laborers"),
    ("behavioural", "behavioral"),
    ("organisation", "organization"),
    ("criticised", "criticized"),
    ("analysed", "analyzed"),
    ("paralysing", "paralyzing"),
    ("centre", "center"),
    ("centred", "centered"),
    ("kilometres", "kilometers"),
    ("theatre", "theater"),
    ("metre", "meter"),
    ("dialogue", "dialog"),
    ("travelled", "traveled"),
    ("cancelling", "canceling"),
    ("fuelled", "fueled"),
    ("counsellor", "counselor"),
    ("defence", "defense"),
    ("licence", "license"),
    ("programme", "program"),
    ("grey", "gray"),
    ("judgement", "judgment"),
    ("sceptical", "skeptical"),
    ("manoeuvre", "maneuver"),
    ("odour", "odor"),
]
OTHERS = [
    ("four", "for"),
    ("prise", "prize"),
    ("timbre", "timber"),
    ("filled", "filed"),
    ("refilled", "refiled"),
    ("andres", "anders"),
    ("alexandre", "alexander"),
    ("entre", "enter"),
    ("outre", "outer"),
    ("acre", "acer"),
    ("poet", "pet"),
    ("said", "says"),
]
PLAIN = ["the", "deal", "was", "very", "for", "our", "four", "hours", "said", "it", "tour"]
APART = [(one, other) for one, other in OTHERS if one not in PLAIN and other not in PLAIN]
"""Look-alikes no plain word is (a diff may line "for" up with a plain "for" instead)."""


def test_each_pair_is_one_word_and_each_look_alike_two() -> None:
    for british, american in PAIRS:
        assert spelling_key(british) == spelling_key(american), (british, american)
        assert spelling_key(american) == spelling_key(spelling_key(american))
    for one, other in OTHERS:
        assert spelling_key(one) != spelling_key(other), (one, other)


QUOTE = st.lists(
    st.one_of(st.sampled_from(PLAIN), st.sampled_from(range(len(PAIRS)))), min_size=1, max_size=12
)


@given(QUOTE, st.lists(st.booleans(), min_size=12, max_size=12))
def test_a_quote_respelt_is_the_same_quote(words: list[str | int], american: list[bool]) -> None:
    full = [w if isinstance(w, str) else PAIRS[w][0] for w in words]
    here = [
        w if isinstance(w, str) else PAIRS[w][1 if us else 0]
        for w, us in zip(words, american, strict=False)
    ]
    assert difference(full, here) == ("same", ())


@given(QUOTE, st.lists(st.booleans(), min_size=12, max_size=12), st.data())
def test_a_word_changed_or_cut_is_still_told(
    words: list[str | int], american: list[bool], data: st.DataObject
) -> None:
    full = [w if isinstance(w, str) else PAIRS[w][0] for w in words]
    here = [
        w if isinstance(w, str) else PAIRS[w][1 if us else 0]
        for w, us in zip(words, american, strict=False)
    ]
    # a word repeated ("colour colour favourable colour") lets the diff's alignment tell one
    # cut as an insert and a delete (ci127: difflib's, not the spelling's): words once each
    assume(len(set(full)) == len(full))
    at = data.draw(st.integers(0, len(here) - 1))
    cut = here[:at] + here[at + 1 :]
    change, diff = difference(full, cut)
    assert change == "clipped" and [op for op, _, _ in diff] == ["delete"], diff
    one, other = data.draw(st.sampled_from(APART))
    swapped = [*full[:at], one, *full[at + 1 :]]
    change, diff = difference(swapped, [*here[:at], other, *here[at + 1 :]])
    assert change == "reworded" and diff == (("replace", one, other),), diff
