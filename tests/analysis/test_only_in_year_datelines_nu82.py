"""A wire's dateline with its year ("Vienna (Reuters), March 20, 1987 - ", "VIENNA, Austria,
20 March 1987 -- ") gives no name only its article gives in a comparison, as the capitals'
dateline does not (nu55 #6; qp53 taught the quotes the form, nu82 the comparison). The
oracle: the same article with no dateline before it lists the same names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.entities import Lexicon
from index.analysis.namematch import ArticleNames, names_only_in
from tests.analysis.test_quote_speaker_wire_year_datelines import datelines

_BODIES = [  # none opens on a name: a sentence's first word is read apart
    "Oil ministers met on Tuesday to discuss prices with officials from Nigeria.",
    "The talks in Malaysia ended after Ann Lee spoke to the OPCW.",
    "Residents of the valley said the new dam had flooded their farms.",
]
_OTHER = "Oil ministers met on Tuesday. Residents said it would help."


def _only(text: str) -> list[str]:
    lexicon = Lexicon.of([text, _OTHER])
    mine, other = ArticleNames.of(text, lexicon), ArticleNames.of(_OTHER, lexicon)
    return [e.name for e in names_only_in([mine, other])[0]]


@settings(max_examples=200, deadline=None)
@given(datelines(), st.sampled_from(_BODIES))
def test_a_year_datelines_words_are_no_name_of_the_article(dateline: str, body: str) -> None:
    assert _only(dateline + body) == _only(body), dateline


def test_the_briefs_forms_and_a_place_named_again() -> None:
    body = "The talks in Malaysia ended after Ann Lee spoke to the OPCW."
    for dateline in ("Vienna (Reuters), March 20, 1987 - ", "VIENNA, Austria, 20 March 1987 -- "):
        assert ArticleNames.of(dateline + body).dateline_end == len(dateline), dateline
        assert _only(dateline + body) == _only(body), dateline
    # a dateline's place the text names again is a name it gives (rv56)
    again = "VIENNA, Austria, 20 March 1987 -- Talks in Vienna went on with Nigeria."
    assert "Vienna" in _only(again) or "VIENNA" in _only(again), _only(again)
