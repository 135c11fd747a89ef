"""A followed story whose article's file moved to another folder (nu36 #4): the update says
nothing left the index, the moved article is neither new nor gone, and its notes follow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_following_cli import following
from tests.cli.test_stories_cli import run
from tests.story_corpus import BOULDER, CORPUS, record


@pytest.fixture
def files(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The stories corpus as one .json file an article, without ids: a file's id is its
    path, which a move changes."""
    corpus = tmp_path / "news"
    for article in CORPUS:
        data = {k: v for k, v in record(article).items() if k != "id"}
        path = corpus / "in" / f"{article.id}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    code, out, _ = run("index", "rebuild")
    assert code == 0, out
    return corpus


@pytest.mark.parametrize("moved", [article.id for article in BOULDER])
def test_a_moved_file_stays_in_its_followed_story(files: Path, moved: str) -> None:
    code, out, _ = run("stories", "--json")
    assert code == 0
    story = next(s["id"] for s in json.loads(out) if "in/boulder-wire.json" in s["articles"])
    assert run("follow", story)[0] == 0
    assert run("pin", f"in/{moved}.json", "--tag", "shooting")[0] == 0
    (files / "elsewhere").mkdir()
    (files / "in" / f"{moved}.json").rename(files / "elsewhere" / f"{moved}.json")
    code, out, _ = run("index", "update")
    assert code == 0
    assert f"in/{moved}.json -> elsewhere/{moved}.json" in out
    assert "left the index" not in out and "new in" not in out and "split" not in out
    [entry] = following()
    assert entry["gone"] is False and entry["new"] == []
    assert entry["moved"] == [] and entry["removed"] == []
    assert f"elsewhere/{moved}.json" in entry["articles"]  # type: ignore[operator]
    code, out, _ = run("notes", "--json")
    assert code == 0 and f"elsewhere/{moved}.json" in out and "shooting" in out
