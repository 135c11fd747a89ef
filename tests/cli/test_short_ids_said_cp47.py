"""A shorter form of an id says what it resolved to (cp47): a command printing human output
says "na-1491 → fetched/…/na-1491-ed77040d25.txt" once on stderr; with ``--json`` nothing is
said and stdout is the JSON alone. The oracle: `index.short_ids.resolve` over the index's
ids, for every beginning of every id's stem and every trailing part of its path."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.short_ids import resolve, stem
from tui.cli import Exit, app

runner = CliRunner()

FILES = {
    "fetched/127.0.0.2_8054/2017-02-24/na-1491-ed77040d25.txt": "Nerve agent found",
    "fetched/127.0.0.3_8054/2017-02-24/na-1457-2d6c0759da.txt": "Airport attack named",
    "fetched/127.0.0.4_8054/2017-02-25/na-14910-0123456789.txt": "Women charged",
}
IDS = list(FILES)
BODY = "Police in Kuala Lumpur said on {n} February that two women had been held."


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


def forms() -> list[str]:
    """Every beginning (3 characters on) of every id's stem, and every trailing part of
    every id's path, with and without its extension."""
    found: set[str] = set()
    for article_id in IDS:
        own = stem(article_id)
        found.update(own[:k] for k in range(3, len(own) + 1))
        parts = article_id.split("/")
        for k in range(len(parts)):
            tail = "/".join(parts[k:])
            found.update({tail, posixpath.splitext(tail)[0]})
    return sorted(found)


def said(err: str) -> list[str]:
    return [line for line in err.splitlines() if "→" in line]


def test_show_says_what_a_form_resolved_to_and_json_does_not(corpus: Path) -> None:
    checked = 0
    for form in forms():
        short = resolve(form, IDS)
        code, out, err = run("show", form, "-c", str(corpus))
        if short.resolved is None:
            assert code == Exit.NOT_FOUND and not said(err), (form, err)
            continue
        assert code == 0, (form, err)
        expected = [] if short.resolved == form else [f"{form} → {short.resolved}"]
        assert said(err) == expected, (form, err)
        assert FILES[short.resolved] in out
        code, out, err = run("show", form, "--json", "-c", str(corpus))
        assert code == 0 and not said(err), (form, err)
        assert json.loads(out)["id"] == short.resolved
        checked += 1
    assert checked > 30  # most forms name one article


def test_compare_and_the_notebook_say_each_form_once(corpus: Path) -> None:
    code, out, err = run("compare", "na-1491", "na-1457", "-c", str(corpus))
    assert code == 0, err
    assert said(err) == [f"na-1491 → {IDS[0]}", f"na-1457 → {IDS[1]}"]
    assert not any(line.startswith("na-1491 →") for line in out.splitlines())
    for flags in (["--json"], ["--format", "json"]):
        code, out, err = run("compare", "na-1491", "na-1457", *flags, "-c", str(corpus))
        assert code == 0 and not said(err), err
        assert [a["id"] for a in json.loads(out)["articles"]] == IDS[:2]
    code, _, err = run("compare", IDS[0], IDS[1], "-c", str(corpus))
    assert code == 0 and not said(err), err  # whole ids: nothing to say
    for command in ("pin", "unpin"):
        code, _, err = run(command, "na-14910", "-c", str(corpus))
        assert code == 0 and said(err) == [f"na-14910 → {IDS[2]}"], (command, err)
