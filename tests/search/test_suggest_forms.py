"""Did you mean's written forms (`index.search.written_forms.nearest_form`) are those of the whole
text analysed, found from the few words that may have the stem (fx43, nu36 #5: analysing a
1.9M-character body took 7 s of a zero-hit search).

The oracle is the way it was done before: every token of every body analysed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from index.search.written_forms import KEPT_STEM, nearest_form, words_like
from index.store.schema import TEXT_ANALYZER, make_words_analyzer
from tests.conftest import SHARED_CORPORA


def every_form(word: str, stem: str, bodies: Iterable[str]) -> str | None:
    """The oracle: each body analysed whole, as `nearest_form` once did."""
    forms: dict[str, int] = {}
    for body in bodies:
        for token in TEXT_ANALYZER(body, chars=True):
            if token.text == stem:
                form = str(body[token.startchar : token.endchar]).lower()
                forms.setdefault(form, Levenshtein.distance(word, form))
    return min(forms, key=lambda form: (forms[form], form)) if forms else None


STEMS = ["run", "happi", "die", "sky", "cafe", "resum", "g7", "covid19", "email", "u.s"]
WRITTEN = [
    "run", "Running", "runs", "RUNNER", "re-run", "happy", "Happiness", "happier",
    "dying", "die", "died", "skies", "Sky", "café", "CAFÉ", "cafés", "Résumé", "resume",
    "resumed", "G-7", "g7", "COVID-19", "covid19", "e-mail", "E-Mails", "U.S.", "u.s",
    "Straße", "İstanbul", "ﬁnance", "pro-running", "x.running", "run_away", "2run",
    "the", "a", "-", ".", "run-", "-run", "ünrun",
]  # fmt: skip
TEXTS = st.lists(
    st.sampled_from(WRITTEN) | st.text(alphabet="abcrunhpyé-._ ", max_size=8),
    max_size=30,
).map(lambda words: " ".join(words))


@settings(max_examples=300, deadline=None)
@given(
    bodies=st.lists(TEXTS, min_size=1, max_size=3),
    stem=st.sampled_from(STEMS),
    word=st.sampled_from(["rnu", "hapy", "dye", "cafe", "resme", "g8", "emial", "us"]),
)
def test_the_forms_are_the_whole_texts(bodies: list[str], stem: str, word: str) -> None:
    assert nearest_form(word, stem, bodies) == every_form(word, stem, bodies)


@given(text=TEXTS, stem=st.sampled_from(STEMS))
def test_no_word_with_the_stem_is_left_out(text: str, stem: str) -> None:
    """Every token whose stem is ``stem`` lies in a word `words_like` gives."""
    candidates = " ".join(words_like(stem, text))
    for token in TEXT_ANALYZER(text, chars=True):
        if token.text == stem:
            assert text[token.startchar : token.endchar] in candidates


NEWS = SHARED_CORPORA / "newsarticles.jsonl"


@pytest.mark.corpus
@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared/corpora/newsarticles.jsonl")
def test_a_stem_keeps_the_words_head() -> None:
    """`KEPT_STEM`: Porter2 changes no more of a stem's end than that, over real words."""
    words = make_words_analyzer()
    with NEWS.open(encoding="utf-8") as lines:
        written = {t.text for line in lines for t in words(json.loads(line)["body"])}
    changed = []
    for word in written:
        stems = [t.text for t in TEXT_ANALYZER(word, mode="index")]
        head = max(1, len(stems[0]) - KEPT_STEM) if stems else 0
        if head and word[:head] != stems[0][:head]:
            changed.append((word, stems[0]))
    assert changed == []
