"""The count with copies folded on OpenSearch (`Engine.matching` through an ids filter): the
hits search gives once its copies are folded, as on Whoosh."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from index.library import Library
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from tests.conftest import write_corpus
from tests.index.test_copies_count import _day, _text, check_counts

FILES = {
    "a.md": _text("Herald", 12, "dam", ["spillway", "oil"]),
    "b.md": _text("Herald", 14, "dam", ["spillway", "oil"]),  # a.md saved again, two days on
    "c.md": _text("Herald", 12, "dam", ["spillway", "oil"]),  # and once more
    "d.md": _text("Ledger", 12, "dam", ["spillway", "oil"]),  # another outlet: no copy
    "e.md": _text("Ledger", 13, "frost", ["growers", "wheat"]),
    "f.md": _text("Ledger", 11, "frost", ["growers", "wheat"]),  # e.md's original (least id)
    "g.md": _text("Herald", 10, "oil", ["wheat"]),
}
QUERIES = [
    (text, limits)
    for text in ("spillway", "dam OR frost", '"growers wheat"', "oil", "NOT frost", "")
    for limits in ((None, None, None), ("Herald", None, None), (None, 13, None), (None, 11, 12))
]


@pytest.mark.opensearch
def test_the_folded_count_is_the_folded_hits_as_on_whoosh(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", FILES)
    engine = OpenSearchEngine(
        tmp_path / "os", configured_url(), name=f"bs-test-{uuid.uuid4().hex[:12]}"
    )
    try:
        with Library.open(corpus, tmp_path / "os", engine=engine) as opensearch:
            assert opensearch.copies() == {"b.md": "a.md", "c.md": "a.md", "f.md": "e.md"}
            check_counts(opensearch, QUERIES)
            with Library.open(corpus, tmp_path / "whoosh") as whoosh:
                # not "": Whoosh lists it by the dates' text, where an article at midnight
                # is before since's midnight in UTC (its count of "" and of "oil OR NOT oil"
                # differ there): left alone
                for text, (source, since, until) in QUERIES[:-4]:
                    limits = {
                        "source": source,
                        "since": _day(since, False),
                        "until": _day(until, True),
                    }
                    found = opensearch.engine.matching(text, FILES, **limits)
                    assert found == whoosh.engine.matching(text, FILES, **limits), (text, limits)
                    assert opensearch.count(text, **limits) == whoosh.count(text, **limits)
            assert opensearch.engine.matching("spillway", ["a.md", "no-such", "e.md"]) == {"a.md"}
    finally:
        engine.index.drop()
