"""Quote speakers a new user found wrong (nu26's walkthrough on allsides/newsarticles files),
on constructed sentences (no corpora needed): "according to a U.S. official" gave the speaker
"U.S." (a country's initials, no one), and a closing quote glued to the next word (`it."Jones`,
common where a page lost its curly quotes) ran the quote on into the next sentence and gave it
that sentence's speaker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

_DETS = ["a", "one", "a senior", "another", "two"]
_NOUNS = ["official", "officials", "diplomat", "source"]
_WORDS = ["we", "let", "thousands", "go", "this", "week", "and", "more", "will", "follow", "soon"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_DETS), st.sampled_from(_NOUNS), st.integers(3, 9))
def test_according_to_an_unnamed_us_official_names_no_one(det: str, noun: str, n: int) -> None:
    said = " ".join(_WORDS[:n])
    holder = f"{det} U.S. {noun}"
    # The oracle: the same holder before a speech verb, read by the same rules.
    before_verb = extract_quotes(f'Talks went on. "{said}," {holder} said.')
    according = extract_quotes(f'Talks went on. Crowds left on "{said}" according to {holder}.')
    assert [q.speaker for q in before_verb] == [None]
    assert [q.speaker for q in according] == [None]


_NAMES = ["Jones", "Maria Ortiz", "Paolo Rinaldi", "Kofi Mensah"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_NAMES), st.sampled_from(_NAMES))
def test_a_closing_quote_glued_to_the_next_word_still_closes(first: str, second: str) -> None:
    def text(gap: str) -> str:
        return (
            f'The senator asked twice. {first} answered: "I may have misread the rule."'
            f"{gap}{second} had argued against the rule in 2004. "
            f'"We built a tangle of rules that nobody can follow," {second} said.'
        )

    # The oracle: the copy with its space back, read by the same rules.
    spaced = [(q.inner, q.speaker) for q in extract_quotes(text(" "))]
    glued = [(q.inner, q.speaker) for q in extract_quotes(text(""))]
    assert len(spaced) == 2
    assert glued == spaced
