"""A dateline whose place has accented capitals was lost (nu35 #5): "BOGOTÁ (Reuters) -",
"ZÜRICH", "MONTRÉAL", "SÃO PAULO" gave no dateline, while "LYON (Reuters) -" did. A capital
with an accent counts as a capital."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.datelines import read_dateline
from index.text.extract import extract
from tests.dateline_form import as_shown
from tests.index.test_dateline_years_nu32 import HEAD, REST

# each ASCII capital with capitals that carry an accent on it
ACCENTED = {
    "A": "ÁÀÂÃÄÅĀ",
    "C": "ÇĆČ",
    "E": "ÉÈÊËĒĚ",
    "I": "ÍÌÎÏ",
    "N": "ÑŃŇ",
    "O": "ÓÒÔÕÖØŌŐ",
    "S": "ŚŠŞ",
    "U": "ÚÙÛÜŪŮŰ",
    "Z": "ŹŻŽ",
}


@pytest.mark.parametrize(
    ("lede", "dateline", "outlet"),
    [
        ("BOGOTÁ (Reuters) - ", "BOGOTÁ", "Reuters"),
        ("ZÜRICH (Reuters) - ", "ZÜRICH", "Reuters"),
        ("MONTRÉAL, March 3 (Reuters) - ", "MONTRÉAL, March 3", "Reuters"),
        ("SÃO PAULO — ", "SÃO PAULO", None),
        ("LYON (Reuters) - ", "LYON", "Reuters"),  # as before
    ],
)
def test_the_datelines_nu35_met(lede: str, dateline: str, outlet: str | None) -> None:
    found = extract(HEAD + lede + REST)
    assert as_shown(found.dateline, dateline)
    assert found.source == outlet


places = st.lists(st.text("ABCDEGILMNOPRSTUZ", min_size=3, max_size=9), min_size=1, max_size=3).map(
    " ".join
)


@settings(max_examples=200, deadline=None)
@given(
    place=places,
    accents=st.lists(st.integers(0, 7), min_size=30, max_size=30),
    tail=st.sampled_from(
        [" (Reuters) - ", " — ", ", March 3 (AFP) - ", ", Oct. 19, 2021 (AP) — ", ", Calif. — "]
    ),
)
def test_an_accented_place_reads_as_its_plain_letters_do(
    place: str, accents: list[int], tail: str
) -> None:
    """Oracle: the dateline read from the place in plain capitals, with the accented place."""
    accented = "".join(
        ACCENTED[c][k % len(ACCENTED[c])] if c in ACCENTED and k else c
        for c, k in zip(place, accents, strict=False)
    )
    plain = read_dateline(place + tail + "The rest.")
    found = read_dateline(accented + tail + "The rest.")
    if plain is None:
        assert found is None
        return
    assert found is not None
    assert found.place == accented + plain.place[len(place) :]
    assert (found.day, found.agency, found.end, found.has_state, found.date) == (
        plain.day,
        plain.agency,
        plain.end,
        plain.has_state,
        plain.date,
    )


def test_an_accented_city_before_a_state() -> None:
    found = read_dateline("Bogotá, N.J. — The rest.")
    assert found is not None and found.place == "Bogotá, N.J." and found.has_state
