"""nu29 #10: small inconsistencies of the CLI, each against the rule the README gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.store.generations import build_lock
from tests.cli.test_notebook_cli import built, kept, run
from tui.cli import Exit

__all__ = ["built", "kept"]  # the notebook tests' fixtures


def test_the_lock_says_what_is_running(built: Path, index_dir: Path) -> None:
    # an update held the lock: "a rebuild is already running" was said
    with build_lock(index_dir, "update"):
        code, _, err = run("index", "rebuild")
    assert code == Exit.LOCKED and "an update is already running (pid " in err
    with build_lock(index_dir):
        code, _, err = run("index", "rebuild")
    assert code == Exit.LOCKED and "a rebuild is already running (pid " in err


def test_an_update_with_nothing_to_do_while_a_rebuild_runs_exits_5(
    built: Path, index_dir: Path
) -> None:
    # it said "Updated …" and exit 0; any other update while a build runs exits 5
    assert run("index", "update")[0] == Exit.OK  # nothing to do, nothing running
    with build_lock(index_dir):
        code, out, err = run("index", "update")
    assert code == Exit.LOCKED and "a rebuild is already running" in err and out == ""
    assert run("index", "update")[0] == Exit.OK


@pytest.mark.parametrize(
    ("ending", "form"),
    [(".md", "markdown"), (".markdown", "markdown"), (".csv", "csv"), (".json", "json"),
     (".ris", "ris"), (".csl.json", "csljson")],
)  # fmt: skip
def test_export_picks_the_format_by_the_files_ending(
    kept: Path, tmp_path: Path, ending: str, form: str
) -> None:
    # `export --tag trade -o x.md` was refused for want of --format; the reader's `e`
    # reads the ending. Oracle: the same export with --format given
    named, given = tmp_path / f"named{ending}", tmp_path / f"given{ending}"
    code, _, err = run("export", "--tag", "trade", "-o", str(named))
    assert code == Exit.OK, err
    assert run("export", "--tag", "trade", "-f", form, "-o", str(given))[0] == Exit.OK
    assert named.read_bytes() == given.read_bytes()


def test_export_by_another_ending_is_every_article_as_before(kept: Path, tmp_path: Path) -> None:
    for name in ("articles.jsonl", "articles.txt"):
        code, _, err = run("export", "-o", str(tmp_path / name))
        assert code == Exit.OK and "articles written to" in err
        rows = (tmp_path / name).read_text(encoding="utf-8").splitlines()
        assert {json.loads(row)["id"] for row in rows} >= {"w2", "harbour.txt"}
    code, _, err = run("export", "--tag", "trade", "-o", str(tmp_path / "x.txt"))
    assert code == Exit.USAGE and "give --format" in err  # a notebook export wants one


def test_show_says_when_the_index_has_no_stories(built: Path) -> None:
    # "story": null on an index without stories, where the README says null means alone
    assert run("index", "rebuild", "--no-stories")[0] == Exit.OK
    code, out, err = run("show", "w2", "--json")
    assert code == Exit.OK and json.loads(out)["story"] is None
    assert "no stories" in err and "broadsheet index update" in err
    code, out, err = run("show", "w2")
    assert code == Exit.OK and "story: unknown, this index has no stories" in " ".join(out.split())
    assert run("index", "update")[0] == Exit.OK  # stories added: null means alone again
    code, out, err = run("show", "w2", "--json")
    assert code == Exit.OK and err == ""


def test_an_empty_notebook_export_by_the_ending_says_how_to_get_every_article(
    built: Path, tmp_path: Path
) -> None:
    # rv28: `export -o dump.json` exports the notebook (the reader's rule); where it holds
    # nothing, "0 articles written" alone would leave a script wanting the articles unaware
    code, _, err = run("export", "-o", str(tmp_path / "dump.json"))
    assert code == Exit.OK and "0 articles written" in err
    assert "--format jsonl` exports every article" in " ".join(err.split())
