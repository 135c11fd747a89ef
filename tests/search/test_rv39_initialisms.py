"""rv39's review of sr36 (initialisms one word): the wrong sets it found (numbers are the
findings in /work/wt/notes/rv39.md), mended by fx76."""

from __future__ import annotations

from typing import Any

import pytest

from index.search.engine import open_index
from index.store.build import rebuild

TEXTS = {
    "shouted.txt": "US SENATE PASSES BUDGET BILL\n\nLawmakers voted on the budget.\n",
    "mixed.txt": "Vote\n\nThe US Senate passed a budget.\n",
    "dotted.txt": "Vote again\n\nThe U.S. Senate passed a budget.\n",
    "pronoun.txt": "Letter\n\nThey told us senate aides would call.\n",
    "led.txt": "Allies\n\nU.S.-led forces moved on the U.S.-Mexico border.\n",
    "led2.txt": "Allies again\n\nUS-led forces moved on the US-Mexico border.\n",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("rv39")
    corpus = folder / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    rebuild(corpus, folder / "index", procs=1)
    return open_index(folder / "index")


def ids(engine: Any, query: str) -> set[str]:
    return {hit.id for hit in engine.search(query, limit=None).hits}


COUNTRY = {"shouted.txt", "mixed.txt", "dotted.txt"}


def test_what_already_holds(engine: Any) -> None:
    """The parts of the contract that held before the mends."""
    assert ids(engine, "US") == ids(engine, "u.s.") == COUNTRY | {"led.txt", "led2.txt"}
    assert ids(engine, "US AND senate") == COUNTRY
    assert ids(engine, '"U.S.-led"') == {"led.txt", "led2.txt"}


def test_1_a_phrase_finds_the_initialism_in_a_capitals_headline(engine: Any) -> None:
    assert ids(engine, 'title:"US Senate"') == {"shouted.txt"}
    assert ids(engine, '"US Senate"') == ids(engine, '"U.S. Senate"') == COUNTRY


def test_1_the_quoted_pronoun_finds_the_pronoun_only(engine: Any) -> None:
    assert ids(engine, '"us senate"') == {"pronoun.txt"}


@pytest.mark.parametrize("query", ["US-led", '"US-led"', "US-Mexico", '"US-Mexico"'])
def test_2_a_hyphenated_initialism_finds_the_dotted_spelling(engine: Any, query: str) -> None:
    assert ids(engine, query) == {"led.txt", "led2.txt"}
