"""rv46: once an "Untitled" over the text was removed, a "Title: Markets fall" line became the
title with its label. A "Title:"/"Headline:" label is no part of the title; a file holding
only placeholders has no title and no text: it is skipped as an empty file is."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.models import Skipped
from index.text.extract import extract

LABELS = ("Title:", "TITLE:", "Headline:", "Title :", "HEADLINE:")
HEADLINES = ("Markets fall", "Dam spillway fails in storm", "Title IX rules change")
LEDES = (
    "Stocks dropped sharply on Tuesday as investors worried about rates, traders said.",
    "LONDON (Reuters) - Rain fell for a third day on Tuesday, officials said.",
)


@given(
    over=st.sampled_from(["", "Untitled\n", "Untitled\n\n", "(no title)\n"]),
    label=st.sampled_from(LABELS),
    headline=st.sampled_from(HEADLINES),
    lede=st.sampled_from(LEDES),
)
def test_a_labelled_title_line_is_the_title_without_its_label(
    over: str, label: str, headline: str, lede: str
) -> None:
    """The oracle: the title is the headline, label off, never derived; the body is the
    text's below it, read alone."""
    rest = f"\n\n{lede}\n\nMore text followed here.\n"
    made = extract(f"{over}{label} {headline}{rest}")
    assert (made.title, made.title_derived) == (headline, False)
    assert made.body == extract(rest).body


def test_a_file_of_only_a_placeholder_is_skipped_as_an_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    (tmp_path / "u.txt").write_text("Untitled\n", encoding="utf-8")
    (tmp_path / "v.txt").write_text("\n(no title)\n\nUntitled\n", encoding="utf-8")
    skipped = {s.path.rsplit("/", 1)[-1]: s.reason for s in iter_articles(tmp_path)}
    assert all(isinstance(s, Skipped) for s in iter_articles(tmp_path))
    assert skipped["u.txt"] == skipped["v.txt"] == skipped["e.txt"]
