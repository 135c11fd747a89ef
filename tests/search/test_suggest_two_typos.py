"""A query of two misspelt words is offered both respelt even when one of them can also be
cut into words the index holds (nu67: on 800 newsarticles, ``kim jong nam kiling malysia``
and ``sesions wich hunt`` found nothing and offered nothing, while ``kiling`` alone showed
"killing"'s hits: with two words respelt, each took its first option, ``kiling``'s split
``"ki ling"``, and that query finds nothing, so nothing was offered).

The oracle: over a generated lexicon, two typos each one edit from the only lexicon word
one edit away, each also cut into two held parts; the query of the two meant words is
among the offers (`corrected`); and a small index whose articles hold the meant words
together offers that query (`Library.search`).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from index.library import Library
from index.search.suggest import OFFERED, corrected, options
from tests.conftest import write_corpus
from tests.search.test_suggest_typos import WORD, typos


@given(
    first=typos(),
    second=typos(),
    others=st.lists(WORD, max_size=20),
    cut=st.integers(2, 4),
)
def test_two_typos_are_offered_respelt_beside_their_splits(
    first: tuple[str, str], second: tuple[str, str], others: list[str], cut: int
) -> None:
    lexicon = list(dict.fromkeys([*others, first[0], second[0]]))
    for word, typo in (first, second):
        assume(typo != word and typo not in lexicon and len(typo) - cut >= 2)
        assume([w for w in lexicon if OSA.distance(typo, w) <= 1] == [word])
    assume(first[1] != second[1])
    held = {part: 1 for typo in (first[1], second[1]) for part in (typo[:cut], typo[cut:])}
    held.update(dict.fromkeys(lexicon, 5))

    def correct(typed: str, typed_stem: str) -> list[str]:
        return options(typed.lower(), typed_stem, lexicon, held.__getitem__, lambda t: t)

    text = f"{first[1]} {second[1]}"
    offered = corrected(text, correct, lambda word: held.get(word, 0))
    assert f"{first[0]} {second[0]}" in offered
    assert len(offered) <= OFFERED


def test_two_typos_one_of_them_cut_into_held_words_are_offered(tmp_path: Path) -> None:
    bodies = {
        f"kill{n}.txt": f"Airport killing {n}\n\nThe killing in Malaysia shocked the region.\n"
        for n in range(3)
    }
    bodies["ling.txt"] = "Ki Ling speaks\n\nKi Ling, a poet, read in the hall.\n"
    library = Library.open(write_corpus(tmp_path / "corpus", bodies), tmp_path / "index")
    try:
        result = library.search("kiling malysia")
        assert result.total == 0
        assert "killing malaysia" in result.suggestions
        assert library.search(result.suggestion or "").total > 0
    finally:
        library.close()
