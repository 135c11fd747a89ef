"""Wrong or missing facts in a text's head (nu28 #1, #5, #6, #10; fx30b): a masthead the
table does not know on the top line was the title; US datelines ("RIVERTON, Calif. —") were
not read; a Guardian byline ("Shaun Walker in Kyiv") stayed in the body; the NYT print note
stayed in the body; a page's "| Riverton Post" title suffix gave no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest.readers import read_source, scan
from index.text.extract import extract
from tests.dateline_form import as_shown
from tests.index.test_outlet_unlisted import REVIEW_LINES

SHORT_LEDE = "Floodwaters broke through a levee early Tuesday, officials said."
LEDE = (
    "Floodwaters broke through a levee early Tuesday, officials said, and hundreds of "
    "residents of the valley left their homes before dawn."
)
SECOND = "The river is expected to crest on Thursday night."
HEADLINES = [
    "River breaches levee near Riverton",
    "River Breaches Levee Near Riverton",
    "River Breaches Levee, Forcing Hundreds From Homes",
]


def page(*lines: str, lede: str = LEDE) -> str:
    return "\n\n".join([*lines, lede, SECOND]) + "\n"


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("The Sacramento Bee", "Sacramento Bee"),
        ("Valley Gazette", "Valley Gazette"),
        ("Times of Eastford", "Times of Eastford"),
        ("St. Louis Post-Dispatch", "St. Louis Post-Dispatch"),
        ("Reuters", "Reuters"),  # known: as before
    ],
)
@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("lede", [LEDE, SHORT_LEDE])
@pytest.mark.parametrize("meta", [["March 14, 2023"], ["By Jane Doe", "March 14, 2023"]])
def test_a_masthead_over_the_headline_is_the_outlet(
    masthead: str, outlet: str, headline: str, lede: str, meta: list[str]
) -> None:
    got = extract(page(masthead, headline, *meta, lede=lede))
    assert got.title == headline
    assert got.source == outlet
    assert got.body.startswith(lede)
    assert masthead not in got.body
    assert "line 1" in got.provenance["source"]


@pytest.mark.parametrize("line", REVIEW_LINES)
@pytest.mark.parametrize("headline", HEADLINES[1:])
def test_no_kicker_or_name_on_the_top_line_is_an_outlet(line: str, headline: str) -> None:
    """rv26's lines that name no outlet (institutions, acronyms, roles, kickers with a
    press word): over the headline they are no outlet, and the headline stays the title."""
    got = extract(page(line, headline, "March 14, 2023"))
    assert got.source is None
    assert got.title == headline
    assert got.body.startswith(LEDE)


@pytest.mark.parametrize(
    "lines",
    [
        # no date line or byline under the headline: no masthead's shape
        ["Valley Gazette", "River Breaches Levee Near Riverton"],
        # a headline in title case ending in a press word, over a shorter line
        ["Judge Rebukes Valley Gazette", "Ruling due", "March 14, 2023"],
        # "The White House" over a short headline in sentence case (the integrator's case)
        ["The White House", "Dam repairs start", "March 14, 2023"],
    ],
)
def test_what_is_no_masthead(lines: list[str]) -> None:
    got = extract(page(*lines))
    assert got.source is None
    assert got.title is not None and got.title != "Valley Gazette"


@pytest.mark.parametrize(
    ("opening", "dateline", "outlet"),
    [
        ("RIVERTON, Calif. — ", "RIVERTON, Calif.", None),
        ("RIVERTON, Calif. (AP) — ", "RIVERTON, Calif.", "Associated Press"),
        ("Riverton, Calif. — ", "Riverton, Calif.", None),
        ("SACRAMENTO, California (Reuters) - ", "SACRAMENTO, California", "Reuters"),
        ("ST. LOUIS, Mo. — ", "ST. LOUIS, Mo.", None),
        ("St. Louis, Mo. — ", "St. Louis, Mo.", None),
        ("TRENTON, N.J., March 3 (Reuters) - ", "TRENTON, N.J., March 3", "Reuters"),
        ("WASHINGTON, D.C. — ", "WASHINGTON, D.C.", None),
        ("TORONTO, Ontario (Reuters) - ", "TORONTO, Ontario", "Reuters"),
        ("NEW YORK (AP) — ", "NEW YORK", "Associated Press"),  # as before
        ("RIVERTON — ", "RIVERTON", None),  # as before
    ],
)
def test_us_datelines(opening: str, dateline: str, outlet: str | None) -> None:
    got = extract(page("Levee breaks", "By Jane Doe", "March 3, 2023", lede=opening + LEDE))
    assert as_shown(got.dateline, dateline)
    assert got.source == outlet
    assert got.title == "Levee breaks"
    assert got.body.startswith(opening.rstrip())


@pytest.mark.parametrize(
    "opening",
    [
        "Riverton — ",  # a capitalised word alone: no state proves the dateline
        "Hello, World — ",
        "Jane Doe, Democrat — ",
        "Riverton, Calif., is where the flood began, and ",  # no dash after the state
        "UPDATE: ",
    ],
)
def test_no_us_dateline(opening: str) -> None:
    got = extract(page("Levee breaks", "March 3, 2023", lede=opening + LEDE))
    assert got.dateline is None


def test_a_derived_title_leaves_a_us_dateline_out() -> None:
    got = extract("RIVERTON, Calif. — " + LEDE + "\n\n" + SECOND + "\n")
    assert got.title_derived
    assert got.title is not None and got.title.startswith("Floodwaters broke")


GUARDIAN = [
    "Ukraine",
    "Russia rejects plan for foreign peacekeepers in Ukraine",
    "Moscow says deployment would risk escalation, as Kyiv says talks are at an early stage",
]
GUARDIAN_DATES = ["Mon 13 Feb 2017 18.20 GMT", "Last modified on Mon 13 Feb 2017 19.00 GMT"]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Shaun Walker in Kyiv", "Shaun Walker"),
        ("Shaun Walker in Kyiv and Andrew Roth in Moscow", "Shaun Walker and Andrew Roth"),
        ("Shaun Walker and Andrew Roth in Moscow", "Shaun Walker and Andrew Roth"),
        (
            "Julian Borger in Washington, Patrick Wintour and Jennifer Rankin in Brussels",
            "Julian Borger, Patrick Wintour and Jennifer Rankin",
        ),
        ("Tom Phillips in Rio de Janeiro", "Tom Phillips"),
    ],
)
@pytest.mark.parametrize("standfirst", [True, False])
def test_a_guardian_byline(line: str, byline: str, standfirst: bool) -> None:
    head = GUARDIAN if standfirst else GUARDIAN[:2]
    got = extract(page(*head, line, *GUARDIAN_DATES))
    assert got.byline == byline
    assert got.title == GUARDIAN[1]
    assert line not in got.body
    assert got.date is not None and got.date.day == 13
    assert got.body.startswith(GUARDIAN[2] if standfirst else LEDE)


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Joe Biden in Warsaw", "Mon 13 Feb 2017"], "Joe Biden in Warsaw"),  # the headline
        (["Ukraine war", "Joe Biden in Warsaw", "Mon 13 Feb 2017"], "Joe Biden in Warsaw"),
        (["Leaders meet in Kyiv", "Prime Minister in Kyiv", "13 Feb 2017"], "Leaders meet in Kyiv"),
        (
            ["Leaders meet in Kyiv", "Reuters Staff in London", "13 Feb 2017"],
            "Leaders meet in Kyiv",
        ),
        (["Leaders meet in Kyiv", "Shaun Walker in Kyiv"], "Leaders meet in Kyiv"),  # no date
        # decks in title case (bench.outlet_lines' deck layout): a name of four words, or
        # under a headline in title case
        (
            [
                "Council passes the budget for next year",
                "Mayor Announces New Budget in Riverton",
                "13 Feb 2017",
            ],
            "Council passes the budget for next year",
        ),
        (
            [
                "Jane Doe Takes Early Lead in Riverton County Race",
                "Jane Doe Leads in County Race",
                "13 Feb 2017",
            ],
            "Jane Doe Takes Early Lead in Riverton County Race",
        ),
    ],
)
def test_what_is_no_guardian_byline(lines: list[str], title: str) -> None:
    got = extract(page(*lines))
    assert got.title == title
    assert got.byline is None


NYT_NOTE = (
    "A version of this article appears in print on Feb. 8, 2017, Section A, Page 6 of the New "
    "York edition with the headline: Russia Rejects Peacekeepers."
)


def test_the_nyt_print_note_is_debris() -> None:
    got = extract(
        page("Russia Rejects Peacekeepers for Ukraine", "By Andrew Higgins", "Feb. 7, 2017")
        + "\n"
        + NYT_NOTE
        + "\n"
    )
    assert "appears in print" not in got.body
    assert NYT_NOTE in got.removed
    assert got.body.endswith(SECOND)


def _read(folder: Path) -> list:
    files, _ = scan(folder)
    return [a for f in files for a in read_source(f).articles]


def test_front_matter_title_over_the_same_heading(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(
        "---\ntitle: My interview notes with the sheriff\ndate: 2023-03-16\n---\n"
        "# My interview notes with the sheriff\n\n" + LEDE + "\n",
        encoding="utf-8",
    )
    [article] = _read(tmp_path)
    assert article.title == "My interview notes with the sheriff"
    assert article.body == LEDE


HTML = (
    "<html><head><meta charset='utf-8'><title>Café owners fear flood{suffix}</title></head>"
    "<body><article><h1>Café owners fear flood</h1><p>By José Martínez</p><p>"
    + LEDE
    + "</p><p>"
    + SECOND
    + "</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("suffix", "outlet"),
    [
        (" | Riverton Post", "Riverton Post"),
        (" | The Sacramento Bee", "Sacramento Bee"),
        (" | Reuters", "Reuters"),
        (" | Top Stories", None),  # no press word: no outlet
        (" | Good News", None),  # a kicker's press word
        (" | Subscribe", None),
        ("", None),
    ],
)
def test_a_page_title_suffix_names_the_outlet(
    tmp_path: Path, suffix: str, outlet: str | None
) -> None:
    (tmp_path / "page.html").write_text(HTML.format(suffix=suffix), encoding="utf-8")
    [article] = _read(tmp_path)
    assert article.source == outlet
    assert article.title == "Café owners fear flood"


@pytest.mark.parametrize(
    ("address", "outlet"),
    [
        ("https://riverton-post.com/2023/flood", "Riverton Post"),  # a bare host: the suffix
        ("https://www.bbc.co.uk/news/flood", "BBC News"),  # the table's outlet for the host
    ],
)
def test_a_title_suffix_against_the_page_address(tmp_path: Path, address: str, outlet: str) -> None:
    html = HTML.format(suffix=" | Riverton Post").replace(
        "</title>", f'</title><link rel="canonical" href="{address}">'
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [article] = _read(tmp_path)
    assert article.source == outlet
