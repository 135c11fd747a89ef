"""Both engines read a word's forms in its first articles by id holding its terms in a row
(sx53, `index.search.first_by_id`): where the index's order is not the ids', or more than
`WHOLE_DOCS` articles hold a word's parts apart before one writes it whole, they offered
differently. The oracle is the Whoosh engine's offer (checked against the corpus in
`tests.search.test_suggest_first_by_id`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.search.held_forms import FORM_DOCS, WHOLE_DOCS
from tests.opensearch.test_suggest_written import _both


def _offers(tmp_path: Path, rows: list[dict[str, str]], typos: list[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    with _both(tmp_path, corpus) as (whoosh, opensearch):
        for typo in typos:
            expected = whoosh.search(typo, limit=1).suggestions
            assert opensearch.search(typo, limit=1).suggestions == expected, typo


@pytest.mark.opensearch
def test_the_engines_read_the_same_first_articles(tmp_path: Path) -> None:
    """The corpus's order is not its ids': Whoosh read "Schauble" in its first articles,
    OpenSearch "Schäuble" in the first by id."""
    rows = [{"id": f"b{n}", "title": "Berlin", "body": "Schauble spoke."} for n in range(FORM_DOCS)]
    rows += [
        {"id": f"a{n}", "title": "Berlin", "body": "Schäuble spoke."} for n in range(FORM_DOCS)
    ]
    _offers(tmp_path, rows, ["schaubel"])


@pytest.mark.opensearch
def test_a_form_past_the_first_articles_of_its_parts(tmp_path: Path) -> None:
    """More than `WHOLE_DOCS` articles hold "won" and "t" before one writing "won't"."""
    rows = [
        {"id": f"a{n:04d}", "title": "Vote", "body": "He won the vote. Don't stop."}
        for n in range(WHOLE_DOCS + 4)
    ]
    rows.append({"id": "b0001", "title": "Talks", "body": "They won't stop. We can't."})
    _offers(tmp_path, rows, ["wonn't", "canm't"])
