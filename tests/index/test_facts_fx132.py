"""fx132: a letter's date line under its first paragraph; short first names ("Rich Lowry");
"By A and B Role words, Outlet"."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.metadata import read_byline
from index.text.outlet_behind import person_like

LETTER = (
    "I have lived in this town for forty years and I have never seen the roads in such a "
    "state as they are this winter."
)
REST = "The council must act now, before the thaw, and mend what it can."

_FORMATS = {
    "words": lambda d: f"{d:%B} {d.day}, {d.year}",
    "iso": lambda d: d.isoformat(),
    "day first": lambda d: f"{d.day} {d:%B} {d.year}",
    "short month": lambda d: f"{d:%b}. {d.day}, {d.year}",
    "weekday": lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
    "published": lambda d: f"Published: {d:%B} {d.day}, {d.year}",
}


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(sorted(_FORMATS)),
    st.sampled_from(["\n", "\n\n"]),
    st.booleans(),
)
def test_a_letters_date_line_dates_it(day: date, form: str, gap: str, label: bool) -> None:
    """Oracle: the date written under the letter's first paragraph is the article's date,
    and the body is the letter without that line (as when the paragraph was the headline,
    before fx127); the title is the headline above, or derived from the lede."""
    head = "Letters to the editor\n\n" if label else ""
    line = _FORMATS[form](day)
    found = extract(f"{head}{LETTER}{gap}{line}\n\n{REST}\n")
    assert found.date is not None and found.date.date() == day
    assert found.title_derived != label
    assert not label or found.title == "Letters to the editor"
    assert found.body == f"{LETTER}\n\n{REST}"


@pytest.mark.parametrize(
    "below",
    [
        "Rich Lowry - 2021-09-20",  # an outlet's (or a columnist's) line: not read here
        "We met on March 2, 2021 and nothing was done about it, as everyone in town knows.",
    ],
)
def test_no_date_line_under_the_letter(below: str) -> None:
    found = extract(f"{LETTER}\n\n{below}\n\n{REST}\n")
    assert found.date is None and below in found.body


def test_a_headline_over_its_date_line_is_unchanged() -> None:
    found = extract(f"Roads in ruin after the winter\nMarch 2, 2021\n\n{LETTER}\n\n{REST}\n")
    assert found.title == "Roads in ruin after the winter" and not found.title_derived
    assert found.date is not None and found.date.day == 2
    assert found.body == f"{LETTER}\n\n{REST}"


TITLE = "Spin and lies will not hide the border surge"
LEDE = "The talks between the two sides stalled again on Monday, officials said on Tuesday."
_SHORT = ["Rich", "Will", "Don", "Sue", "Stu", "Reg", "Roz", "Kit", "Chip", "Skip"]
_SURNAMES = ["Lowry", "Bunch", "Surber", "Gray", "Saletan", "McLaughlin", "Kilgore"]


@given(st.sampled_from(_SHORT), st.sampled_from(_SURNAMES), st.sampled_from([" - ", ", "]))
def test_a_short_first_name_is_a_columnists(first: str, surname: str, mark: str) -> None:
    """Oracle: "Short-form Surname - date" (no "By" line) is a columnist's line: the byline,
    never the outlet; the headline and the date stay."""
    name = f"{first} {surname}"
    assert person_like(name)
    found = extract(f"{TITLE}\n{name}{mark}2021-09-20\n\n{LEDE}")
    assert (found.title, found.byline, found.source) == (TITLE, name, None)
    assert found.date is not None and found.date.day == 20


@pytest.mark.parametrize(
    "line",
    [
        "Rich Media - 2021-09-20",  # an outlet's word
        "Will Trump Run - 2021-09-20",  # a short form before more than one word: no person
        "Al Arabiya - 2021-09-20",  # "Al" is no short form here
        "Don Quixote Weekly - 2021-09-20",
    ],
)
def test_outlet_lines_with_short_form_words_stay(line: str) -> None:
    found = extract(f"{TITLE}\n{line}\n\n{LEDE}")
    assert (found.title, found.byline) == (TITLE, None)
    assert found.source == line.split(" - ")[0]


def test_rich_lowry_with_his_outlets_address() -> None:
    """fx75's host rule needs a person's name too: the address gives the outlet."""
    found = extract(
        f"{TITLE}\nRich Lowry - 2021-09-20\nhttps://nypost.com/2021/09/20/spin\n\n{LEDE}"
    )
    assert (found.byline, found.source) == ("Rich Lowry", "New York Post")


_NAMES = ["Jane Doe", "John Roe", "Chris Mason", "Iain Watson", "Kate Whannel", "Rob Corp"]


@given(
    st.lists(st.sampled_from(_NAMES), min_size=2, max_size=2, unique=True),
    st.sampled_from(["and", "&"]),
    st.sampled_from(["Political reporters", "Political correspondents", "Business reporters"]),
    st.sampled_from([", ", " | ", " - "]),
    st.sampled_from(["BBC News", "Reuters", "The Guardian"]),
)
def test_two_names_with_a_role_and_outlet(
    names: list[str], joiner: str, role: str, mark: str, outlet: str
) -> None:
    """Oracle: the two names as written, joined as written; the outlet named; no role."""
    found = read_byline(f"By {names[0]} {joiner} {names[1]} {role}{mark}{outlet}")
    assert found is not None
    assert found[0] == f"{names[0]} {joiner} {names[1]}"
    assert found[1] is not None and found[1].casefold().endswith(outlet.split()[-1].casefold())


def test_two_names_in_an_article() -> None:
    head = "By Jane Doe and John Roe Political reporters, BBC News"
    found = extract(f"{TITLE}\n{head}\n\n{LEDE}")
    assert (found.title, found.byline, found.source) == (TITLE, "Jane Doe and John Roe", "BBC News")
    assert head not in found.body


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Chris Mason Political correspondent, BBC News", ("Chris Mason", "BBC News")),
        ("By Jane Doe and John Roe, BBC News", ("Jane Doe and John Roe", "BBC News")),
        ("By Phil McNulty Chief football writer", ("Phil McNulty", None)),
    ],
)
def test_one_name_bylines_unchanged(line: str, expected: tuple[str, str | None]) -> None:
    assert read_byline(line) == expected
