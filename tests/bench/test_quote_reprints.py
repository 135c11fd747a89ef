"""The reprint score prints the fresh sets only when asked (nobody scores one by accident)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import quote_reprints
from bench.quote_reprints import GroupLabel, score_lines
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes

BODY = '"We will build the bridge before the winter comes," she said.'


def _index() -> QuoteIndex:
    index = QuoteIndex()
    for n in range(2):
        index.add_article(f"a{n}", f"outlet {n}", "2017-03-01", extract_quotes(BODY))
    return index


def test_fresh_sets_are_scored_only_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quote_reprints, "SETS", {"g": "tuned", "z": "fresh"})
    monkeypatch.setattr(quote_reprints, "FRESH", "z")
    start, end = BODY.index("We"), BODY.index(',"')
    both = tuple((f"a{n}", start, end) for n in range(2))
    groups = [GroupLabel("g01", both), GroupLabel("z01", both), GroupLabel("z02", both[:1])]
    plain = score_lines(groups, _index())
    assert not any("fresh" in line or "all" in line or "/3" in line for line in plain)
    assert [line.split(":")[0].strip() for line in plain] == ["tuned", "tuning sets together"]
    asked = score_lines(groups, _index(), fresh=True)
    assert [line.split(":")[0].strip() for line in asked] == [
        "tuned",
        "fresh",
        "tuning sets together",
        "all",
    ]
    assert "3/3 one group" in asked[-1] and "2/2 one group" in asked[1]


def test_sets_kept_apart_are_in_their_own_file_only() -> None:
    """A set kept apart (`APART`) is read by neither ``score`` nor the floor test by default."""
    main = {
        json.loads(line)["name"][0]
        for line in quote_reprints.GROUP_LABELS.read_text(encoding="utf-8").splitlines()
        if line
    }
    for letter, path in quote_reprints.APART.items():
        assert letter in quote_reprints.SETS and letter not in main
        names = [json.loads(line)["name"] for line in path.read_text(encoding="utf-8").splitlines()]
        assert names and all(name[0] == letter for name in names)


def test_labelled_spans_join_every_file_and_skip_missing_ones(tmp_path: Path) -> None:
    rows = {"one": [("a1", 0, 10)], "two": [("a1", 20, 30), ("b2", 5, 9)]}
    paths = []
    for name, members in rows.items():
        path = tmp_path / f"{name}.jsonl"
        row = {"members": [{"article": a, "raw": [s, e]} for a, s, e in members]}
        path.write_text(json.dumps(row) + "\n", encoding="utf-8")
        paths.append(path)
    done = quote_reprints.labelled_spans(*paths, tmp_path / "missing.jsonl")
    assert dict(done) == {"a1": [(0, 10), (20, 30)], "b2": [(5, 9)]}
