"""up21s: an update's kinds are updated in one forked child, which extracts every kind's
values from the articles streamed to it in whichever kind's thread reads them first; a
kind whose extract failed was blamed on that thread's kind ("building the ids failed")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.errors import BuildFailed
from index.models import Article
from index.store.build import rebuild
from index.store.generations import current_generation
from index.store.update import update
from tests.faults.helpers import leftovers
from tests.index.test_derive_aside import Ids, Last
from tests.quote_rows import ROWS, write_rows

PARENT = os.getpid()


class BadExtract(Ids):
    """Extracts here, fails to in a forked child (an update's)."""

    name = "badextract"

    def extract(self, article: Article) -> str:
        if os.getpid() != PARENT:
            raise ValueError("cannot read this article")
        return article.id


def _corpus(folder: Path, copies: int) -> Path:
    rows = [{**row, "id": f"{row['id']}-{n}"} for n in range(copies) for row in ROWS]
    return write_rows(folder, rows)


@pytest.mark.parametrize("at", [0, 1, 2])
def test_the_kind_whose_extract_failed_is_named(tmp_path: Path, at: int) -> None:
    kinds = [Ids(), Last()]
    kinds.insert(at, BadExtract())
    corpus, index_dir = _corpus(tmp_path / "corpus", 2), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=kinds)
    _corpus(tmp_path / "corpus", 3)
    before = current_generation(index_dir)
    with pytest.raises(BuildFailed, match="building the badextract failed: ValueError: cannot"):
        update(corpus, index_dir, procs=2, derived=kinds)  # the three in one child
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
