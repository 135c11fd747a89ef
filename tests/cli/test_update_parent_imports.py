"""What the parent process of `broadsheet index update` does not import.

With worker processes allowed, an update derives its quotes and stories in forked children
(`index.store.aside`): the analysis modules behind them (and RapidFuzz, difflib) are
imported there, off the update's critical path, never by the parent, which only names the
kinds (`index.derived.Deferred`). After publishing, the parent asks whether the corpus has
a notebook without importing `index.notebook` and SQLite. The parent writes its
``sys.modules`` at exit (a forked child ends with ``os._exit``: no ``atexit`` there).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from index.derived import Deferred, from_spec, spec
from index.library import DERIVED, NOTEBOOK_FILE
from index.notebook import notebook_path

ROOT = Path(__file__).resolve().parents[2]

NOT_IN_PARENT = ("index.analysis", "rapidfuzz", "difflib", "sqlite3", "index.notebook")

UPDATE = """
import atexit, os, sys
parent, log = os.getpid(), sys.argv[2]

def modules():
    if os.getpid() == parent:
        with open(log, "w") as out:
            out.write("\\n".join(sorted(sys.modules)))

atexit.register(modules)
sys.argv = ["broadsheet", "index", "update", "--corpus", sys.argv[1], *sys.argv[3:]]
from tui.cli import main
main()
"""


def _update(corpus: Path, index_dir: Path, log: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", UPDATE, str(corpus), str(log), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"BROADSHEET_INDEX_DIR": str(index_dir), "PATH": "/usr/bin:/bin"},
    )
    return result.stdout


NOT_IN_A_NO_OP = ("index.ingest.readers", "index.text", "index.store.pool", "multiprocessing")
"""A no-op update reads no file: no readers, cleaning rules or metadata extraction; and an
update of fewer than `index.store.build.MULTIPROCESS_MIN_DOCS` starts no worker pool."""


SHARED = frozenset({"index.text", "index.text.lostletter", "index.text.capitals"})
"""The one lost-letter rule the analyzer shares with the cleaning (sx46): a rule table, not
the cleaning, so an update's parent may import it."""


def _heavy(log: Path, heavy: tuple[str, ...] = NOT_IN_PARENT) -> list[str]:
    return [
        name
        for name in log.read_text().split()
        if any(name == top or name.startswith(top + ".") for top in heavy)
    ]


def test_the_update_s_parent_imports_no_analysis_and_no_notebook(
    corpus: Path, index_dir: Path, tmp_path: Path
) -> None:
    assert _update(corpus, index_dir, tmp_path / "build.log").startswith("Rebuilt index of")
    assert "index.analysis.quote_derived" in _heavy(tmp_path / "build.log")  # a rebuild does
    (corpus / "new.txt").write_text(
        "Harbour strike ends after talks\n\nDock workers at the port ended their strike on "
        'Tuesday. "We have a deal," the union leader said.\n',
        encoding="utf-8",
    )
    log = tmp_path / "update.log"
    out = _update(corpus, index_dir, log, "--procs", "2")
    assert out.startswith("Updated index of") and "1 article added" in out, out
    assert _heavy(log) == []
    placed = [p.read_text() for p in index_dir.glob("gen-*/stories/stories.json")]
    assert any("new" in text for text in placed)  # the children did derive
    assert _heavy(log, ("index.store.pool", "multiprocessing")) == []  # one file: no pool
    # the file was read and cleaned in the prefetch child: unpickling its result here
    # brings no reader, cleaning rules or metadata extraction (`index.ingest.files.ReadResult`)
    assert [name for name in _heavy(log, NOT_IN_A_NO_OP) if name not in SHARED] == []


def test_a_no_op_update_imports_no_reader_and_no_pool(
    corpus: Path, index_dir: Path, tmp_path: Path
) -> None:
    assert _update(corpus, index_dir, tmp_path / "build.log").startswith("Rebuilt index of")
    assert "index.ingest.readers" in _heavy(tmp_path / "build.log", NOT_IN_A_NO_OP)
    log = tmp_path / "update.log"
    out = _update(corpus, index_dir, log, "--procs", "2")
    assert out.startswith("Updated index of") and "0 articles added" in out, out
    assert [name for name in _heavy(log, NOT_IN_A_NO_OP) if name not in SHARED] == []


def test_the_library_knows_the_notebook_s_file_name(tmp_path: Path) -> None:
    assert notebook_path(tmp_path) == tmp_path / NOTEBOOK_FILE


def test_a_deferred_kind_names_the_real_one() -> None:
    for kind in DERIVED:
        assert isinstance(kind, Deferred)
        named = spec(kind)
        assert named is not None
        real = from_spec(named)
        assert real.name == kind.name and kind.made() is kind.made()
        assert spec(real) == named  # a worker makes the same kind


def test_a_deferred_kind_misnamed_is_refused() -> None:
    wrong = Deferred("stories", "index.analysis.quote_derived:QuotesDerived")
    with pytest.raises(ValueError, match="quotes"):
        wrong.made()
