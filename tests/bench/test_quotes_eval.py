"""The labelled-set machinery of bench.quotes_eval on constructed data (no corpora needed)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.quotes_eval import load_labels, map_span, same_person, score, words_hash


def test_same_person() -> None:
    assert same_person("Warren", "Elizabeth Warren")
    assert same_person("Elizabeth Warren", "Sen. Elizabeth Warren")
    assert same_person("Gulf States", "Gulf States Utilities Co")
    assert same_person("Schmied", "Elvira Schmieg")  # a lost letter in a long name
    assert not same_person("Bush", "Elvira Rush")  # short names must match exactly
    assert not same_person("Schmied", "Elvira Wagner")
    assert not same_person("Mr", "Mr Smith")


def test_map_span_survives_cleaning_changes() -> None:
    raw = 'Intro.\n\n"We will  win,"  he said.   Footer'
    clean = 'Intro. "We will win," he said.'
    start = raw.index("We")
    span = map_span(raw, start, start + len("We will  win"), clean)
    assert span is not None and clean[span[0] : span[1]] == "We will win"
    assert map_span(raw, start, start + 5, "nothing alike") is None


def test_labels_are_read_checked_and_scored(tmp_path: Path) -> None:
    body = 'Ban spoke. "We will act now, all of us," Ban said. "A stray quote here."'
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x1", "body": body}) + "\n", encoding="utf-8")
    s = body.index("We will")
    e = body.index(',"')
    labels = tmp_path / "labels.jsonl"
    row = {
        "corpus": "c.jsonl",
        "article": "x1",
        "split": "held",
        "quotes": [
            {"raw": [s, e], "words": words_hash(body[s:e]), "speaker": "Ban"},
            {"raw": [0, 3], "words": "00000000", "speaker": None},  # hash mismatch
        ],
    }
    labels.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (article,) = load_labels(labels, corpora=tmp_path)
    assert article.unmapped == 1 and len(article.labels) == 1
    scores = score([article])
    assert (scores.found, scores.labels, scores.extracted) == (1, 1, 2)
    assert scores.speaker_right == 1 and scores.exact_share == 1.0
    assert scores.precision == 0.5


def test_quote_label_decisions_round_trip(tmp_path: Path) -> None:
    from bench.quote_label import candidates, split_of, write

    body = (
        'Ban spoke. "We will act now, all of us," Ban said. A “curly quote runs on\n'
        'to the next line” and “a short one” here, and a lost mark"?in the middle of it."'
    )
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "x1", "title": "T", "body": body}) + "\n", "utf-8"
    )
    cands = [body[s:e] for s, e in candidates(body)]
    assert cands[:3] == ["We will act now, all of us,", "curly quote runs on", "a short one"]
    decisions = '@ c.jsonl x1\n1 = Ban\n2 = -\n~a lost mark"?in the middle of it. = Ban\n'
    (row,) = write(decisions, corpora=tmp_path)
    assert row["split"] == split_of("x1") in ("dev2", "held2")
    assert write(decisions, corpora=tmp_path, split="held11")[0]["split"] == "held11"
    assert [body[s:e] for s, e in (q["raw"] for q in row["quotes"])] == [
        "We will act now, all of us,",
        "curly quote runs on",
        'a lost mark"?in the middle of it.',
    ]
    (tmp_path / "labels.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (article,) = load_labels(tmp_path / "labels.jsonl", corpora=tmp_path)
    assert article.unmapped == 0 and [lb.speaker for lb in article.labels] == ["Ban", None, "Ban"]
