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


def test_a_dropped_label_is_not_scored_but_its_spans_stay_labelled(tmp_path: Path) -> None:
    """A label judged wrong keeps its line with a ``dropped`` reason (qg39: m22, p14, w01):
    ``score`` skips it, the scans still leave its spans out."""
    corpus = tmp_path / "tiny.jsonl"
    records = [
        {"id": f"a{n}", "title": "t", "source": f"outlet {n}", "date": "2017-03-01", "body": BODY}
        for n in range(2)
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    start, end = BODY.index("We"), BODY.index(',"')
    words = quote_reprints.words_hash(BODY[start:end])
    members = [{"article": f"a{n}", "raw": [start, end], "words": words} for n in range(2)]
    labels = tmp_path / "labels.jsonl"
    rows = [
        {"corpus": corpus.name, "name": "g01", "members": members},
        {"corpus": corpus.name, "name": "g02", "members": members, "dropped": "qg39: why"},
    ]
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    groups, clean = quote_reprints.load_group_labels(labels, corpora=tmp_path)
    assert [g.name for g in groups] == ["g01"] and len(groups[0].members) == 2
    assert set(clean) == {"a0", "a1"}
    assert quote_reprints.labelled_spans(labels)["a0"] == [(start, end), (start, end)]
