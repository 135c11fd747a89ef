"""nu44: a first line "Untitled" became the title. A placeholder is no title
(`index.text.placeholder_title`): the title comes from what the rest of the text gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.models import Article
from index.text.extract import extract
from index.text.placeholder_title import placeholder

PLACEHOLDERS = (
    "Untitled",
    "UNTITLED",
    "Untitled document",
    "Untitled-1",
    "untitled (2)",
    "No title",
    "(no title)",
    "[No Title]",
    "Title",
    "Title:",
    "Headline",
    "[no headline]",
    "Headline goes here",
    "Insert title here",
    "*Untitled*",
)

TITLES = (
    "Title IX rules change for colleges",
    "No Title for Djokovic in Dubai",
    "Untitled: a memoir of the war years",
    "The Headline Act passes the Senate",
    "Untitled Goose Game tops the charts",
)


@pytest.mark.parametrize("line", PLACEHOLDERS)
def test_a_placeholder_is_no_title(line: str) -> None:
    assert placeholder(line)


@pytest.mark.parametrize("line", TITLES)
def test_a_title_with_a_placeholder_word_is_a_title(line: str) -> None:
    assert not placeholder(line)
    assert extract(f"{line}\n\nThe vote came late on Tuesday after a long debate.\n").title == line


HEADLINES = st.sampled_from(["", "Dam spillway fails in storm", "Frost hits the valley growers"])
LEDES = st.sampled_from(
    [
        "The Oroville dam spillway failed on Sunday and residents were told to leave.",
        "Growers counted their losses on Monday after a late frost hit the valley.",
        "MANILA (Reuters) - Rain fell for a third day on Tuesday, officials said.",
    ]
)


@given(
    marks=st.lists(st.sampled_from(PLACEHOLDERS), min_size=1, max_size=2),
    headline=HEADLINES,
    lede=LEDES,
    given_title=st.sampled_from([None, *PLACEHOLDERS[:4]]),
)
def test_the_title_is_the_texts_as_if_no_placeholder_stood_over_it(
    marks: list[str], headline: str, lede: str, given_title: str | None
) -> None:
    """The oracle: the same text without its placeholder lines (and no title given)."""
    rest = (f"{headline}\n\n" if headline else "") + f"{lede}\n\nMore text followed here.\n"
    known = {"title": given_title} if given_title else None
    made = extract("\n\n".join(marks) + "\n\n" + rest, known=known)
    plain = extract(rest)
    assert (made.title, made.title_derived, made.body) == (
        plain.title,
        plain.title_derived,
        plain.body,
    )
    assert all(mark in "\n".join(made.removed) for mark in marks)  # kept for review
    assert made.title is not None and not placeholder(made.title)


def test_each_reader_passes_a_placeholder_over(tmp_path: Path) -> None:
    """A text file, a web page's <title>, a Markdown heading and a front matter's title."""
    lede = "The Oroville dam spillway failed on Sunday and residents were told to leave."
    files = {
        "a.txt": f"Untitled\n\n{lede}\n",
        "b.html": f"<html><head><title>Untitled document</title></head><body>"
        f"<h1>Dam spillway fails</h1><p>{lede}</p></body></html>",
        "c.md": f"# Untitled\n\n{lede}\n",
        "d.md": f"---\ntitle: (no title)\n---\nFrost hits growers\n\n{lede}\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    made = [a for a in iter_articles(tmp_path) if isinstance(a, Article)]
    titles = {a.id: (a.title, a.title_derived) for a in made}
    derived = lede.rstrip(".")
    assert titles == {
        "a.txt": (derived, True),
        "b.html": ("Dam spillway fails", False),
        "c.md": (derived, True),
        "d.md": ("Frost hits growers", False),
    }
