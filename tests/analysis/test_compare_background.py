"""A sentence that has only background in common with another is not carried "in other
words" (nu30 #5; fx32c): a constructed story that fails on the rules before, and a property
of `main_clause` whose oracle is the clause the sentence was built with."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.mainclause import main_clause, main_stems
from index.analysis.multicompare import Document, compare_many
from index.analysis.words import content_stems

BASE = [
    "A fisherman from the coast will be freed from jail because of a lack of evidence linking "
    "him to the deadly poison attack on Tomas Reyes, the exiled cousin of the island's governor, "
    "prosecutors said on Friday.",
    "The island also said it would end visa-free entry for visitors from the mainland.",
    "Police never explained why they held the fisherman for a week.",
]
BACKGROUND = [
    "The island will end visa-free entry for visitors from the mainland from next month, the "
    "port authority said.",
    "The decision comes ten days after Tomas Reyes, the exiled cousin of the island's "
    "governor, was killed at the harbour with a deadly poison.",
    "Relations between the island and the mainland have soured since the killing.",
]
RETOLD = [
    "Prosecutors said on Friday that the fisherman would be freed from jail because there was "
    "not enough evidence linking him to the poison attack.",
    "Two women remain in custody over the killing of Reyes, the governor's exiled cousin.",
]


def _doc(id_: str, sentences: list[str]) -> Document:
    return Document(id_, f"Title {id_}", f"Outlet {id_}", "2017-03-02", "\n\n".join(sentences))


def test_a_background_clause_does_not_carry_the_base_sentence() -> None:
    c = compare_many([_doc("a", BASE), _doc("b", BACKGROUND), _doc("c", RETOLD)])
    first = c.coverage("a")[0]
    # "The decision comes ten days after Tomas Reyes ... was killed": background (main: both)
    assert [(r.article, r.kind) for r in first.carriers] == [(2, "paraphrase")]
    assert [r.article for r in c.coverage("a")[1].carriers] == [1]  # the visa news: carried


def test_main_clause_cases() -> None:
    assert main_clause("The decision comes ten days after the killing.") == (
        "The decision comes ten days"
    )
    assert main_clause("After the vote, the leader resigned.") == "the leader resigned"
    assert main_clause("Ri, who was held on Friday, will be freed.") == "Ri , will be freed"
    assert main_clause("A man who drove up was held.") == "A man who drove up was held"
    assert main_clause("Eight months after the vote, the law passed.") == "the law passed"
    assert main_clause("As cases fall, rules ease.") == "rules ease"
    assert main_clause("After the vote") == "After the vote"  # nothing left: the whole


_WORD = st.sampled_from(
    ["fisherman", "island", "governor", "freed", "jail", "ministry", "harbour", "poison"]
)
_OPENER = st.sampled_from(["after", "since", "because", "although", "when", "amid", "until"])


@settings(max_examples=80, deadline=None)
@given(
    main=st.lists(_WORD, min_size=3, max_size=6),  # shorter: opening words, as "Ri after"
    opener=_OPENER,
    rest=st.lists(_WORD, min_size=1, max_size=6),
    first=st.booleans(),
)
def test_the_main_clause_is_the_one_built(
    main: list[str], opener: str, rest: list[str], first: bool
) -> None:
    """Oracle: the main clause's words, whether the background clause comes after it or
    opens the sentence (closed by a comma)."""
    if first:
        text = f"{opener.capitalize()} {' '.join(rest)}, {' '.join(main)}."
    else:
        text = f"{' '.join(main)} {opener} {' '.join(rest)}."
    assert main_clause(text) == " ".join(main)


def test_capitals_and_an_unclosed_clause_keep_the_main_words() -> None:
    """rv29 #6: all capitals kept only the first word; a relative clause with no closing
    comma dropped the rest of the sentence."""
    assert main_stems("TEXACO SAID IT WOULD CUT ITS STAFF BY 10 PCT") >= {"cut", "staff", "10"}
    assert main_stems("Texaco Said It Would Cut Its Staff") >= {"cut", "staff"}
    senator = "The senator, who had opposed the bill since 2010 said the vote would fail."
    assert main_stems(senator) >= {"vote", "fail"}  # was {senator}
    assert main_stems("Ri, who was held on Friday, will be freed.") == set(
        content_stems("Ri freed")
    )


@settings(max_examples=80, deadline=None)
@given(words=st.lists(_WORD, min_size=1, max_size=8), title=st.booleans())
def test_a_sentence_in_capitals_keeps_its_words(words: list[str], title: bool) -> None:
    """Oracle: the stems of the words the sentence was built with, in lower case."""
    text = " ".join(words)
    shouted = text.title() if title else text.upper()
    assert main_stems(shouted) == set(content_stems(text))


@settings(max_examples=80, deadline=None)
@given(
    subject=_WORD,
    clause=st.lists(_WORD, min_size=1, max_size=5),
    main=st.lists(_WORD, min_size=1, max_size=5),
)
def test_an_unclosed_relative_clause_keeps_what_follows(
    subject: str, clause: list[str], main: list[str]
) -> None:
    """Oracle: the words built after the clause, which may be the main clause's."""
    text = f"The {subject}, who {' '.join(clause)} {' '.join(main)}."
    assert main_stems(text) >= set(content_stems(" ".join(main)))
