"""A wire's headline in capitals that names a newsletter is the title, and a newsletter promo
is still debris (fx107, fx103's finding).

"MEES NEWSLETTER SAYS ...", "... 13 PCT COMPLETE - NEWSLETTER" and "... STARTS INVESTMENT
NEWSLETTER" were removed by the boilerplate rule for newsletter sign-up promos, and a title
derived from the lede: the headline's words were lost to search. The oracle: generated wire
headlines (a company or a trade paper, a ticker, what it did, the newsletter as subject,
object or credit) are the title with every word kept; the messy set's labelled newsletter
promos (`tests.messy.phrasings`), as written and in capitals, stay removed.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.clean import line_rule
from index.text.extract import extract
from tests.messy.phrasings import DEBRIS

PAPERS = ["MEES", "TRADE", "OIL INDUSTRY", "GRAIN", "FARM", "SHIPPING"]
COMPANIES = ["ACME MILLS", "NORTHERN GRAIN CORP", "DELTA BANK", "FIRST HARBOUR"]
TICKERS = ["<ACM>", "<NGC.TO>", "<DBK>", ""]
NEWS = [
    "OFFERS OIL DISCOUNTS",
    "SEES LOWER COPPER OUTPUT",
    "SAYS WHEAT STOCKS FELL",
    "REPORTS CUT IN OUTPUT",
]
FACTS = ["SOY HARVEST 13 PCT COMPLETE", "BANKS HAD LOSSES ON CURRENCY", "CORN PLANTING DELAYED"]
SIGNOFFS = ["Reuter", "REUTER"]
LEDE = "The company said the report would be published every three weeks for investors."

headline = st.one_of(
    st.builds(lambda p, n: f"{p} NEWSLETTER {n}", st.sampled_from(PAPERS), st.sampled_from(NEWS)),
    st.builds(lambda f: f"{f} - NEWSLETTER", st.sampled_from(FACTS)),
    st.builds(
        lambda c, t, w: " ".join(part for part in (c, t, f"STARTS {w} NEWSLETTER") if part),
        st.sampled_from(COMPANIES),
        st.sampled_from(TICKERS),
        st.sampled_from(["INVESTMENT", "FARM", "MARKET"]),
    ),
)


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


@settings(max_examples=60, deadline=None)
@given(headline, st.sampled_from(SIGNOFFS))
def test_a_wire_headline_naming_a_newsletter_is_the_title(title: str, signoff: str) -> None:
    text = f"{title}\n\n{LEDE}\n\n{signoff}\n"
    found = extract(text)
    assert (found.title, found.title_derived) == (title, False)
    assert words(f"{title}\n{LEDE}") <= words(f"{found.title}\n{found.body}")
    assert found.removed == (signoff,)


PROMOS = [
    line.format(outlet="Valley Gazette")
    for line in DEBRIS["newsletter"]
    if line_rule(line.format(outlet="Valley Gazette")) == "newsletter"
]
"""The messy set's newsletter promos the newsletter rule removes (the rest are other rules')."""


def test_newsletter_promos_stay_debris_in_capitals_too() -> None:
    assert len(PROMOS) >= 5
    for promo in PROMOS:
        for line in (promo, promo.upper()):
            assert line_rule(line) is not None, line
            found = extract(f"Dam repairs begin\n\n{line}\n\n{LEDE}\n")
            assert line not in found.body, line
