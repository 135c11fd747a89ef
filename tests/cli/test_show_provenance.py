"""`broadsheet show --json` says where each fact came from; `--removed` shows what went."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tui.cli import app

runner = CliRunner()

MESSY = """We use cookies to give you the best experience on our website. OK
WORLD NEWS
Dam holds after storm
Share Tweet Email
By Jane Doe, The Guardian
Updated 1115 GMT (1915 HKT) February 23, 2017
The dam held overnight, engineers said on Friday after a night of heavy rain across the valley.
RELATED: Floods close the coast road
Comments (23)
"""


def test_show_json_gives_provenance(tmp_path: Path, index_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "dam.txt").write_text(MESSY, encoding="utf-8")
    assert runner.invoke(app, ["index", "rebuild", "--corpus", str(corpus)]).exit_code == 0
    result = runner.invoke(app, ["show", "dam.txt", "--json", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["title"] == "Dam holds after storm"
    assert shown["source"] == "The Guardian" and shown["byline"] == "Jane Doe"
    assert shown["date"] == "2017-02-23T11:15:00"
    assert shown["extra"]["updated"] == "2017-02-23T11:15:00"
    assert shown["provenance"] == {
        "title": "line 3: “Dam holds after storm”",
        "byline": "line 5: “By Jane Doe, The Guardian”",
        "date": "line 6: “Updated 1115 GMT (1915 HKT) February 23, 2017”",
        "updated": "line 6: “Updated 1115 GMT (1915 HKT) February 23, 2017”",
        "source": "line 5: “By Jane Doe, The Guardian”",
    }
    assert shown["body"] == MESSY.splitlines()[6]
    result = runner.invoke(app, ["show", "dam.txt", "--removed", "--corpus", str(corpus)])
    for gone in ("WORLD NEWS", "Share Tweet Email", "RELATED: Floods", "Comments (23)"):
        assert gone in result.stdout


def test_show_json_gives_the_url_line(tmp_path: Path, index_dir: Path) -> None:
    """A .txt head of title, outlet, date and web address lines: the address is the url."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    address = "http://www.bbc.co.uk/news/world-europe-38893125"
    body = "The dam held overnight, engineers said on Friday after a night of heavy rain."
    text = f"Dam holds after storm\nBBC News\n2017-02-07\n{address}\n\n{body}\n"
    (corpus / "dam.txt").write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["index", "rebuild", "--corpus", str(corpus)]).exit_code == 0
    result = runner.invoke(app, ["show", "dam.txt", "--json", "--corpus", str(corpus)])
    shown = json.loads(result.stdout)
    assert shown["url"] == address
    assert shown["provenance"]["url"] == f"line 4: “{address}”"
    assert shown["removed"] == [] and shown["body"] == body
