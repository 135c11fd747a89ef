"""A two-article compare lists names that start where a word starts (fx152, nu61 #4):
"al-Avichai Mandelblit" from "general-Avichai Mandelblit", "Reilly" from "O\\ufffd\\ufffdReilly"
(an apostrophe a copy lost), and "Lot" from 'said, "Lot of killers' with "a lot" elsewhere.

The oracle, over generated pairs built from known shapes: every listed name is a span of its
article that starts at a word's start (no letter, digit or U+FFFD before it); the
name glued to a role by a hyphen is listed as itself; a name with a lost apostrophe is listed
whole; a common word opening a quotation is not listed.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.pair_names import pair_only_in

PEOPLE = ("Avichai Mandelblit", "Helen Okafor", "Tomas Brandt", "Ines Kowalczyk")
ROLES = ("attorney general", "chief prosecutor", "deputy minister")
LOST = ("O\ufffd\ufffdReilly", "O\ufffdNeill", "D\ufffdAngelo")
OPENERS = ("Lot", "Plenty", "Nothing")
PLACES = ("Lagos", "Tbilisi", "Valparaiso", "Tromso")


@st.composite
def _sentence(draw: st.DrawFn) -> tuple[str, str | None, str | None]:
    """A sentence, the name it must list (or None), a word it must not list (or None)."""
    kind = draw(st.sampled_from(("hyphen", "lost", "opener", "person")))
    place = draw(st.sampled_from(PLACES))
    if kind == "hyphen":
        role, person = draw(st.sampled_from(ROLES)), draw(st.sampled_from(PEOPLE))
        return f"The {role}-{person},-has warned {place}.", person, None
    if kind == "lost":
        name = draw(st.sampled_from(LOST))
        return f"Bill {name} spoke in {place} on Tuesday.", name.split("\ufffd")[-1], None
    if kind == "opener":
        word = draw(st.sampled_from(OPENERS))
        return (
            f'A man said, "{word} of people in {place}." We saw a {word.lower()} of it.',
            None,
            word,
        )
    person = draw(st.sampled_from(PEOPLE))
    return f"{person} spoke in {place} on Tuesday.", person, None


def _starts_a_word(item: str, text: str) -> bool:
    at = text.find(item)
    while at >= 0:
        before = text[at - 1 : at]
        if not (before.isalnum() or before == "\ufffd"):
            return True
        at = text.find(item, at + 1)
    return False


@settings(max_examples=150, deadline=None)
@given(st.lists(_sentence(), min_size=1, max_size=5))
def test_names_start_at_a_word(sentences: list[tuple[str, str | None, str | None]]) -> None:
    article = " ".join(s for s, _, _ in sentences)
    only_a, _ = pair_only_in(article, "Nothing here today.", counted=True)
    for item in only_a:
        assert _starts_a_word(item, article), (item, article)
    for _, name, word in sentences:
        if name is not None:
            assert any(item.endswith(name) for item in only_a), (name, only_a)
        if word is not None:
            assert word not in only_a, (word, only_a)


def test_nu61_shapes() -> None:
    text = (
        "Israel's top lawyer, attorney general-Avichai Mandelblit,-has also warned. "
        'Bill O\ufffd\ufffdReilly asked. Trump said, "Lot of killers. We\'ve got a lot of killers."'
    )
    only_a, _ = pair_only_in(text, "Nothing.", counted=True)
    assert "Avichai Mandelblit" in only_a and "al-Avichai Mandelblit" not in only_a
    assert any(n.endswith("O\ufffd\ufffdReilly") for n in only_a) and "Reilly" not in only_a
    assert "Lot" not in only_a
