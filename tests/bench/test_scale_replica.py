"""The scaled corpora hold distinct articles: no replica is an exact copy of another."""

from __future__ import annotations

import json
from pathlib import Path

from bench.scale import lay_out, replica


def test_replicas_are_not_exact_copies(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "title": "Oil rises", "source": "Reuters", "date": "1988-02-29", "body": "x"},
        {"id": "b", "title": "Wheat", "source": "Reuters", "date": "1987-03-02T10:00", "body": "y"},
    ]
    lay_out([json.dumps(r) for r in rows], 7, tmp_path / "c.jsonl", tmp_path / "f")
    laid = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text().splitlines()]
    assert len({row["id"] for row in laid}) == 7
    # what `index.copies.key` digests: outlet, title and body
    assert len({(row["source"], row["title"], row["body"]) for row in laid}) == 7
    assert [row["date"][:10] for row in laid[::2]] == [
        "1988-02-29",
        "1989-02-28",
        "1990-02-28",
        "1991-02-28",
    ]
    assert replica(rows[1], 0) == {**rows[1], "id": "b-r0"}
    assert replica(rows[1], 2)["title"] == "Wheat (3)"
