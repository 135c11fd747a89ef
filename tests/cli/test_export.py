"""`broadsheet export`: every article as it is indexed, one JSON object a line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tui.cli import Exit, app

runner = CliRunner()


def test_export_prints_every_article_with_the_fields_of_show(
    corpus: Path, records: Path, index_dir: Path
) -> None:
    records.rename(corpus / "wires.jsonl")
    result = runner.invoke(app, ["export", "--format", "jsonl", "-c", str(corpus)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [row["id"] for row in rows] == sorted(
        ["harbour.txt", "orchard.txt", "notes/budget.md", "w1", "w2"]
    )
    for row in rows:
        shown = runner.invoke(app, ["show", row["id"], "--json", "-c", str(corpus)])
        record = json.loads(shown.stdout)
        assert record.pop("story") is None  # show also names the article's story (if any)
        assert record.pop("same_text_as") is None  # and its original, for a copy
        assert record == row
    w2 = next(row for row in rows if row["id"] == "w2")
    assert w2["date"] == "1987-03-05T10:00:00" and w2["source"] == "Other Wire"


def test_export_to_a_file(corpus: Path, index_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    result = runner.invoke(app, ["export", "-o", str(out), "-c", str(corpus)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "3 articles written to" in result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3 and all(row["body"] for row in rows)


def test_export_keeps_control_characters_out_of_the_terminal(
    tmp_path: Path, index_dir: Path
) -> None:
    corpus = tmp_path / "odd"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text(
        json.dumps({"id": "x\u202ey", "title": "T\u009b2J", "body": "Body text here."}) + "\n"
    )
    result = runner.invoke(app, ["export", "-c", str(corpus)])
    assert result.exit_code == 0
    assert "\u202e" not in result.stdout and "\u009b" not in result.stdout
    assert json.loads(result.stdout)["body"] == "Body text here."


def test_export_refuses_an_unknown_format(corpus: Path, index_dir: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "xml", "-c", str(corpus)])
    assert result.exit_code == Exit.USAGE


def test_export_into_a_pipe_that_closes_early_is_no_error(corpus: Path, index_dir: Path) -> None:
    # `broadsheet export | head -1` printed "broadsheet: Broken pipe" and exited 1
    import subprocess
    import sys

    command = Path(sys.executable).parent / "broadsheet"
    export = subprocess.Popen(
        [str(command), "export", "-c", str(corpus), "--index-dir", str(index_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert export.stdout is not None
    first = export.stdout.readline()
    export.stdout.close()
    _, err = export.communicate(timeout=60)
    assert json.loads(first)["id"]
    assert export.returncode == 0, err
    assert b"Broken pipe" not in err


@pytest.mark.parametrize("form", ["jsonl", "markdown", "csv"])
@pytest.mark.parametrize("where", ["nowhere/m.md", "afile/m.md", "adir"])
def test_export_to_a_path_that_cannot_be_written_says_why(
    corpus: Path, index_dir: Path, tmp_path: Path, form: str, where: str
) -> None:
    # nu23 #7: "[Errno 2] No such file or directory: '/nonexistent/dir/.m.md._t6nha99'", exit 3
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    (tmp_path / "adir").mkdir()
    output = tmp_path / where
    result = runner.invoke(app, ["export", "-f", form, "-o", str(output), "-c", str(corpus)])
    assert result.exit_code == Exit.USAGE
    why = {
        "nowhere/m.md": "no such directory",
        "afile/m.md": f"{tmp_path / 'afile'} is not a directory",
        "adir": "it is a directory",
    }[where]
    assert result.stderr.splitlines() == [f"broadsheet: cannot write {output}: {why}"]
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []
