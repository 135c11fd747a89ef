"""Promise 4 for strings from outside: file names, paths and metadata show escaped, never act.

A file's name is its article id, and a name may hold anything but "/" and NUL: an escape
sequence that clears the screen, an OSC 52 clipboard write, a bell, a newline, a
right-to-left override. Everything the commands and the reader print from outside goes
through one sanitizer (`index.ingest.sanitize.printable`), which writes such characters as
escapes (``\\x1b``, ``\\n``, ``\\u202e``) and leaves the rest alone.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.geometry import Region
from typer.testing import CliRunner

from index.ingest.sanitize import printable
from index.models import Hit
from index.store.build import rebuild
from tests.tui.conftest import reader
from tui.app import BroadsheetApp
from tui.cli import Exit, app, common

HOSTILE = {
    "clear": "clear\x1b[2J.txt",
    "clipboard": "clip\x1b]52;c;aGk=\x07.txt",
    "bell": "bell\x07.txt",
    "newline": "new\nline.txt",
    "override": "rev\u202etxt.exe.txt",
    "csi": "csi\x9b31m.txt",
}
SHOWN = {
    "clear": "clear\\x1b[2J.txt",
    "clipboard": "clip\\x1b]52;c;aGk=\\x07.txt",
    "bell": "bell\\x07.txt",
    "newline": "new\\nline.txt",
    "override": "rev\\u202etxt.exe.txt",
    "csi": "csi\\x9b31m.txt",
}
RAW = ("\x1b", "\x07", "\u202e", "\x9b")
FOLDER = "news\x1b]0;owned\x07"
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def assert_inert(output: str) -> None:
    for char in RAW:
        assert char not in output, f"{char!r} reached the terminal"
    for name in HOSTILE.values():
        assert name not in output


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    corpus = tmp_path / FOLDER
    corpus.mkdir()
    for key, name in HOSTILE.items():
        (corpus / name).write_text(
            f"Harbour story {key}\n\nDock workers at the harbour talked about {key} today.\n",
            encoding="utf-8",
        )
    (corpus / "skip\x1b[2J\u202e.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    index_dir = tmp_path / "index"
    monkeypatch.setenv("BROADSHEET_INDEX_DIR", str(index_dir))
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    # wide, so that no id is folded over two lines of the table
    monkeypatch.setattr(common.out, "width", 250)
    return corpus, index_dir


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout + result.stderr


def test_rebuild_report_and_skip_list(hostile: tuple[Path, Path]) -> None:
    code, output = invoke("index", "rebuild")
    assert code == 0
    assert_inert(output)
    assert "news\\x1b]0;owned\\x07" in output  # the corpus path
    assert "skip\\x1b[2J\\u202e.txt" in output  # the skip list


def test_search_table_and_json(hostile: tuple[Path, Path]) -> None:
    invoke("index", "rebuild")
    code, output = invoke("search", "harbour", "--limit", "20")
    assert code == 0
    assert_inert(output)
    for shown in SHOWN.values():
        assert shown in output
    code, output = invoke("search", "harbour", "--json")
    assert code == 0
    assert_inert(output)
    assert {hit["id"] for hit in json.loads(output)} == set(HOSTILE.values())


@pytest.mark.parametrize("key", list(HOSTILE))
def test_show_id_line(hostile: tuple[Path, Path], key: str) -> None:
    code, output = invoke("show", HOSTILE[key])
    assert code == 0
    assert_inert(output)
    assert f"id: {SHOWN[key]}\n" in output


def test_compare_markdown_and_table(hostile: tuple[Path, Path]) -> None:
    code, output = invoke("compare", HOSTILE["clear"], HOSTILE["override"], "--format", "markdown")
    assert code == 0
    assert_inert(output)
    assert f"`{SHOWN['clear']}`" in output and f"`{SHOWN['override']}`" in output
    code, output = invoke("compare", HOSTILE["newline"], HOSTILE["clipboard"])
    assert code == 0
    assert_inert(output)


def test_status_and_errors(hostile: tuple[Path, Path]) -> None:
    invoke("index", "rebuild")
    code, output = invoke("index", "status")
    assert code == 0
    assert_inert(output)
    assert "news\\x1b]0;owned\\x07" in output
    code, output = invoke("show", "nope\x1b[2J\u202e")
    assert code == Exit.NOT_FOUND
    assert_inert(output)
    assert len(output.strip().splitlines()) == 1
    code, output = invoke("search", "harbour", "--corpus", str(hostile[0] / "gone\x07\nhere"))
    assert code == Exit.NOT_FOUND
    assert_inert(output)
    assert "gone\\x07\\nhere" in output and len(output.strip().splitlines()) == 1


async def test_reader_shows_hostile_strings_escaped(hostile: tuple[Path, Path]) -> None:
    corpus, index_dir = hostile
    rebuild(corpus, index_dir)
    app_ = BroadsheetApp(corpus, index_dir)
    # wide: the corpus's name is the first part the line leaves out, and the order stays now
    async with app_.run_test(size=(200, 30)) as pilot:
        await app_.workers.wait_for_complete()
        await pilot.pause()
        widget = app_.query_one("#status")
        status = "".join(s.text for s in widget.render_lines(Region(0, 0, widget.size.width, 1)))
        assert "news\\x1b]0;owned\\x07" in status
        # whatever the index holds, the list escapes it: titles and sources from outside
        hit = Hit("x", "Title\x1b[2J\u202e\nend", False, "Wire\x07", None, None, None, 0.0)
        reader(app_).articles.show([hit], with_snippets=False)
        await pilot.pause()
        rows = "".join(seg.text for y in range(2) for seg in reader(app_).articles.render_line(y))
        assert "Title\\x1b[2J\\u202e\\nend" in rows and "Wire\\x07" in rows
        for char in RAW:
            assert char not in rows and char not in status


@given(st.text())
def test_printable_leaves_nothing_that_acts(text: str) -> None:
    shown = printable(text)
    for char in shown:
        assert unicodedata.category(char) not in ("Cc", "Zl", "Zp", "Cs")
        assert (
            char not in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        )
    # nothing is dropped: every character is there, as itself or as an escape
    assert len(shown) >= len(text)
    if text.isprintable():
        assert shown == text


@given(st.text())
def test_printable_for_bodies_keeps_lines_and_tabs(text: str) -> None:
    shown = printable(text, lines=True)
    assert shown.count("\n") == text.count("\n") and shown.count("\t") == text.count("\t")
    assert "\x1b" not in shown and "\u202e" not in shown
