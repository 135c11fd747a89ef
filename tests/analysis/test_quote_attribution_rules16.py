"""Speaker rules of round 16 (issue 18; `index.analysis.speakerdoubt.acronym`): "it said"
(or "he said") resolved to a body's short name in capitals gives no speaker, nor do the
quotes that go on from it; a body's name in words still does. Constructed sentences only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.speakerdoubt import acronym
from tests.analysis.test_quote_attribution_rules13 import speakers

_ACRONYMS = st.sampled_from(["HSE", "IPSOS", "NTSB", "FAA"])
_OPENING = "The {body} said on Tuesday that the report would be published in the spring.\n\n"
_QUOTE = '"We accept the findings of the inspection in full," it said.'
_ON = ' "And we will act on every one of them."'


@settings(deadline=None)
@given(_ACRONYMS)
def test_it_said_resolved_to_an_acronym_is_no_one(body: str) -> None:
    text = _OPENING.format(body=body) + _QUOTE
    assert speakers(text) == [None]
    assert speakers(text + _ON) == [None, None]


@settings(deadline=None)
@given(st.sampled_from(["Health Service Executive", "Federal Aviation Administration"]))
def test_it_said_resolved_to_a_body_named_in_words_is_that_body(body: str) -> None:
    assert speakers(_OPENING.format(body=body) + _QUOTE) == [body]


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=8))
def test_one_word_in_capitals_is_an_acronym(word: str) -> None:
    assert acronym(word)
    assert not acronym(word.title())
    assert not acronym(f"{word} Smith")
