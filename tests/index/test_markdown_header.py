"""A Markdown article's header: ``# Title``, then a line naming its outlet and date
(``*Outlet*, 2021-06-24``, bold, plain, "|" or "·" between), then the text. The title, the
outlet and the date are read from it; the outlet-and-date line is never the title nor the
first paragraph (nu23 #3: it stayed in the body of 89 of 100 files, and one file's title
was "Wall Street Journal, 2021-06-24")."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.models import Article
from index.text.outletnames import canonical_outlet, is_desk_label

OUTLETS = [
    "Wall Street Journal", "NPR", "Associated Press", "CNBC", "Military Times", "The Hill",
    "Valley Gazette", "Reuters", "Deutsche Welle", "Al Jazeera", "TASS", "Fox News",
]  # fmt: skip
TITLES = [
    "What We Know About the Building Collapse in Surfside, Fla.",
    "Dam holds after storm",
    "EXPLAINER: What was the outcome of the latest Gaza war?",
    "Biden, Capito abandon infrastructure talks",
    "It's Labor Day weekend. Here's the curious truth about the holiday's origins",
    "Council approves the budget",
]
BODY = (
    "A portion of the harbour wall gave way early on Thursday, officials said, and crews "
    "worked through the night to shore it up.\n\nThe council will meet on Monday to decide "
    "what to repair first, the mayor said."
)
DATE_FORMS = ["{:%Y-%m-%d}", "{:%B} {d}, {:%Y}", "{d} {:%B} {:%Y}"]
WRAPS = ["*{}*", "**{}**", "_{}_", "{}"]
SEPARATORS = [", ", " | ", " · "]


def _date_text(form: str, day: date) -> str:
    return form.replace("{d}", str(day.day)).format(day, day, day)


def read(folder: Path, text: str) -> Article:
    (folder / "a.md").write_text(text, encoding="utf-8")
    [article] = [a for a in iter_articles(folder) if isinstance(a, Article)]
    return article


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=st.sampled_from(TITLES),
    outlet=st.sampled_from(OUTLETS),
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    form=st.sampled_from(DATE_FORMS),
    wrap=st.sampled_from(WRAPS),
    separator=st.sampled_from(SEPARATORS),
)
def test_heading_then_outlet_and_date(
    tmp_path_factory: pytest.TempPathFactory,
    title: str,
    outlet: str,
    day: date,
    form: str,
    wrap: str,
    separator: str,
) -> None:
    line = wrap.format(outlet) + separator + _date_text(form, day)
    article = read(tmp_path_factory.mktemp("md"), f"# {title}\n\n{line}\n\n{BODY}\n")
    assert article.title == title and not article.title_derived
    assert article.source == canonical_outlet(outlet)
    assert article.date is not None and article.date.date() == day
    assert article.body == BODY  # neither the heading nor the outlet line stays in the text
    assert article.provenance["title"] == f"line 1: “{title}”"
    assert article.provenance["source"].startswith("line 3:")


def test_front_matter_still_wins_over_the_heading(tmp_path: Path) -> None:
    text = "---\ntitle: Given title\nsource: Valley Gazette\n---\n# Dam holds after storm\n\n"
    article = read(tmp_path, text + BODY + "\n")
    assert article.title == "Given title" and article.provenance["title"] == "front matter"


@pytest.mark.parametrize(
    "line",
    [
        "WASHINGTON, 2021-06-24",  # a place in capitals: a dateline's, not an outlet
        "The storm hit on Friday, 2021-06-24",  # a sentence
        "Surfside, Fla.",  # no date
    ],
)
def test_what_is_no_outlet_and_date_line(tmp_path: Path, line: str) -> None:
    article = read(tmp_path, f"{line}\n\n{BODY}\n")
    assert article.source is None


DESKS = ["Guest Writer - Center", "Opinion", "Guest Writer - Left", "Opinion - Right", "Analysis"]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    desk=st.sampled_from(DESKS),
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    form=st.sampled_from(DATE_FORMS),
    wrap=st.sampled_from(WRAPS),
    separator=st.sampled_from(SEPARATORS),
)
def test_a_desk_and_date_line_dates_the_article_and_leaves_the_body(
    tmp_path_factory: pytest.TempPathFactory,
    desk: str,
    day: date,
    form: str,
    wrap: str,
    separator: str,
) -> None:
    """nu24 #1: "*Guest Writer - Center*, 2021-07-12" (the " - " inside the desk's name
    was taken for the separator) left the date unread and the line in the body."""
    line = wrap.format(desk) + separator + _date_text(form, day)
    article = read(tmp_path_factory.mktemp("md"), f"# Dam holds after storm\n\n{line}\n\n{BODY}\n")
    assert article.date is not None and article.date.date() == day
    assert article.body == BODY
    assert article.source is None  # a desk names no outlet


_CALENDAR_WORDS = frozenset(
    w.upper()
    for w in [
        *calendar.month_name[1:],
        *calendar.month_abbr[1:],
        *calendar.day_name,
        *calendar.day_abbr,
        *["Sept", "Tues", "Thur", "Thurs", "The", "And"],
    ]
)


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.from_regex(r"[A-Z]{3,6}", fullmatch=True).filter(
        lambda n: n not in _CALENDAR_WORDS and not is_desk_label(n)
    ),
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    form=st.sampled_from(DATE_FORMS),
    wrap=st.sampled_from(["*{}*", "**{}**", "_{}_"]),
    separator=st.sampled_from(SEPARATORS),
)
def test_an_outlet_in_capitals_emphasised_before_a_date(
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    day: date,
    form: str,
    wrap: str,
    separator: str,
) -> None:
    """nu25 #1: "*STAT*, 2021-10-04" lost its outlet and date ("STAT" read as a time zone)
    and "*KQED*, 2021-10-04" stayed in the body (a name in capitals read as a dateline's
    place); the emphasis says it is the outlet's name."""
    line = wrap.format(name) + separator + _date_text(form, day)
    article = read(tmp_path_factory.mktemp("md"), f"# Dam holds after storm\n\n{line}\n\n{BODY}\n")
    assert article.source == canonical_outlet(name)
    assert article.date is not None and article.date.date() == day
    assert article.body == BODY


@pytest.mark.parametrize("name", ["STAT", "KQED", "WPXI"])
def test_the_walkthrough_outlets_in_capitals(tmp_path: Path, name: str) -> None:
    article = read(tmp_path, f"# A headline about the pill\n\n*{name}*, 2021-10-04\n\n{BODY}\n")
    assert (article.source, article.body) == (canonical_outlet(name), BODY)
    assert article.date is not None and article.date.date() == date(2021, 10, 4)


@pytest.mark.parametrize("bad", ["not a date", "sometime in spring", "2021-13-45"])
def test_front_matter_with_a_bad_date_stays_out_of_the_text(tmp_path: Path, bad: str) -> None:
    """nu25: "front matter ignored: 'date' is not a date", and then its lines were the
    article's first paragraph and its derived title ("title: Levee holds date: ...")."""
    (tmp_path / "b.md").write_text(
        f"---\ntitle: Levee holds\ndate: {bad}\nsource: Valley Gazette\n---\n{BODY}\n",
        encoding="utf-8",
    )
    articles = list(iter_articles(tmp_path))
    [article] = [a for a in articles if isinstance(a, Article)]
    assert article.body == BODY
    assert (article.title, article.source, article.date) == ("Levee holds", "Valley Gazette", None)
    [skipped] = [a for a in articles if not isinstance(a, Article)]
    assert "'date' is not a date" in str(skipped)
