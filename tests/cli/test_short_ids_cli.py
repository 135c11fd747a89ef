"""Ids a user can type (nu54 #1): a fetched article's id is a path
(``fetched/127.0.0.2_8054/2017-02-24/na-1491-ed77040d25.txt``); every command that takes an
article id takes its file name, stem, a path's tail or a stem's unique beginning too, and
an ambiguous form is one line naming the candidates, exit 3 (the README's bad id)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tui.cli import Exit, app

runner = CliRunner()

FILES = {
    "fetched/127.0.0.2_8054/2017-02-24/na-1491-ed77040d25.txt": "Nerve agent found",
    "fetched/127.0.0.3_8054/2017-02-24/na-1457-2d6c0759da.txt": "Airport attack named",
    "fetched/127.0.0.4_8054/2017-02-25/na-14910-0123456789.txt": "Women charged",
}
BODY = (
    "Police in Kuala Lumpur said on {n} February that the agent used at the airport was "
    "a nerve agent, and that two women had been held over the attack on the traveller."
)


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def corpus(tmp_path: Path, index_dir: Path) -> Path:
    folder = tmp_path / "news"
    for n, (rel, title) in enumerate(FILES.items()):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{title}\n\n{BODY.format(n=20 + n)}\n", encoding="utf-8")
    assert run("index", "rebuild", "--corpus", str(folder))[0] == 0
    return folder


FIRST = next(iter(FILES))


def test_short_forms_name_their_article(corpus: Path) -> None:
    for form in ("na-1491", "na-1491-ed77040d25", "na-1491-ed77040d25.txt", FIRST):
        code, out, err = run("show", form, "--json", "-c", str(corpus))
        assert code == 0, (form, err)
        assert json.loads(out)["id"] == FIRST
    code, out, err = run("compare", "na-1491", "na-1457", "--json", "-c", str(corpus))
    assert code == 0, err
    ids = [a["id"] for a in json.loads(out)["articles"]]
    assert ids == list(FILES)[:2]
    code, _, err = run("related", "na-14910", "--json", "-c", str(corpus))
    assert code == 0, err
    code, _, err = run("pin", "na-1457", "-c", str(corpus))
    assert code == 0, err
    code, _, err = run("unpin", "na-1457", "-c", str(corpus))  # the notebook's ids
    assert code == 0, err


def test_an_ambiguous_form_lists_its_candidates(corpus: Path) -> None:
    for command in (["show"], ["related"], ["compare", "na-1457"], ["pin"]):
        code, _, err = run(*command, "na-14", "-c", str(corpus))
        assert code == Exit.NOT_FOUND, (command, err)
        assert len(err.strip().splitlines()) == 1, err
        assert "could be any of 3 articles" in err and "na-14910-0123456789" in err
    code, _, err = run("compare", "na-1491", FIRST, "-c", str(corpus))
    assert code == Exit.USAGE and "given twice" in err


def test_a_form_naming_nothing_is_not_found(corpus: Path) -> None:
    code, _, err = run("show", "na-9", "-c", str(corpus))
    assert code == Exit.NOT_FOUND and "no article with id 'na-9'" in err


def test_a_form_the_index_names_better_leaves_the_notebook_alone(corpus: Path) -> None:
    """rv57: with only na-14910-… pinned, `unpin na-1491` unpinned it (the notebook's ids
    alone: a stem's beginning), though na-1491 names na-1491-ed77040d25 of the index at a
    better rank; the oracle: the form resolved among the index's ids (`show`)."""
    third = list(FILES)[2]
    assert run("pin", third, "-c", str(corpus))[0] == 0
    for form in ("na-1491", "na-1491-ed77040d25", FIRST):
        code, out, _ = run("show", form, "--json", "-c", str(corpus))
        assert code == 0 and json.loads(out)["id"] == FIRST  # what the form names
        code, _, err = run("unpin", form, "-c", str(corpus))
        assert code == Exit.NOT_FOUND and "is not pinned" in err, err  # not na-14910's
        code, _, err = run("untag", form, "x", "-c", str(corpus))
        assert code == Exit.NOT_FOUND and "holds nothing on article" in err, err
    code, out, _ = run("notes", "--json", "-c", str(corpus))
    assert code == 0 and third in out  # still pinned
    code, _, err = run("unpin", "na-14910", "-c", str(corpus))  # its own form still works
    assert code == 0, err
