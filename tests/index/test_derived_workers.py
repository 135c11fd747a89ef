"""Extracting kinds (`index.derived.Extracting`) run in the indexing workers, the same as here.

The oracle for what the workers extract is the same build in one process: the derived
files of quotes and stories must be byte for byte the same either way.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from pathlib import Path

import pytest

from index.derived import fed
from index.errors import BuildFailed
from index.library import DERIVED
from index.models import Article, ProgressCallback
from index.store import build as build_module
from index.store.build import rebuild
from index.store.derive import read_back
from index.store.generations import current_generation, load_manifest, verify
from index.store.update import update
from tests.faults.helpers import leftovers
from tests.quote_rows import ROWS, write_rows

SEEN: list[tuple[str, str, int]] = []
"""What `Pids.build` and `Pids.update` were given: (call, article id, extracting pid)."""


class Pids:
    """An extracting kind that records which process extracted each article."""

    name = "pids"

    def extract(self, article: Article) -> tuple[str, int]:
        return article.id, os.getpid()

    def build(
        self,
        articles: Iterable[tuple[str, int]],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        SEEN.extend(("build", aid, pid) for aid, pid in articles)
        (folder / "pids.txt").write_text("built", encoding="utf-8")

    def update(
        self,
        previous: Path,
        added: Iterable[tuple[str, int]],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        SEEN.extend(("update", aid, pid) for aid, pid in added)
        (folder / "pids.txt").write_text("updated", encoding="utf-8")


class Broken(Pids):
    """Its extraction fails on one article."""

    name = "broken"

    def extract(self, article: Article) -> tuple[str, int]:
        if article.id == "a3-7":
            raise ValueError("cannot read this one")
        return super().extract(article)


def _rows(copies: int) -> list[dict[str, str]]:
    """The quote rows ``copies`` times over (ids a1-0, a1-1, ...), so both workers get some."""
    return [{**row, "id": f"{row['id']}-{n}"} for n in range(copies) for row in ROWS]


def _derived_files(index_dir: Path) -> dict[str, bytes]:
    live = current_generation(index_dir)
    assert live is not None
    verify(live, load_manifest(live))
    return {
        p.relative_to(live).as_posix(): p.read_bytes()
        for name in ("quotes", "stories")
        for p in sorted((live / name).rglob("*"))
        if p.is_file()
    }


@pytest.fixture(autouse=True)
def _workers_for_any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_module, "MULTIPROCESS_MIN_DOCS", 0)
    SEEN.clear()


def test_quotes_and_stories_from_the_workers_are_what_one_process_computes(
    tmp_path: Path,
) -> None:
    corpus = write_rows(tmp_path / "corpus", _rows(40))
    rebuild(corpus, tmp_path / "one", procs=1, derived=DERIVED)
    rebuild(corpus, tmp_path / "two", procs=2, derived=DERIVED)
    one, two = _derived_files(tmp_path / "one"), _derived_files(tmp_path / "two")
    assert any(name.startswith("quotes/") for name in one)
    assert one == two
    # an update of many files (workers again) against the same update in one process
    write_rows(corpus, [{**row, "body": row["body"] + " It rained."} for row in _rows(30)])
    update(corpus, tmp_path / "one", procs=1, derived=DERIVED)
    update(corpus, tmp_path / "two", procs=2, derived=DERIVED)
    assert _derived_files(tmp_path / "one") == _derived_files(tmp_path / "two")


def test_extraction_runs_in_the_workers_and_arrives_in_order_of_id(tmp_path: Path) -> None:
    rows = _rows(40)
    corpus = write_rows(tmp_path / "corpus", rows)
    rebuild(corpus, tmp_path / "index", procs=2, derived=[Pids()])
    ids = sorted(row["id"] for row in rows)
    assert [aid for _, aid, _ in SEEN] == ids
    assert os.getpid() not in {pid for _, _, pid in SEEN}
    assert len({pid for _, _, pid in SEEN}) == 2  # both workers had a share
    SEEN.clear()
    rebuild(corpus, tmp_path / "here", procs=1, derived=[Pids()])
    assert [aid for _, aid, _ in SEEN] == ids and {pid for _, _, pid in SEEN} == {os.getpid()}


def test_a_kind_no_worker_can_make_extracts_here(tmp_path: Path) -> None:
    class Local(Pids):  # defined in a function: a worker cannot import it by name
        name = "local"

    corpus = write_rows(tmp_path / "corpus", _rows(5))
    rebuild(corpus, tmp_path / "index", procs=2, derived=[Local(), Pids()])
    assert {pid for _, _, pid in SEEN} == {os.getpid()}
    assert len(SEEN) == 2 * len(_rows(5))  # each kind got every article


def test_an_update_extracts_only_the_changed_articles(tmp_path: Path) -> None:
    corpus = write_rows(tmp_path / "corpus", _rows(5))
    rebuild(corpus, tmp_path / "index", procs=1, derived=[Pids()])
    SEEN.clear()
    changed = _rows(5)[:2]
    write_rows(corpus, [{**row, "body": row["body"] + " Later."} for row in changed])
    # in this process: with procs > 1 the kind updates in a forked child, whose calls this
    # list does not see (tests/index/test_update_aside.py checks what it writes)
    update(corpus, tmp_path / "index", procs=1, derived=[Pids()])
    assert [(call, aid) for call, aid, _ in SEEN] == sorted(
        ("update", row["id"]) for row in changed
    )


def test_a_failed_extraction_in_a_worker_keeps_the_previous_index(tmp_path: Path) -> None:
    corpus = write_rows(tmp_path / "corpus", _rows(10))
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir, procs=2, derived=[Pids()])
    before = current_generation(index_dir)
    with pytest.raises(BuildFailed, match="ValueError: cannot read this one"):
        rebuild(corpus, index_dir, procs=2, derived=[Broken()])
    assert current_generation(index_dir) == before and leftovers(index_dir) == []


def test_an_extracting_kind_given_articles_extracts_them_itself(tmp_path: Path) -> None:
    """Where no worker extracted (the OpenSearch engine's builds), `fed` extracts each
    article: the files are those a build with workers wrote."""
    corpus = write_rows(tmp_path / "corpus", _rows(20))
    rebuild(corpus, tmp_path / "ix", procs=2, derived=DERIVED)
    built = current_generation(tmp_path / "ix")
    assert built is not None
    for kind in DERIVED:
        here = tmp_path / "again" / kind.name
        here.mkdir(parents=True)
        kind.build(fed(kind, read_back(built)), here, None)
        assert _files(here) == _files(built / kind.name)


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, by its path there."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }
