"""A one-edit offer is read in articles writing its word in any case (`held_form`): a
capital whose lower case is two characters ("İ" of "İstanbul", lower-cased "i̇") made
"istanbol" raise ValueError out of the search instead of offering "istanbul" (rv77). The
oracle: any writing of the offer, letter by letter one of the characters that fold to that
letter (`spelt`), gives a form that folds back to the offer, one character for each."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from index.search.held_forms import held_form
from index.search.written_forms import spelt
from index.search.written_near import folded
from tests.search.test_suggest_written import whoosh_library


@st.composite
def writings(draw: st.DrawFn) -> tuple[str, str]:
    """A folded word and one writing of it, each letter any character folding to it."""
    offer = draw(st.text(st.sampled_from("aeiostuz"), min_size=2, max_size=8))
    chars = [re.findall(r"\\.|[^\\]", spelt(c)[1:-1]) for c in offer]
    written = "".join(draw(st.sampled_from(c)).lstrip("\\") for c in chars)
    return offer, written


@given(writings())
@example(("istanbul", "İstanbul"))
@example(("isik", "IŞIK"))
def test_an_offer_written_in_any_case_is_held(drawn: tuple[str, str]) -> None:
    offer, written = drawn
    form = held_form(offer, [f"Then {written} spoke."])
    assert form is not None and len(form) == len(offer) and folded(form) == offer, form


@pytest.mark.parametrize("BODY", ["Istanbul voted.", "İstanbul voted."])
def test_a_dotted_capital_i_is_offered(tmp_path: Path, BODY: str) -> None:
    rows = [{"id": f"i{n}", "title": "Turkey", "body": BODY} for n in range(3)]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    with whoosh_library(corpus, tmp_path) as library:
        assert library.search("istanbol", limit=1).suggestions[:1] == ("istanbul",)
