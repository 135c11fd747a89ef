"""A file of no known format (``x.pdf``, ``NOTES``, ``/bin/ls``) is refused in one line
naming the formats read, never a ``KeyError`` (``index rebuild x.pdf`` said "unexpected
error: KeyError: '.pdf'", exit 1; the reader toasted "'.pdf'": nu62 #3, fx157): from the
scan of that file, `read_source` of it, the CLI's rebuild and update, and the reader."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.ingest.files import ARTICLE_ENDINGS, ReadError, SourceFile, find_files, scan
from index.ingest.readers import READERS, read_source
from tests.conftest import write_corpus
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.cli import Exit, app

runner = CliRunner()
ENDINGS = st.one_of(
    st.sampled_from(["", ".", ".pdf", ".PDF", ".toml", ".jsonl.bak", ".JSONL", ".md", ".txt"]),
    st.text(alphabet="abcxyzJSONLMDT.-_ é", max_size=6).map(lambda tail: "." + tail),
)
STEMS = st.text(alphabet="abnotesNOTES_-.é", min_size=1, max_size=8).filter(
    lambda stem: not stem.startswith(".") and stem not in (".", "..")
)


def _oracle_known(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in READERS


def _one_line_naming_the_formats(reason: str) -> None:
    assert "\n" not in reason and "KeyError" not in reason
    assert all(ending in reason for ending in ARTICLE_ENDINGS)


@settings(max_examples=60, deadline=None)
@given(STEMS, ENDINGS)
def test_a_file_of_any_name_is_read_or_refused_in_one_line(stem: str, ending: str) -> None:
    name = stem + ending
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        try:
            path.write_text("A line of article text about the harbour.\n", encoding="utf-8")
        except OSError:  # a name the file system refuses
            return
        found, skipped = find_files(path, READERS)
        if _oracle_known(name):
            assert [f.rel for f in found] == [name] and not skipped
        else:
            assert not found and [s.path for s in skipped] == [name]
            _one_line_naming_the_formats(skipped[0].reason)
        info = os.stat(path)
        source = SourceFile(name, str(path), info.st_mtime_ns, info.st_size, None, (0,))
        try:
            result = read_source(source)
        except ReadError as error:  # not KeyError
            reason = str(error)
            assert "\n" not in reason and reason
            if not _oracle_known(name):
                _one_line_naming_the_formats(reason)
        else:
            assert _oracle_known(name)  # JSON of a text line: its line skipped, said
            assert result.articles or [skip.reason for skip in result.skipped]


def test_no_ending_and_an_unknown_ending_read_differently() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, said in (("x.pdf", "unknown file ending '.pdf'"), ("NOTES", "no file ending")):
            (Path(folder) / name).write_bytes(b"text\n")
            _, skipped = scan(Path(folder) / name)
            assert skipped[0].reason.startswith(said)


@pytest.mark.parametrize("command", ["rebuild", "update"])
@pytest.mark.parametrize("name", ["x.pdf", "NOTES"])
def test_the_cli_refuses_the_file_in_one_line(
    tmp_path: Path, index_dir: Path, command: str, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x7fELF\x02\x01")
    result = runner.invoke(app, ["index", command, "--corpus", str(path)])
    assert result.exit_code == Exit.NOT_FOUND, result.stderr
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "unexpected error" not in line
    assert line.startswith(f"broadsheet: No articles in {path} (1 file skipped: {name}: ")
    _one_line_naming_the_formats(line)


@pytest.mark.parametrize("command", ["rebuild", "update"])
def test_in_a_folder_the_rest_is_indexed(tmp_path: Path, index_dir: Path, command: str) -> None:
    corpus = write_corpus(tmp_path / "c", {"a.txt": "Ferry returns to the island at dawn.\n"})
    (corpus / "x.pdf").write_bytes(b"%PDF-1.4")
    (corpus / "NOTES").write_bytes(b"notes")
    result = runner.invoke(app, ["index", command, "--corpus", str(corpus)])
    assert result.exit_code == 0, result.stderr
    assert "1 article indexed" in result.stdout and "unexpected" not in result.stderr


async def test_the_reader_says_why_it_has_no_articles(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4")
    application = BroadsheetApp(path, tmp_path / "index")
    async with application.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        said = reader(application).articles.empty_text
        assert said.startswith(f"No articles in {path} (1 file skipped: x.pdf: unknown file")
        _one_line_naming_the_formats(said.partition(")). ")[0])
