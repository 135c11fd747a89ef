"""`index update`'s file counts when JSON Lines files share ids (sm33): a file whose bytes
did not change but that gave an id up to an earlier file (`Collector.late`) was counted
"unchanged" while its article went; it is a changed file. The oracle: two rebuilds, before
and after the edit, and each file's bytes and the ids their manifests say it holds."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.store.build import rebuild
from index.store.generations import current_generation, load_manifest
from index.store.update import update
from tests.index.test_jsonl_shared_ids import _write

NAMES = ("a.jsonl", "b.jsonl", "c.jsonl")
urls = st.lists(st.integers(0, 2), min_size=1, max_size=3)


def _held(index_dir: Path) -> dict[str, set[str]]:
    """Each file's ids, as the index's manifest lists them."""
    generation = current_generation(index_dir)
    assert generation is not None
    return {rel: set(entry["ids"]) for rel, entry in load_manifest(generation)["files"].items()}


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.tuples(urls, urls, urls), st.sampled_from(NAMES), urls)
def test_a_file_that_gave_an_id_up_is_changed_not_unchanged(
    tmp_path: Path, files: tuple[list[int], ...], edited: str, now: list[int]
) -> None:
    shutil.rmtree(tmp_path / "run", ignore_errors=True)
    corpus, live, fresh = (tmp_path / "run" / name for name in ("corpus", "live", "fresh"))
    corpus.mkdir(parents=True)
    for name, listed in zip(NAMES, files, strict=True):
        _write(corpus / name, listed, name[0])
    rebuild(corpus, live, procs=1)
    before = {name: (corpus / name).read_bytes() for name in NAMES}
    held_before = _held(live)
    _write(corpus / edited, now, edited[0] + "x")
    report = update(corpus, live, procs=1)
    rebuild(corpus, fresh, procs=1)
    held_after = _held(fresh)
    same = {
        name
        for name in NAMES
        if (corpus / name).read_bytes() == before[name]
        and held_after.get(name) == held_before.get(name)
    }
    assert report.unchanged == len(same), (report.summary, same)
    assert report.files == (0, len(NAMES) - len(same), 0), report.summary


def test_the_file_that_lost_its_id_is_counted_changed(tmp_path: Path) -> None:
    """b.jsonl's bytes stay; a.jsonl, earlier, takes its url 1: both changed, c unchanged."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, listed in (("a.jsonl", [0]), ("b.jsonl", [1, 2]), ("c.jsonl", [2])):
        _write(corpus / name, listed, name[0])
    rebuild(corpus, tmp_path / "index", procs=1)
    _write(corpus / "a.jsonl", [0, 1], "a")
    report = update(corpus, tmp_path / "index", procs=1)
    assert (report.added, report.changed, report.removed) == (0, 1, 0)  # the articles: right
    assert "1 file unchanged; files: 0 new, 2 changed, 0 deleted" in report.summary
