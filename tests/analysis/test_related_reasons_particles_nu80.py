"""The related dialog said "opec, al" (nu79 #3): the "al" of "al-Sabah" and "Al Ahram", its own
word once split at the hyphen, is no reason two articles are related. A reason's shared word
is longer than two letters and no name's particle.

Oracle for generated cases: the words shown are the first four of the shared terms, in order,
that are longer than two letters and not in a list of particles written out here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.models import RelatedArticle
from index.wording import related_reasons

PARTICLES = ["al", "el", "ad", "bin", "ibn", "abu", "van", "von", "de", "la", "der"]
WORDS = ["opec", "kuwait", "oil", "sabah", "quota", "ahram", "un", "x", "ec", "price"]


def related(terms: tuple[str, ...], same_day: bool = False) -> RelatedArticle:
    return RelatedArticle(
        id="reut-1",
        title="KUWAIT SAYS NO OPEC MEMBER VIOLATING",
        source="Reuters",
        date=None,
        score=0.4,
        same_story=False,
        shared_terms=terms,
        shared_passage=False,
        same_day=same_day,
        likeness=0.4,
    )


def test_the_nu79_reasons() -> None:
    assert related_reasons(related(("opec", "al"), same_day=True)) == "same day; opec"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PARTICLES + WORDS), unique=True, max_size=8))
def test_shown_words_are_telling(terms: list[str]) -> None:
    said = related_reasons(related(tuple(terms)))
    telling = [t for t in terms if len(t) > 2 and t not in PARTICLES][:4]
    if telling:
        assert said == ", ".join(telling)
    else:
        assert said.startswith("shared common words only"), said
