"""Issue 15: an empty corpus, or one whose every file is skipped, says so in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.errors import CorpusEmpty
from index.library import Library
from index.store.generations import current_generation
from tests.conftest import write_corpus
from tui.cli import Exit, app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def all_skipped(tmp_path: Path) -> Path:
    corpus = write_corpus(tmp_path / "skipped", {"bad.jsonl": "not json\n", "empty.md": ""})
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    return corpus


def test_an_empty_folder_is_one_line_and_exit_3(tmp_path: Path, index_dir: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for command in (["search", "peace"], ["index", "rebuild"], ["show", "x.txt"]):
        code, out, err = run(*command, "--corpus", str(empty))
        assert code == Exit.NOT_FOUND, (command, err)
        assert out == ""
        assert err.strip() == f"broadsheet: No articles in {empty} (no article files found)"
    assert current_generation(index_dir) is None
    assert not [p for p in index_dir.iterdir() if p.name.startswith("tmp-")]


def test_a_folder_of_skipped_files_says_what_was_skipped(
    all_skipped: Path, index_dir: Path
) -> None:
    code, out, err = run("search", "peace", "--corpus", str(all_skipped))
    assert code == Exit.NOT_FOUND and out == ""
    line = err.strip()
    assert len(line.splitlines()) == 1
    assert line.startswith(f"broadsheet: No articles in {all_skipped} (3 files skipped: ")
    assert line.endswith("; …)")  # two reasons shown, then the rest elided
    assert "cannot be read back" not in line and "NotImplementedError" not in line


def test_an_update_that_would_empty_the_index_keeps_it(corpus: Path, index_dir: Path) -> None:
    library = Library(corpus, index_dir, procs=1)
    library.open_or_build()
    before = current_generation(index_dir)
    for path in list(corpus.rglob("*")):
        if path.is_file():
            path.unlink()
    with pytest.raises(CorpusEmpty, match=r"No articles in .* \(no article files found\)"):
        library.update()
    assert current_generation(index_dir) == before
    assert not [p for p in index_dir.iterdir() if p.name.startswith("tmp-")]


def test_the_installed_command(tmp_path: Path, all_skipped: Path) -> None:
    command = Path(sys.executable).parent / "broadsheet"
    if not command.exists():
        pytest.skip("the broadsheet command is not installed beside this Python")
    done = subprocess.run(
        [str(command), "search", "harbour", "--corpus", str(all_skipped)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"BROADSHEET_INDEX_DIR": str(tmp_path / "index"), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == Exit.NOT_FOUND
    assert done.stderr.startswith(f"broadsheet: No articles in {all_skipped} (3 files skipped")
    assert "Traceback" not in done.stderr and done.stdout == ""


@pytest.mark.parametrize(
    "ids", [["a.txt", "a.txt"], ["a.txt", "b.txt", "a.txt"], ["b.txt", "a.txt", "c.txt", "a.txt"]]
)
def test_compare_refuses_the_same_id_twice(tmp_path: Path, ids: list[str]) -> None:
    corpus = write_corpus(tmp_path / "c", {"a.txt": "A\n\nOne.\n", "b.txt": "B\n\nTwo.\n"})
    code, out, err = run("compare", *ids, "--corpus", str(corpus))
    assert code == Exit.USAGE and out == ""
    assert err.strip() == "broadsheet: article 'a.txt' is given twice"
