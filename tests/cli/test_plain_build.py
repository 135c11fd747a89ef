"""`index rebuild|update --no-stories --no-quotes`: a build of the index alone, what `stories`
and `quotes` say of it, and how a later build adds them back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.library import default_derived
from tests.story_corpus import write_corpus
from tui.cli import app, fast
from tui.cli.base import DERIVED_NAMES

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def news(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    corpus = tmp_path / "news"
    write_corpus(corpus / "news.jsonl")
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    return corpus


@pytest.mark.parametrize("how", ["rebuild", "update"])
def test_help_lists_the_options(how: str) -> None:
    code, out, _ = run("index", how, "--help")
    assert code == 0 and "--no-stories" in out and "--no-quotes" in out


def test_a_plain_rebuild_has_neither_and_says_so(news: Path) -> None:
    code, _, err = run("index", "rebuild", "--no-stories", "--no-quotes")
    assert code == 0, err
    assert run("search", "storm", "--json")[0] == 0  # the index itself is whole
    code, _, err = run("stories", "--json")
    assert code != 0 and "has no stories" in err and len(err.strip().splitlines()) == 1
    assert "`broadsheet index update`" in err  # what adds them back (the test below)
    code, _, err = run("quotes", "--json")
    assert code != 0 and "has no quotes" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(("flag", "kept"), [("--no-stories", "quotes"), ("--no-quotes", "stories")])
def test_each_option_leaves_out_its_own_only(news: Path, flag: str, kept: str) -> None:
    assert run("index", "rebuild", flag)[0] == 0
    assert run(kept, "--json")[0] == 0
    left_out = "stories" if kept == "quotes" else "quotes"
    assert run(left_out, "--json")[0] != 0


def test_a_build_without_the_options_adds_them_back(news: Path) -> None:
    assert run("index", "rebuild", "--no-stories", "--no-quotes")[0] == 0
    code, out, err = run("index", "update")
    assert code == 0, err
    # no rules made what the index never held: it is added, not "made by older rules"
    assert "quotes, stories added: derived from every article" in out
    assert "older rules" not in out
    code, out, err = run("stories", "--json")
    assert code == 0, err
    assert json.loads(out)
    assert run("quotes", "--json")[0] == 0


def test_the_options_name_every_derived_kind() -> None:
    names = {kind.name for kind in default_derived()}
    # always kept (`index.copies`, `lean_map`, `analysis.casing`)
    assert names == DERIVED_NAMES | {"copies", "leans", "casing"}
    assert set(fast.BUILD_FLAGS.values()) == DERIVED_NAMES
