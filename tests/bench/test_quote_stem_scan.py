"""The stem scan offers renderings of one statement the word-run scans never offered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import quote_stem_scan
from bench.quote_stem_scan import content_stems, stem_sets, write_rows

FIRST = "There are no Russian special operations units in the border town of Sidi Barrani"
SECOND = "Russia has no special forces units stationed in Sidi Barrani on the border"
COPY = "There are no Russian special operations units in the border town, he said again"


def _corpus(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> None:
    lines = [
        json.dumps({"id": i, "source": source, "date": day, "body": f'He said: "{text}," today.'})
        for i, source, day, text in rows
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(quote_stem_scan, "CORPORA", tmp_path)
    labels = tmp_path / "labels.jsonl"
    labels.write_text("", encoding="utf-8")
    monkeypatch.setattr(quote_stem_scan, "GROUP_LABELS", labels)
    return tmp_path


def test_content_stems_leave_out_stop_words() -> None:
    assert content_stems("They said the units were stationed there") == {"unit", "station"}


def test_two_outlets_rewording_one_statement_form_a_set(corpus: Path) -> None:
    _corpus(
        corpus,
        [("a", "TASS", "2017-03-14", FIRST), ("b", "DW", "2017-03-15", SECOND)],
    )
    sets = stem_sets("c.jsonl", seed=1)
    assert [sorted(span[0] for span in spans) for spans in sets] == [["a", "b"]]


@pytest.mark.parametrize(
    ("second", "why"),
    [
        (("b", "TASS", "2017-03-15", SECOND), "one outlet"),
        (("b", "DW", "2017-03-25", SECOND), "ten days apart"),
        (("b", "DW", "2017-03-15", COPY), "a 6-word run: the run scans offered it"),
    ],
)
def test_pairs_the_scan_leaves_out(
    corpus: Path, second: tuple[str, str, str, str], why: str
) -> None:
    _corpus(corpus, [("a", "TASS", "2017-03-14", FIRST), second])
    assert stem_sets("c.jsonl", seed=1) == [], why


def test_labelled_spans_are_left_out(corpus: Path) -> None:
    _corpus(
        corpus,
        [("a", "TASS", "2017-03-14", FIRST), ("b", "DW", "2017-03-15", SECOND)],
    )
    start = len('He said: "')
    row = {"members": [{"article": "a", "raw": [start, start + len(FIRST)], "words": "x"}]}
    (corpus / "labels.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert stem_sets("c.jsonl", seed=1) == []


def test_write_rows_names_spans_and_refuses_one_outlet(corpus: Path) -> None:
    _corpus(
        corpus,
        [
            ("a", "TASS", "2017-03-14", FIRST),
            ("b", "DW", "2017-03-15", SECOND),
            ("c", "TASS", "2017-03-15", SECOND),
        ],
    )
    start = len('He said: "')
    a, b, c = (
        f"{i}:{start}:{start + len(t)}" for i, t in (("a", FIRST), ("b", SECOND), ("c", SECOND))
    )
    rows = write_rows("c.jsonl", f"x01 {a} {b}\n", "x", first=3)
    assert [r["name"] for r in rows] == ["x03"]
    assert [m["article"] for m in rows[0]["members"]] == ["a", "b"]
    with pytest.raises(ValueError, match="two outlets"):
        write_rows("c.jsonl", f"x01 {a} {c}\n", "x")
    with pytest.raises(ValueError, match="under 5 words"):
        write_rows("c.jsonl", f"x01 a:{start}:{start + 9} {b}\n", "x")
