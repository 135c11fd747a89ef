"""The labelled-set machinery of bench.compare_eval on constructed data (no corpora needed)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from bench.compare_eval import Story, check_passages, oracle_absent, speed_documents
from bench.compare_labels import PairLabel, load_pair_labels, locate, pair_verdict
from bench.quotes_eval import words_hash
from index.analysis.multicompare import Document, compare_many
from index.models import Article

A = (
    "Negotiators agreed on Tuesday to extend the ceasefire in the province for thirty days.\n\n"
    "Mediator Anna Lindqvist said the truce was fragile but both sides wanted to keep talking."
)
B = (
    "The ceasefire in the province will be extended for thirty days, negotiators agreed on "
    "Tuesday.\n\nRain fell all week on the capital."
)


def test_oracle_absent() -> None:
    assert oracle_absent("Adam Schiff", ["He met Schiff on Monday."]) is False
    assert oracle_absent("Adam Schiff", ["He met adam schiff."]) is False
    assert oracle_absent("Adam Schiff", ["He met Adam Smith."]) is True
    assert oracle_absent("U.S.", ["The US said so."]) is False


def test_check_passages_flags_a_false_passage() -> None:
    c = compare_many([Document("a", "", None, None, A), Document("b", "", None, None, A)])
    assert check_passages(c)[:2] == (1, 1)
    forged = dataclasses.replace(c.passages[0], text="words that are nowhere at all here")
    broken = dataclasses.replace(c, passages=(forged,))
    true, total, failures = check_passages(broken)
    assert (true, total) == (0, 1) and len(failures) == 1


def test_speed_documents_are_cut_to_length() -> None:
    art = Article("x", "/x", "T", False, None, None, None, None, A)
    docs = speed_documents(Story("c", "s", (art,)), count=3)
    assert len(docs) == 3 and all(len(d.body.split()) == 1500 for d in docs)


def test_pair_labels_are_located_and_judged(tmp_path: Path) -> None:
    corpus = tmp_path / "newsarticles.jsonl"
    rows = [{"id": "na-1", "body": A}, {"id": "na-2", "body": B}]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first_a, first_b = A.split("\n\n")[0], B.split("\n\n")[0]
    rain = B.split("\n\n")[1]
    labels = tmp_path / "labels.jsonl"
    made = [
        ("held", first_a, first_b, True),
        ("held", first_a, rain, False),
        ("dev", first_a, "nothing like it", False),  # hash mismatch: cannot be located
    ]
    lines = []
    for split, a, b, same in made:
        b_start = max(B.find(b), 0)
        lines.append(
            {
                "corpus": "newsarticles.jsonl",
                "story": "s",
                "split": split,
                "a": "na-1",
                "a_raw": [A.find(a), A.find(a) + len(a)],
                "a_words": words_hash(a),
                "b": "na-2",
                "b_raw": [b_start, b_start + len(b)],
                "b_words": words_hash(b),
                "same": same,
            }
        )
    labels.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    loaded = load_pair_labels(labels)
    assert [lb.same for lb in loaded] == [True, False, False]
    c = compare_many([Document("na-1", "", None, None, A), Document("na-2", "", None, None, B)])
    assert locate(c, "na-1", loaded[0].a_raw, loaded[0].a_words, tmp_path) == (0, 0)
    verdicts = [pair_verdict(lb, c, tmp_path) for lb in loaded]
    assert verdicts == [True, False, None]
    missing = PairLabel("s", "held", "na-9", (0, 1), "00000000", "na-2", (0, 1), "0", True)
    assert pair_verdict(missing, c, tmp_path) is None
