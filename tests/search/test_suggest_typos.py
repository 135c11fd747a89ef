"""Did you mean offers the word a one-edit typo was typed for (fx43, nu36 #6: ``cocao``
gave "coca", not "cocoa"; ``yeuter`` "reuter" alone, not "Yeutter"; a word only in titles
was never offered).

The oracle: over a generated lexicon, a typo one edit (a letter put in, left out,
changed, or two neighbours swapped) from a word, when that word is the only one of the
lexicon one edit (OSA) from the typo, is among the respellings offered.
"""

from __future__ import annotations

import string
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from index.library import Library
from index.search.suggest import OFFERED, corrected, options
from index.store.schema import stem
from tests.conftest import write_corpus

WORD = st.text(string.ascii_lowercase, min_size=6, max_size=10).filter(lambda w: stem(w) == w)
"""A word longer than `index.search.suggest.SHORT` (a short one is respelt by a slip
alone) that is its own stem, as a lexicon of stems holds it."""


@st.composite
def typos(draw: st.DrawFn) -> tuple[str, str]:
    """A word and a typo one edit from it."""
    word = draw(WORD)
    at = draw(st.integers(0, len(word) - 1))
    letter = draw(st.sampled_from(string.ascii_lowercase))
    edit = draw(st.sampled_from(["insert", "delete", "substitute", "transpose"]))
    if edit == "insert":
        typo = word[:at] + letter + word[at:]
    elif edit == "delete":
        typo = word[:at] + word[at + 1 :]
    elif edit == "substitute":
        typo = word[:at] + letter + word[at + 1 :]
    else:
        at = min(at, len(word) - 2)
        typo = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word, typo


@given(
    meant=typos(),
    others=st.lists(WORD, max_size=40),
    counts=st.lists(st.integers(1, 1000), min_size=41, max_size=41),
)
def test_the_one_word_an_edit_away_is_offered(
    meant: tuple[str, str], others: list[str], counts: list[int]
) -> None:
    word, typo = meant
    lexicon = list(dict.fromkeys([*others, word]))
    assume(typo != word and typo not in lexicon)
    assume([w for w in lexicon if OSA.distance(typo, w) <= 1] == [word])
    frequency = dict(zip(lexicon, counts, strict=False))

    def correct(typed: str, typed_stem: str) -> list[str]:
        return options(typed.lower(), typed_stem, lexicon, frequency.__getitem__, lambda t: t)

    offered = corrected(typo, correct)
    assert word in offered
    assert len(offered) <= OFFERED


def test_a_swap_and_a_title_word_are_offered(tmp_path: Path) -> None:
    """nu36 #6 in small: "cocao" offers "cocoa" (one swap) beside the commoner "coca" (one
    letter left out: as near, so first); "yeuter" offers "Yeutter" beside the commoner
    "Reuter"; a word of a title alone is offered."""
    bodies = {
        f"wire{n}.txt": f"Wire story {n}\n\nCoca growers met on Monday. Reuter\n" for n in range(4)
    }
    bodies["cocoa.txt"] = "Cocoa prices rise\n\nCocoa rose, said trade secretary Yeutter.\n"
    bodies["zanzibar.txt"] = "Zanzibarqu votes\n\nThe island voted on Sunday.\n"
    library = Library.open(write_corpus(tmp_path / "corpus", bodies), tmp_path / "index")
    try:
        assert library.search("cocao").suggestions == ("coca", "cocoa")
        assert library.search("cocao").suggestion == "coca"
        assert "yeutter" in library.search("yeuter").suggestions
        assert library.search("zanzibarquu").suggestion == "zanzibarqu"
    finally:
        library.close()
