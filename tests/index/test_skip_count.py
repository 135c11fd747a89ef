"""A build's line counts skipped JSON Lines records as records, not files (nu15 #13)."""

from __future__ import annotations

from index.models import BuildReport, Skipped
from index.skip_count import skipped_words


def test_records_and_files_are_counted_apart() -> None:
    assert skipped_words([Skipped("a.txt", "empty")]) == "1 file"
    lines = [Skipped(f"na.jsonl:{n}", "invalid JSON") for n in (277, 1961)]
    assert skipped_words(lines) == "2 records"
    both = [Skipped("/news/b.txt", "binary"), *lines, Skipped("c:d.txt", "empty")]
    assert skipped_words(both) == "2 files and 2 records"


def test_the_build_line_says_records() -> None:
    lines = (Skipped("na.jsonl:277", "x"), Skipped("na.jsonl:1961", "y"))
    report = BuildReport(3779, 0, 0, 3779, lines, 57.6, True)
    assert report.summary == "3,779 articles indexed, 2 records skipped in 57.6 s"


def test_a_file_named_with_a_colon_and_digits_is_a_file() -> None:
    named = [Skipped("notes:2017", "unsupported"), Skipped("feeds/wire.txt:12", "empty")]
    assert skipped_words(named) == "2 files"
    upper = [Skipped("FEED.NDJSON:3", "x"), Skipped("a/b.JSONL:40", "y")]
    assert skipped_words(upper) == "2 records"
