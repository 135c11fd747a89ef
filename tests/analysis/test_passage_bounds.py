"""A verbatim passage is cut to a phrase's bounds and shown in its cleanest carrier's words
(nu54 #5: "[verbatim, in 1,2] “Kim Jong-nam,-the half brother of North”", the BBC reading
"Kim Jong-nam, the half-brother of North Korea's leader")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.multicompare import Document, compare_many
from index.analysis.passage_bounds import HANGING_WORDS, cleanest, phrase_bounds
from index.analysis.words import words_of

SHARED = [
    "the estranged half brother of the leader was killed by two women at the airport of",
    "police said the nerve agent was found on his face and in his eyes in",
    "officials say the two suspects were arrested at a hotel near the capital of",
]
NAMES = [
    ("North Korea's leader", "North Korean envoy"),
    ("Kuala Lumpur City", "Kuala Lumpur Tower"),
]
FILLER = ["It rained on Monday.", "Nobody else spoke.", "The report was brief."]


def _docs(shared: str, names: tuple[str, str], garbled: bool, filler: str) -> list[Document]:
    first = shared.replace(" the ", ",-the ", 1) if garbled else shared
    a = f"{filler} Reporters heard that {first} {names[0]} on Friday."
    b = f"We learnt that {shared} {names[1]} last week. {filler}"
    c = "Something else entirely happened in Paris on Sunday, officials said."
    return [Document(str(k), "", None, None, t) for k, t in enumerate((a, b, c))]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SHARED), st.sampled_from(NAMES), st.booleans(), st.sampled_from(FILLER))
def test_a_passage_ends_before_a_name_and_reads_cleanly(
    shared: str, names: tuple[str, str], garbled: bool, filler: str
) -> None:
    docs = _docs(shared, names, garbled, filler)
    verbatim = [p for p in compare_many(docs).passages if p.kind == "verbatim"]
    assert verbatim
    for p in verbatim:
        last = words_of(p.text)[-1]
        assert p.text[last.start].islower() and last.norm not in HANGING_WORDS, p.text
        assert ",-" not in p.text  # another carrier writes it with clean punctuation
        # every carrier's span holds the shown words (case and punctuation aside)
        shown = [w.norm for w in words_of(p.text)]
        for a, start, end in p.spans:
            assert [w.norm for w in words_of(docs[a].body[start:end])] == shown


def test_the_nu54_passage() -> None:
    a = "The murder of Kim Jong-nam,-the half brother of North Korean leader Kim Jong-un."
    b = "Kim Jong-nam, the half-brother of North Korea's leader, was killed."
    texts = [a, b]
    words = [words_of(t) for t in texts]
    spans = ((0, 3, 11), (1, 0, 8))  # to "North"
    assert [w.norm for w in words[0][3:11]] == [w.norm for w in words[1][0:8]]
    cut = phrase_bounds(texts, words, spans, 6)
    assert cleanest(texts, words, cut) == "Kim Jong-nam, the half-brother"


def test_too_short_once_cut_is_kept_whole() -> None:
    a = "He flew from Kuala Lumpur International Airport last week."
    b = "She was at Kuala Lumpur International Airport last Friday."
    words = [words_of(a), words_of(b)]
    spans = ((0, 3, 7), (1, 3, 7))  # "Kuala Lumpur International Airport"
    assert phrase_bounds([a, b], words, spans, 6) == spans
