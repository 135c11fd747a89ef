"""A phrase of two names is lit wherever both of its words stand as copies their words find
(rv70, `index.search.lost_phrases.lit_phrases`): ``"Síochána Schäuble"`` lights
"S?ochána Sch?uble". Each mix of the two words' spellings was a phrase of its own, and past
256 mixes only one word's spellings were tried at a time: a copy with both words damaged
was found by the search and not lit. The oracle is sx44's set logic per word
(`tests.search.test_lost_letters.holders`: the articles a word finds, by what each holds):
the phrase stands where each of its words stands."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine
from index.search.highlight import highlighter_for_text
from tests.search.test_lost_letters import NAMES, _plain, damaged, holders, index

__all__ = ["index"]


@st.composite
def _copies(draw: st.DrawFn) -> tuple[str, str]:
    """A row of `tests.search.test_lost_letters.ROWS` (its id) and the word it holds."""
    n = draw(st.integers(0, len(NAMES) - 1))
    name = NAMES[n]
    spellings = damaged(name)
    k = draw(st.integers(-1, len(spellings) - 1))
    return (f"w{n}", name) if k < 0 else (f"d{n}-{k}", spellings[k])


def _typed(name: str) -> st.SearchStrategy[str]:
    return st.sampled_from([name, _plain(name), name.upper(), *damaged(name)])


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_copies(), _copies(), st.data())
def test_a_phrase_of_two_names_lights_where_both_words_stand(
    index: WhooshEngine, first: tuple[str, str], second: tuple[str, str], data: st.DataObject
) -> None:
    (row1, copy1), (row2, copy2) = first, second
    typed1 = data.draw(_typed(data.draw(st.sampled_from(NAMES))))
    typed2 = data.draw(_typed(data.draw(st.sampled_from(NAMES))))
    slop = data.draw(st.sampled_from(["", "~2"]))
    text = f"Expert {copy1} {copy2} predicted, and {copy1} then {copy2} said more."
    query = f'"{typed1} {typed2}"{slop}'
    lights = highlighter_for_text(query, index.prefix_stems, index.wildcard_stems)
    lit = {text[s.start : s.end] for s in lights.spans(text)}
    stands = row1 in holders(typed1) and row2 in holders(typed2)
    assert (f"{copy1} {copy2}" in lit) == stands, (query, lit)
    # a word between: lit with slop 2, never without
    assert (f"{copy1} then {copy2}" in lit) == (stands and bool(slop)), (query, lit)
    # and beside a starred word, as the search expands it (rv70)
    starred = highlighter_for_text(f'"{typed2} predict*"', index.prefix_stems, index.wildcard_stems)
    lit = {text[s.start : s.end] for s in starred.spans(text)}
    assert (f"{copy2} predicted" in lit) == (row2 in holders(typed2)), (typed2, lit)
