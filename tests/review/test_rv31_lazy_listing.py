"""rv31: sj31's lazy listing (c01dc3d) and a generation pruned while a reader holds it.

Before c01dc3d a reader read its generation's listing when it opened it, so a library open
across two updates (which prune its generation: `generations.prune` keeps the live one and
the one before) still answered `titles()` and `sources()` from memory. Now the listing is
read when first asked for; if only stored-field searches ran before the prune, the read
finds the generation gone and raises IndexDamaged ("index file listing.json is missing",
whose advice is to rebuild a sound index). Searches recover (`Searcher.search` refreshes
and retries on any error); these calls do not. Oracle: a library opened after the updates.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.library import Library
from index.store import reader as reader_module
from index.store.build import rebuild
from index.store.update import update


def _write(corpus: Path, version: int) -> None:
    rows = [
        {"id": f"n{k}", "body": f"oil said {k} v{version}", "source": "Herald"} for k in range(5)
    ]
    (corpus / "w.jsonl").write_text("\n".join(map(json.dumps, rows)), encoding="utf-8")


@pytest.mark.parametrize("call", ["titles", "sources"])
def test_a_library_open_across_two_updates_still_answers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, call: str
) -> None:
    # a page of few hits beside the index (as 20 of 100,000): hits from stored fields
    monkeypatch.setattr(reader_module, "STORED_SHARE", 0)
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    _write(corpus, 0)
    rebuild(corpus, index_dir)
    with Library.open(corpus, index_dir) as held:
        assert held.search("oil", limit=3, count=False).hits  # stored rows: no listing read
        for version in (1, 2):
            _write(corpus, version)
            update(corpus, index_dir)
        with Library.open(corpus, index_dir) as fresh:
            if call == "titles":
                ids = [f"n{k}" for k in range(5)]
                assert set(held.titles(ids)) == set(fresh.titles(ids)) == set(ids)
            else:
                assert held.sources() == fresh.sources()
