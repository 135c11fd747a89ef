"""`compare`'s memo and JSON give each article's address, so the memo cites what it compares.

nu74 #3: a researcher pasting `compare --markdown` into a report got "1. Joe Biden vows
retaliation … (The Guardian, 2021-08-27) — `the-guardian-joe-biden-vows-….txt`": a file name
on their own disk, and no address to cite or open, though the index held one (the notebook's
export writes it). The address follows the id, as a link when it is a plain web address.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import write_corpus
from tui.cli import app

runner = CliRunner()

WIRE = "https://coastwire.example/2024/04/08/bridge-shut"
HERALD = "https://bayherald.example/news/bridge"
TEXTS = {
    "wire.txt": "Bridge shut after storm\nCoast Wire, April 8, 2024\n\n"
    "The bridge shut on Monday after the storm, the council said.\n\n"
    "Rain fell all day and the river rose two metres.\n\n"
    f"{WIRE}\n",
    "herald.txt": "Storm shuts the bridge\nBay Herald, April 8, 2024\n\n"
    "The bridge shut on Monday after the storm, the council said.\n\n"
    "Ferries ran late into the evening.\n\n"
    f"Source: {HERALD}\n",
    "ledger.txt": "Bridge closed\nValley Ledger, April 8, 2024\n\n"
    "The bridge shut on Monday after the storm, the council said.\n\n"
    "The mayor said the repairs would take a week.\n",
}


@pytest.fixture
def corpus(tmp_path: Path, index_dir: Path) -> Path:
    folder = write_corpus(tmp_path / "news", TEXTS)
    (folder / "ledger.meta.toml").write_text('url = "javascript:alert(1)"\n')
    result = runner.invoke(app, ["index", "rebuild", "--corpus", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


def compare(corpus: Path, *args: str) -> str:
    result = runner.invoke(app, ["compare", *args, "--corpus", str(corpus)])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_the_memo_of_several_links_each_address(corpus: Path) -> None:
    memo = compare(corpus, "wire.txt", "herald.txt", "ledger.txt", "--markdown")
    head = memo.split("## ")[0]
    assert f"— `wire.txt` — <{WIRE}>" in head
    assert f"— `herald.txt` — <{HERALD}>" in head
    assert "<javascript:" not in memo and "javascript:alert(1)" in head  # shown, never a link


def test_the_json_of_several_gives_each_url(corpus: Path) -> None:
    data = json.loads(compare(corpus, "wire.txt", "herald.txt", "ledger.txt", "--json"))
    assert [a["url"] for a in data["articles"]] == [WIRE, HERALD, "javascript:alert(1)"]


def test_the_memo_of_two_links_each_address(corpus: Path) -> None:
    memo = compare(corpus, "wire.txt", "herald.txt", "--markdown")
    named = "- **A:** Bridge shut after storm (Coast Wire, 2024-04-08) — `wire.txt`"
    assert f"{named} — <{WIRE}>" in memo
    assert f"— `herald.txt` — <{HERALD}>" in memo


def test_the_json_of_two_gives_each_url(corpus: Path) -> None:
    data = json.loads(compare(corpus, "wire.txt", "herald.txt", "--json"))
    assert data["a"]["url"] == WIRE and data["b"]["url"] == HERALD


def test_an_article_without_an_address_says_none(corpus: Path) -> None:
    (corpus / "ledger.meta.toml").unlink()
    runner.invoke(app, ["index", "update", "--corpus", str(corpus)])
    memo = compare(corpus, "wire.txt", "ledger.txt", "--markdown")
    assert "— `ledger.txt`\n" in memo
    data = json.loads(compare(corpus, "wire.txt", "herald.txt", "ledger.txt", "--json"))
    assert data["articles"][2]["url"] is None
