"""Bylines that credit a newsroom ("By staff, NPR", "By NPR Staff"): the outlet, no author.

A new user's 75 AllSides copies opened "headline / By staff, NPR / date / text": the lower-case
"staff" was no name, so the line was no byline, stayed as the first paragraph, and 74 of the 75
articles showed "source unknown". A newsroom credit names the outlet and no person: the byline
stays empty (the outlet is already the article's source; "NPR staff" as an author would list a
newsroom among the people who wrote).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest.readers import iter_articles
from index.models import Article
from index.text.extract import extract
from index.text.metadata import read_byline

LEDE = (
    "The city council voted on Wednesday to close the old bridge for repairs, the mayor's "
    "office said in a statement."
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By staff, NPR", ("", "NPR")),
        ("By Staff, NPR", ("", "NPR")),
        ("By NPR Staff", ("", "NPR")),
        ("By Reuters staff", ("", "Reuters")),
        ("By AP staff", ("", "Associated Press")),
        ("By staff, USA TODAY", ("", "USA Today")),
        ("By staff, Valley Gazette", ("", "Valley Gazette")),  # an outlet the table lacks
        ("By Valley Bugle staff", ("", "Valley Bugle")),  # lower-case "staff": a newsroom
        ("By staff, CNN (Opinion)", ("", "CNN")),
        ("By Staff Writer", ("", None)),
        ("By Wire Staff", ("", None)),  # no outlet called "Wire" (review rv15)
        ("By CNN Wire Staff", ("", "CNN")),
        ("By Jane Doe, CNN staff", ("Jane Doe", "CNN")),
        ("By Jane Doe, NPR", ("Jane Doe", "NPR")),
        ("By Jane Staff", ("Jane Staff", None)),  # a surname, not a newsroom
        # "By Staff, X" credits a newsroom: X is the outlet even when it reads as a person's
        # name (fx16a read "Jane Doe" as a byline, and so "Mother Jones": rv16)
        ("By Staff, Mother Jones", ("", "Mother Jones")),
        ("By Politico Staff", ("", "Politico")),  # the table writes "Politico" and "POLITICO"
        ("By Staff, Rolling Stone", ("", "Rolling Stone")),
        ("By staff, AllSides", ("", "AllSides")),  # one word: a brand, not a person
        ("By Jane Doe and John Roe, Staff Writers", ("Jane Doe and John Roe", None)),
    ],
)
def test_a_newsroom_credit_gives_the_outlet_and_no_author(
    line: str, expected: tuple[str, str | None]
) -> None:
    assert read_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By staff, NPR", "NPR"),
        ("By NPR Staff", "NPR"),
        ("By the Associated Press", "Associated Press"),
        ("By Reuters staff", "Reuters"),
    ],
)
def test_the_credit_line_leaves_the_text(line: str, outlet: str) -> None:
    found = extract(f"Council closes the old bridge\n\n{line}\n2021-10-13\n\n{LEDE}\n")
    assert found.source == outlet
    assert found.byline is None
    assert found.body == LEDE
    assert found.title == "Council closes the old bridge"
    assert found.provenance["source"] == f"line 3: “{line}”"


def test_a_text_file_with_a_staff_byline(tmp_path: Path) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    text = f"Council closes the old bridge\n\nBy staff, NPR\n2021-10-13\n\n{LEDE}\n"
    (corpus / "as001.txt").write_text(text, encoding="utf-8")
    [article] = list(iter_articles(corpus))
    assert isinstance(article, Article)
    assert (article.source, article.byline, article.body) == ("NPR", None, LEDE)
