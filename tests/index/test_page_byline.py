"""A web page's byline is its people, the place after its outlet the dateline (nu36 #12:
"By Jane Reporter<br>BBC News, Los Angeles" gave the byline "Jane Reporter BBC News; Los
Angeles"). trafilatura reads the author field; `page_byline` and `page_place` read it,
checked here on the pages and on the field's shapes (oracle: the names and place put in)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.page_author import page_byline, page_place
from index.ingest.webpage import extract_page

NAMES = ["Jane Reporter", "Tom Roe", "Ann Lee", "Maria Lopez Garcia", "Paris Hilton"]
OUTLETS = ["BBC News", "Reuters", "The Guardian", "Valley Gazette"]
PLACES = ["Los Angeles", "Paris", "London", "New York"]  # places the lists know
ROLES = ["Political reporter", "Senior correspondent", "Staff writer"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=2, unique=True),
    st.sampled_from(["", *ROLES]),
    st.sampled_from(["", *OUTLETS]),
    st.sampled_from(["", *PLACES]),
    st.booleans(),
)
def test_the_byline_is_the_names(
    names: list[str], role: str, outlet: str, place: str, comma: bool
) -> None:
    """The field as trafilatura writes it: names apart by "; ", a line break as a space,
    a comma as "; "."""
    field = "; ".join(names)
    for tail in (role, outlet):
        if tail:
            field += ("; " if comma else " ") + tail
    if place and outlet:
        field += "; " + place
    assert page_byline(field) == "; ".join(names)
    assert page_place(field) == (place if place and outlet else None)


@pytest.mark.parametrize(("field", "byline"), [("BBC News", None), ("Reuters; London", None)])
def test_a_newsroom_alone_is_no_byline(field: str, byline: str | None) -> None:
    assert page_byline(field) == byline


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Dam repairs start - BBC News</title></head><body><main><article>
<h1>Dam repairs start</h1>
<div class="byline">{byline}</div>
<p>The council voted on Tuesday to close the old bridge for repairs, and work will start
in March and last until the autumn, officials said in a statement on Wednesday.</p>
<p>Drivers will be sent through the town centre instead, the council said, while the
engineers check the old stone arches one by one over the coming weeks.</p>
</article></main></body></html>"""


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Reporter<br>BBC News, Los Angeles",
        "By Jane Reporter, BBC News",
        "By Jane Reporter<br>Political reporter, BBC News",
    ],
)
def test_a_pages_byline_block(byline: str) -> None:
    page = extract_page(PAGE.format(byline=byline))
    assert page is not None
    assert page.metadata.get("byline") == "Jane Reporter"
    assert page.metadata.get("dateline") == ("Los Angeles" if "Los Angeles" in byline else None)
