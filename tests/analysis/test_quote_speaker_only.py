"""A sentence built on a quotation is carried only by one that says something of what it
quotes: the speaker's name and title in common carry nothing (nu49 #2).

Al Jazeera's "Bill Croyle, the acting director of the Water Resources, told a news
conference: "Once you have damage ... it's catastrophic."" was carried by CNN's "Teams will
take a look and assess the situation Monday morning, Bill Croyle, the acting Director of
Department of Water Resources said" "in other words (36%)": every stem in common was his
name and title. The loose rules (cosine under ``PARAPHRASE_COSINE``: many stems, or a
number, in common) now want a stem of the quotation in common.

Oracle: sentences of a pool (their content words nearly all apart); one article quotes pool
sentence ``i`` after a speaker and a colon, the other reports pool sentence ``j`` with the
same speaker: carried when ``i == j``, and never when no stem of the quotation is in the
other sentence.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.attributionwords import quoted_stems
from index.analysis.multicompare import Document, compare_many
from index.analysis.words import content_stems
from tests.analysis.test_multicompare_oracle import POOL

SPEAKERS = (
    "Bill Croyle, the acting director of the Department of Water Resources",
    "Governor Anna Price, the chair of the regional emergency council",
)


def documents(*bodies: str) -> list[Document]:
    return [Document(f"d{k}", f"T{k}", f"Outlet {k}", None, b) for k, b in enumerate(bodies)]


def quoting(fact: int, who: int) -> str:
    return f"{SPEAKERS[who]}, told a news conference: “{POOL[fact]}”"


def reporting(fact: int, who: int) -> str:
    return f"{POOL[fact].rstrip('.')}, {SPEAKERS[who]} said."


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, len(POOL) - 1),
    st.integers(0, len(POOL) - 1),
    st.integers(0, len(SPEAKERS) - 1),
)
def test_a_quotation_is_carried_exactly_when_what_it_quotes_is(i: int, j: int, who: int) -> None:
    comparison = compare_many(
        documents(quoting(i, who), reporting(j, who), "Fishing boats stayed in port.")
    )
    carried = {m.article for m in comparison.matches[0][0]}
    said = quoted_stems(quoting(i, who))
    assert said
    shared = said & content_stems(reporting(j, who)).keys()
    if i == j:
        assert 1 in carried
    elif not shared:
        assert 1 not in carried, (i, j, comparison.matches[0][0])


def test_the_croyle_sentences_of_nu49() -> None:
    aj = (
        "Bill Croyle, the acting director of the Water Resources, told a news conference: "
        '"Once you have damage to a structure like that, it\'s catastrophic."'
    )
    cnn = (
        "Teams will take a look and assess the situation Monday morning, Bill Croyle, the "
        "acting Director of Department of Water Resources said."
    )
    rte = (
        '"Once you have damage to a structure like that it\'s catastrophic," acting Water '
        "Resources director Bill Croyle told reporters."
    )
    comparison = compare_many(documents(aj, cnn, rte))
    assert [m.article for m in comparison.matches[0][0]] == [2]


def test_what_is_a_sentence_built_on_a_quotation() -> None:
    assert quoted_stems('He said: "The dam holds."') is not None
    assert quoted_stems('"The dam holds," he said.') is not None
    assert quoted_stems('He stressed "the integrity of the dam" was intact.') is None
    assert quoted_stems("No quotation here.") is None
