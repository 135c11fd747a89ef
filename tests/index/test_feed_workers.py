"""Reading and cleaning in the workers (`index.store.feed`) builds what one process builds.

The oracle is the same corpus built in one process (`index.store.collect.Collector`
reads every file there): the manifest's files and skipped records, the listing, and every
stored article must be the same when the workers read, clean and index, whatever the
mix of formats, bad records, blank lines, unreadable files and repeated ids.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.errors import BuildFailed, CorpusEmpty
from index.store import build as build_module
from index.store import collect as collect_module
from index.store import pool as pool_module
from index.store.build import rebuild
from index.store.derive import read_back
from index.store.generations import LISTING, current_generation, load_manifest, read_json

IDS = ["a", "b", "c", "d"]
WORDS = ["Oil", "prices", "rose", "on", "Tuesday", "said", "the", "minister", "in", "Paris"]

texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=30).map(" ".join)
records = st.fixed_dictionaries(
    {"body": texts},
    optional={
        "id": st.sampled_from(IDS),
        # a record without an id is keyed by its url, one url on two records by url and
        # content digest: in the main process when the workers read (jr32, fx36a)
        "url": st.sampled_from(["https://x.test/1", "https://x.test/2"]),
        "title": texts,
        "date": st.sampled_from(["2020-03-04", "not a date"]),  # a note on a bad field (nu31 #7)
    },
)
lines = st.one_of(
    records.map(json.dumps),
    st.sampled_from(["", "   ", "{oops", "[1, 2]", '{"title": "no body"}', '{"id": 3.5}']),
)
files = st.one_of(
    st.tuples(st.just("jsonl"), st.lists(lines, max_size=12).map("\n".join)),
    st.tuples(st.just("json"), records.map(json.dumps)),
    st.tuples(st.just("txt"), texts),
    st.tuples(st.just("txt"), st.just("\x00\x01\x02binary")),
    st.tuples(st.just("md"), texts.map(lambda t: f"# Heading\n\n{t}")),
)
corpora = st.lists(st.tuples(files, st.booleans()), min_size=1, max_size=7)


def _write(folder: Path, corpus: list[tuple[tuple[str, str], bool]]) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for n, ((suffix, text), broken_sidecar) in enumerate(corpus):
        (folder / f"f{n}.{suffix}").write_text(text, encoding="utf-8")
        if broken_sidecar:
            (folder / f"f{n}.meta.toml").write_text("date = [unclosed", encoding="utf-8")
    return folder


def _built(corpus: Path, index_dir: Path, procs: int) -> dict[str, Any]:
    """What a rebuild made (or the error it raised), with nothing that differs by run."""
    shutil.rmtree(index_dir, ignore_errors=True)
    try:
        report = rebuild(corpus, index_dir, procs=procs)
    except CorpusEmpty as error:
        return {"error": str(error)}
    live = current_generation(index_dir)
    assert live is not None
    manifest = load_manifest(live)
    return {
        "report": (report.indexed, report.total, report.skipped),
        "files": manifest["files"],
        "skipped": manifest["skipped"],
        "listing": read_json(live / LISTING),
        "articles": list(read_back(live)),
    }


@pytest.fixture(autouse=True)
def _workers_for_any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_module, "MULTIPROCESS_MIN_DOCS", 0)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(corpus=corpora)
def test_workers_read_what_one_process_reads(
    tmp_path: Path, corpus: list[tuple[tuple[str, str], bool]]
) -> None:
    folder = _write(tmp_path / "corpus", corpus)
    one = _built(folder, tmp_path / "one", procs=1)
    two = _built(folder, tmp_path / "two", procs=2)
    assert two == one


def test_repeated_ids_keep_the_first_in_corpus_order_across_batches(tmp_path: Path) -> None:
    """Many batches, cleaned by two workers in either order: the first of each id wins."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    rows = [
        {"id": f"n{n % 150}", "body": f"Story {n} said the minister in Paris."} for n in range(900)
    ]
    (folder / "wires.jsonl").write_text("\n".join(map(json.dumps, rows)), encoding="utf-8")
    for n in range(40):
        record = {"id": f"n{n * 7}", "body": f"A file {n}."}
        (folder / f"z{n:02d}.json").write_text(json.dumps(record), encoding="utf-8")
    one = _built(folder, tmp_path / "one", procs=1)
    two = _built(folder, tmp_path / "two", procs=2)
    assert two == one
    bodies = {article.id: article.body for article in two["articles"]}
    new_in_files = [n for n in range(40) if n * 7 >= 150]  # the other files repeat an id
    assert len(bodies) == 150 + len(new_in_files)
    assert bodies["n7"] == "Story 7 said the minister in Paris."
    assert bodies["n161"] == "A file 23."
    assert len(two["skipped"]) == (900 - 150) + (40 - len(new_in_files))


def test_the_main_process_reads_no_file_when_workers_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _write(tmp_path / "corpus", [(("txt", "Oil rose."), False), (("json", "{}"), True)])
    one = _built(folder, tmp_path / "one", procs=1)

    def not_here(*args: object) -> None:
        raise AssertionError("the main process read a file")

    monkeypatch.setattr(collect_module, "read_source", not_here)
    two = _built(folder, tmp_path / "two", procs=2)
    assert two == one
    assert [article.body for article in two["articles"]] == ["Oil rose."]
    assert len(two["skipped"]) == 1  # f1.json has no body; its sidecar goes unread


def test_a_worker_that_indexes_fewer_than_it_was_told_fails_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _write(tmp_path / "corpus", [(("txt", f"Oil rose {n}."), False) for n in range(5)])
    real = pool_module.WorkerPool.index_cleaned

    def lossy(self: pool_module.WorkerPool, batch: int, keep: list[bool]) -> None:
        real(self, batch, keep)
        if any(keep):  # the worker is told one article fewer than it is counted for
            self.workers[0].sent += 1

    monkeypatch.setattr(pool_module.WorkerPool, "index_cleaned", lossy)
    with pytest.raises(BuildFailed, match=r"wrote .* of the .* articles it was sent"):
        rebuild(folder, tmp_path / "index", procs=2)
    assert current_generation(tmp_path / "index") is None
