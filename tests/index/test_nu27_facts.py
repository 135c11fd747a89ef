"""Facts and counts nu27's new-user walkthrough found wrong (session 27, fx27b: #3, #4, #7);
see /work/wt/notes/nu27.md for the repro steps."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.ingest.sidecars import parse_date_value
from index.models import Article
from index.skip_count import skipped_words
from index.store.build import rebuild
from index.store.update import update


def _records(ids: list[str]) -> str:
    return "".join(
        json.dumps({"id": i, "title": f"Record {n}", "body": f"Text of record number {n}."}) + "\n"
        for n, i in enumerate(ids)
    )


@pytest.mark.parametrize("procs", [1, 2])
def test_a_duplicate_record_is_named_by_its_line_and_counted_as_a_record(
    tmp_path: Path, procs: int
) -> None:
    """nu27 #3: "dates.jsonl (d1): duplicate id 'd1' ...: delete the file if it is the same
    article", "1 file skipped": deleting the file loses its other records."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ids = ["d1", "d2", "d3", "d4", "d1", "d5", "d3"]
    (corpus / "feed.jsonl").write_text(_records(ids))
    report = rebuild(corpus, tmp_path / "index", procs=procs)
    again = [n + 1 for n, i in enumerate(ids) if i in ids[:n]]
    assert report.indexed == len(set(ids))
    assert [s.path for s in report.skipped] == [f"feed.jsonl:{n}" for n in again]
    for skip, n in zip(report.skipped, again, strict=True):
        assert f"remove line {n} " in skip.reason
        assert "delete the file" not in skip.reason
    assert skipped_words(report.skipped) == f"{len(again)} records"


def test_a_duplicate_record_added_by_an_update_is_named_by_its_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text(_records(["x", "y"]))
    rebuild(corpus, tmp_path / "index")
    (corpus / "b.jsonl").write_text(_records(["z", "y"]))
    report = update(corpus, tmp_path / "index")
    assert [s.path for s in report.skipped] == ["b.jsonl:2"]
    assert "(first in a.jsonl)" in report.skipped[0].reason


def test_a_duplicate_whole_file_still_names_the_file(tmp_path: Path) -> None:
    """A .json file is one record: deleting it is the advice that fits."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.json", "b.json"):
        (corpus / name).write_text(json.dumps({"id": "same", "body": "Body text here."}))
    report = rebuild(corpus, tmp_path / "index")
    assert [s.path for s in report.skipped] == ["b.json (same)"]
    assert skipped_words(report.skipped) == "1 file"


# the years a date line reads: 1900-2099
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
@pytest.mark.parametrize("form", ["%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%A, %B %d, %Y"])
def test_a_json_date_in_words_is_read(form: str, day: date) -> None:
    """nu27 #4: "date": "March 3, 2017" was "not a date"; a text header reads it."""
    assert parse_date_value(day.strftime(form)) == datetime(day.year, day.month, day.day)


@pytest.mark.parametrize(
    "value", ["soon", "March 2017", "2017", "March 3", "last week", "March 3, 2017 or so", "n/a"]
)
def test_a_json_date_that_is_not_a_full_date_is_still_refused(value: str) -> None:
    assert parse_date_value(value) is None


def test_a_jsonl_record_with_a_date_in_words_is_dated(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(
        json.dumps({"id": "j1", "date": "March 3, 2017", "body": "Text about the dam."})
    )
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "j2", "date": "3 March 2017", "body": "Text about the dam."}) + "\n"
    )
    found = [a for a in iter_articles(tmp_path) if isinstance(a, Article)]
    assert sorted((a.id, a.date) for a in found) == [
        ("j1", datetime(2017, 3, 3)),
        ("j2", datetime(2017, 3, 3)),
    ]
    notes = [s for s in iter_articles(tmp_path) if not isinstance(s, Article)]
    assert notes == []
