"""rv39's review of fx75 (the url's host gives the outlet behind a desk or a columnist): an
outlet whose name reads as two capitalised words is taken for a person, so a syndicated
article on an aggregator's host loses its outlet to the host and gets the outlet as its
byline (finding 3 in /work/wt/notes/rv39.md); mended: a person's name starts with a known
first name."""

from __future__ import annotations

import pytest

from index.text.extract import extract
from index.text.outlet_behind import outlet_behind

BODY = "The senators met on Tuesday.\n\nThey argued for an hour about the bill."
OUTLETS = ["Mother Jones", "Hot Air", "Raw Story", "Common Dreams", "Talking Points Memo"]


@pytest.mark.parametrize("outlet", OUTLETS)
def test_3_an_outlet_on_an_aggregator_keeps_its_name(outlet: str) -> None:
    url = "https://news.yahoo.com/senators-argue-123.html"
    assert outlet_behind(outlet, url) is None
    found = extract(BODY, known={"source": outlet, "url": url})
    assert (found.source, found.byline) == (outlet, None)
