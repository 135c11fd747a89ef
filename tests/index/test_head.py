"""Headlines, bylines and outlets from the head and the credits of a text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import read_source, scan
from index.text.extract import extract
from index.text.outlets import outlet_from_credit, outlet_from_url_line
from tests.messy.phrasings import DEBRIS, KICKERS

TITLE = "Dam holds after the storm, engineers say"
LEDE = (
    "The dam held overnight, engineers said on Friday after a night of heavy rain across the "
    "valley and the county.\n\nRoads reopened by noon."
)


@pytest.mark.parametrize(
    "head",
    [
        [TITLE],
        ["WORLD NEWS", TITLE],
        ["BBC News", TITLE],
        ["Politics", "Europe", TITLE],
        ["https://www.theguardian.com/world/2017/feb/13/dam", TITLE],
        [TITLE, "Share Tweet Email"],
        [TITLE, "By Jane Doe"],
        [TITLE, "By Jane Doe, Reuters", "Feb. 13, 2017, 11:47 AM ET"],
        ["Feb. 13, 2017, 11:47 AM ET", TITLE, "Jane Doe, The Guardian"],
        [TITLE, "Photo: AP", "3 hours ago"],
        [f"{TITLE} | The Guardian"],
        [f"{TITLE} - BBC News"],
        ["US & Canada", TITLE, "The reservoir had been at its highest in decades.", "By Jane Doe"],
    ],
)
def test_the_headline_is_found_past_kickers_bylines_dates_and_buttons(head: list[str]) -> None:
    found = extract("\n".join(head) + "\n\n" + LEDE)
    assert found.title == TITLE and not found.title_derived
    assert found.provenance["title"].startswith("line ")
    assert found.body.startswith("The dam held") or found.body.startswith("The reservoir")


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(
        [
            "Feb. 13, 2017, 11:47 AM ET",
            "15.03.2017",
            "Updated 1115 GMT (1915 HKT) February 23, 2017",
            "Published: 02/23/2017",
            "3 hours ago",
            "Mon 13 Feb 2017 18.20 GMT",
            "By Jane Doe",
            "BY JANE DOE AND TOM ROE",
            "Written by Jane Doe",
            "Jane Doe, Reuters",
            *DEBRIS["share"],
            *DEBRIS["photo"],
            *KICKERS,
        ]
    ),
)
def test_a_date_line_byline_button_row_or_label_is_never_the_title(line: str) -> None:
    found = extract(f"{line}\n\n{LEDE}")
    assert found.title_derived, (line, found.title)
    assert line not in found.body.split("\n")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Copyright 2017 CNN", "CNN"),
        ("© The Guardian", "The Guardian"),
        ("© 2017 Guardian News and Media Limited or its affiliated companies.", "The Guardian"),
        ("Copyright © 2017 The Associated Press. All rights reserved.", "Associated Press"),
        ("— The Associated Press", "Associated Press"),
        ("— Valley Gazette", "Valley Gazette"),
        ("Reuters contributed to this report.", "Reuters"),
        ("© 2021 Govt. Accountability Office", "Govt. Accountability Office"),
        ("— Jane Doe", None),  # a person signing off
        ("© Getty Images", None),  # a photo's credit
    ],
)
def test_outlets_from_credit_lines(line: str, outlet: str | None) -> None:
    assert outlet_from_credit(line) == outlet
    found = extract(f"{TITLE}\n\n{LEDE}\n\n{line}\n")
    assert found.source == outlet
    if outlet:
        assert found.provenance["source"] == f"line 7: “{line}”"
        assert line not in found.body


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("LONDON (Reuters) - The dam held overnight, engineers said on Friday.", "Reuters"),
        ("WASHINGTON (AP) — The dam held overnight, engineers said on Friday.", "Associated Press"),
        ("(CNN) The dam held overnight, engineers said on Friday after the storm.", "CNN"),
        ("MOSCOW, February 8. /TASS/. The dam held overnight, engineers said.", "TASS"),
    ],
)
def test_outlets_from_the_lede(lede: str, outlet: str) -> None:
    assert extract(f"{TITLE}\n\n{lede}\n").source == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("https://www.theguardian.com/world/2017/feb/13/dam", "The Guardian"),
        ("http://abcnews.go.com/Politics/story?id=45310061", "ABC News"),
        ("https://money.cnn.com/2017/02/13/news/dam", "CNN Business"),
        ("https://www.valleygazette.example/news/dam", "valleygazette.example"),  # as written
        ("theguardian.com", "The Guardian"),
        ("The dam held overnight.", None),
    ],
)
def test_outlets_from_web_addresses(line: str, outlet: str | None) -> None:
    assert outlet_from_url_line(line) == outlet


def test_the_page_header_wins_over_a_wire_credit() -> None:
    found = extract(f"The Guardian\n{TITLE}\n\nLONDON (Reuters) - {LEDE}\n")
    assert found.source == "The Guardian"
    assert found.provenance["source"] == "line 1: “The Guardian”"


def test_an_unknown_name_above_the_headline_is_no_outlet() -> None:
    # "Valley Gazette" may be an outlet, "World News" is a section: neither is claimed
    for kicker in ("Valley Gazette", "World News"):
        found = extract(f"{kicker}\n{TITLE}\n\n{LEDE}\n")
        assert found.title == TITLE and found.source is None
        assert kicker in found.removed


def test_a_byline_gives_names_and_outlet() -> None:
    found = extract(f"{TITLE}\nBy Jane Doe and Tom Roe, The Hill\n\n{LEDE}")
    assert found.byline == "Jane Doe and Tom Roe"
    assert found.source == "The Hill"


def test_no_outlet_is_invented() -> None:
    found = extract(f"{TITLE}\nBy Jane Doe\n\n{LEDE}\n\nPhoto: Reuters/Tom Roe\n(Getty Images)\n")
    assert found.source is None and "source" not in found.provenance


@pytest.mark.parametrize(
    "below", [["Le Monde", "March 3, 2021"], ["3 March 2021"], ["By Jean Dupont"], ["Le Monde"]]
)
def test_a_short_headline_over_an_outlet_or_date_line_is_the_title(below: list[str]) -> None:
    # nu16 #11: two words were taken for a section label, the title derived from the lede
    # and the headline left in the body
    found = extract("\n".join(["Café réouvert", *below]) + "\n\n" + LEDE)
    assert found.title == "Café réouvert" and not found.title_derived
    assert found.provenance["title"] == "line 1: “Café réouvert”"
    assert "Café réouvert" not in found.body


@pytest.mark.parametrize("label", ["Middle East", "US & Canada", "WORLD NEWS", "Opinion"])
def test_a_section_label_over_an_outlet_or_date_line_is_no_title(label: str) -> None:
    found = extract(f"{label}\nReuters\nMarch 3, 2021\n\n{LEDE}")
    assert found.title_derived, found.title
    assert label not in found.body.split("\n")


def test_a_latin1_file_gives_its_short_headline(tmp_path: Path) -> None:
    text = "Café réouvert\nLe Monde\nMarch 3, 2021\n\nLe café du coin a réouvert lundi.\n"
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    (article,) = read_source(scan(tmp_path)[0][0]).articles
    assert (article.title, article.source) == ("Café réouvert", "Le Monde")
    assert article.body == "Le café du coin a réouvert lundi."


@pytest.mark.parametrize(
    "banner",
    ["Live updates", "Breaking news", "Watch live", "Live news", "World news", "Australia news"],
)
@pytest.mark.parametrize("below", [["March 3, 2021"], ["Reuters", "March 3, 2021"]])
def test_a_banner_over_a_date_line_is_no_short_headline(banner: str, below: list[str]) -> None:
    # rv17: sentence case, two words, over a date line: "Live updates" and the Guardian's
    # "World news" were taken for the headline (`_short_headline`), where each is a banner
    # or a section as much as "Opinion" is a desk
    found = extract("\n".join([banner, *below]) + "\n\n" + LEDE)
    assert found.title_derived, found.provenance.get("title")


@pytest.mark.parametrize(
    ("outlet_line", "outlet"),
    [
        ("One America News Network (OAN)", "One America News Network"),
        ("Eastford Courier (EC)", "Eastford Courier"),
        # nu18 #4: the table's outlet, not a second one or none
        ("British Broadcasting Corporation (BBC)", "BBC News"),
        ("BBC News", "BBC News"),  # nu19 #1: one outlet, one name
        ("Radio Television Ireland (RTE)", "RTE"),
        ("TASS (Russian News Agency)", "TASS"),
    ],
)
def test_an_outlet_line_with_its_short_name_is_an_outlet(outlet_line: str, outlet: str) -> None:
    # nu17 #4: "Name (ABBR)" was taken for the title, the outlet left empty
    found = extract(f"Harbour Plan Stalls\n{outlet_line}\nPublished: March 3, 2021\n\n{LEDE}")
    assert (found.title, found.source) == ("Harbour Plan Stalls", outlet)
    assert outlet_line not in found.body


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("G-7 Nations Call", "G-7 Nations Call"),
        ("Dam risk:", "Dam risk"),
        ("Dam risk,", "Dam risk"),
    ],
)
def test_a_short_or_cut_headline_over_an_outlet_line_is_the_title(line: str, title: str) -> None:
    # nu17 #5: a word of a letter and a digit was no word ("G-7"), and a headline cut at
    # ":" or "," was left in the body, the title derived from it
    found = extract(f"{line}\nDaily Caller\nMarch 3, 2021\n\n{LEDE}")
    assert found.title == title and not found.title_derived
    assert line not in found.body.split("\n")


@pytest.mark.parametrize("label", ["US Election 2020", "Related coverage:"])
def test_a_label_with_a_year_or_a_colon_is_no_title(label: str) -> None:
    found = extract(f"{label}\nReuters\nMarch 3, 2021\n\n{LEDE}")
    assert found.title_derived, found.title


@pytest.mark.parametrize(
    ("head", "title", "body_starts"),
    [
        # a short headline in sentence case over a name is no kicker (it was dropped and the
        # name taken as the headline, or the headline kept in the body as a derived title)
        (["Dam repairs start", "The White House", "2017-02-15"], "Dam repairs start", "The White"),
        (["Dam repairs start", "Jane Doe", "2017-02-15"], "Dam repairs start", "Jane Doe"),
        (["Dam repairs start", "POLITICS", "2017-02-15"], "Dam repairs start", "The dam held"),
        # labels stay kickers: capitalised, or one small word that is no function word
        (["Middle East", "Timeless Chinese BBQ", "2017-02-15"], "Timeless Chinese BBQ", "The dam"),
        (["World news", "Middle East", TITLE, "2017-02-15"], TITLE, "The dam held"),
        (["Life and style", "Dam holds", "2017-02-15"], "Dam holds", "The dam held"),
        (["Politics", "Dam repairs start", "2017-02-15"], "Dam repairs start", "The dam held"),
    ],
)
def test_a_short_headline_in_sentence_case_is_no_kicker(
    head: list[str], title: str, body_starts: str
) -> None:
    found = extract("\n".join(head) + "\n\n" + LEDE)
    assert (found.title, found.title_derived) == (title, False)
    assert found.body.startswith(body_starts)
    kept = (found.title, found.body, *found.removed)  # nothing lost
    assert all(any(line in text for text in kept) for line in head[:2])
