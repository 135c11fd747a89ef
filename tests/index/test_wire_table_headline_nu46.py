"""A wire's shouted headline over a table or a line in capitals is its title, and Reuters'
sign-off is read where it runs on to the last line (nu46 #1, #5).

"HARLEY-DAVIDSON INC <HDI> 4TH QTR NET" over "Oper shr 18 cts vs 51 cts" and the other rows
of its table was removed as a kicker and the first row made the title, so `harley` and
`<HDI>` found nothing; "...(33.7).        REUTER" and "REUTER11:43/VB" left 61 wires with
no outlet. The oracle: every word of the text but the sign-off stays searchable, in the
title or the body.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract

COMPANIES = ["HARLEY-DAVIDSON INC", "DALLAS CORP", "BLOUNT INC", "<GSW INC>", "KELLOGG CO"]
TICKERS = ["<HDI>", "<DLS>", "<BLT>", "<K>", "<CRAA.S>", "<TSP.TO>", ""]
PERIODS = ["4TH QTR NET", "YEAR NET", "1ST QTR LOSS", "3RD QTR", "YEAR", "SEMI-ANNUAL DIV"]
ITEMS = ["Shr", "Oper shr", "Net", "Oper net", "Revs", "Avg shrs", "Qtly div", "Shr loss"]
FIGURES = ["18 cts", "51 cts", "1,048,000", "72.2 mln", "nil", "loss 22 cts", "1.73 dlrs"]
SIGNOFFS = ["Reuter", "REUTER", "reuter", "Reuter...", "REUTER...", "REUTER11:43/VB"]
NOTE = "NOTE: Results exclude one-time gains of four cts a share in the prior year."

rows = st.lists(
    st.builds(
        lambda item, a, b: f"{item} {a} vs {b}",
        st.sampled_from(ITEMS),
        st.sampled_from(FIGURES),
        st.sampled_from(FIGURES),
    )
    | st.just("Year"),
    min_size=1,
    max_size=8,
)


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(COMPANIES),
    st.sampled_from(TICKERS),
    st.sampled_from(PERIODS),
    rows,
    st.booleans(),
    st.sampled_from(SIGNOFFS),
)
def test_a_shouted_headline_over_table_rows_is_the_title(
    company: str, ticker: str, period: str, table: list[str], note: bool, signoff: str
) -> None:
    headline = " ".join(part for part in (company, ticker, period) if part)
    lines = [*table, *([NOTE] if note else [])]
    text = "\n\n".join([headline, *lines, signoff]) + "\n"
    found = extract(text)
    assert (found.title, found.title_derived) == (headline, False)
    assert found.source == "Reuters"
    kept = words(f"{found.title}\n{found.body}")
    assert words("\n".join([headline, *lines])) <= kept  # nothing of it is lost
    assert found.removed == (signoff,)


def test_a_headline_over_a_line_in_capitals() -> None:
    text = (
        "BRAZILIAN COFFEE RAINFALL\n\n"
        "THE FOLLOWING RAINFALL WAS RECORDED IN THE AREAS OVER THE PAST 24 HOURS\n\n"
        "PARANA STATE: UMUARAMA 10.6 MILLIMETRES, LONDRINA 6.0 MM.\n\n"
        "SAO PAULO STATE: FRANCA NIL, SAO SIMAO NIL. REUTER11:43/VB\n"
    )
    found = extract(text)
    assert (found.title, found.source) == ("BRAZILIAN COFFEE RAINFALL", "Reuters")
    assert found.body.startswith("THE FOLLOWING RAINFALL")
    assert found.body.endswith("SAO SIMAO NIL.")
    assert found.removed == ("REUTER11:43/VB",)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["total 55.8 (33.7).", "the company said.", 'he said."', "Net 506 vs 452"]),
    st.sampled_from([" ", "        ", "\t"]),
    st.sampled_from(["REUTER", "Reuter", "reuter", "REUTER...", "REUTER11:43/VB"]),
)
def test_a_signoff_run_on_to_the_last_line_names_reuters(end: str, gap: str, signoff: str) -> None:
    head = "GRAIN REGISTRATIONS\n\nShipments rose in the week to March 4."
    text = f"{head}\n\nWheat {end}{gap}{signoff}\n"
    found = extract(text)
    assert found.source == "Reuters"
    assert found.body.endswith(f"Wheat {end}")
    assert signoff in found.removed


@pytest.mark.parametrize(
    "text",
    [
        # the sign-off only at the very end: not inside the text
        "GRAIN TALKS\n\nThe talks ended. REUTER\n\nA second round starts on Monday, they said.\n",
        # a sentence naming Reuters is no sign-off
        "GRAIN TALKS\n\nThe talks ended, a delegate told Reuters\n",
        "GRAIN TALKS\n\nThe talks ended without a deal, the delegates said REUTER\n",
    ],
)
def test_no_signoff_but_at_the_end_after_a_sentence(text: str) -> None:
    found = extract(text)
    assert found.source is None
    assert found.removed == ()


@pytest.mark.parametrize(
    "first", ["WORLD NEWS", "BREAKING NEWS", "EXCLUSIVE", "U.S. NEWS", "US & CANADA"]
)
def test_a_kicker_over_a_table_stays_a_kicker(first: str) -> None:
    text = f"{first}\n\nShr 18 cts vs 51 cts\n\nNet 1,048,000 vs 1,870,000\n\n{NOTE}\n"
    found = extract(text)
    assert found.title != first
    assert found.removed == (first,)


@pytest.mark.parametrize(
    "headline",
    ["(MARSHALL STEEL LTD) YEAR NET", "(MONTREAL CITY, DISTRICT SAVINGS BANK) 1ST QTR"],
)
def test_an_unlisted_company_in_brackets_heads_its_table(headline: str) -> None:
    found = extract(f"{headline}\n\nOper shr five cts vs 36 cts\n\nOper net 1,048,000 vs nil\n")
    assert (found.title, found.title_derived) == (headline, False)
