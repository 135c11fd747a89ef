"""A file's name where an id is asked stands only for an article the index took FROM that
file (rv26 #3): a.jsonl and b.jsonl both hold id x1, b's record skipped as a duplicate;
`show b.jsonl` printed a.jsonl's article and `tag/pin/note b.jsonl` changed it. The oracle
is the article's own stored path: whatever a file's name shows is an article of that file,
or the name is refused in one line."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tui.cli import Exit, app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def record(aid: str, n: int) -> str:
    body = f"The river rose {n} feet at the old mill and the county closed the bridge."
    return json.dumps({"id": aid, "title": f"Flood {n}", "source": "Valley Post", "body": body})


def same(path: str, expected: Path) -> bool:
    return os.path.normpath(path) == os.path.normpath(expected) or os.path.samefile(path, expected)


def test_a_file_whose_record_was_skipped_as_a_duplicate_stands_for_nothing(
    tmp_path: Path, index_dir: Path
) -> None:
    folder = tmp_path / "c2"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.jsonl").write_text(record("x1", 1) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text(record("x1", 2) + "\n", encoding="utf-8")
    (folder / "d.jsonl").write_text(record("sub/c.txt", 3) + "\n", encoding="utf-8")
    (folder / "sub" / "c.txt").write_text("Mill\n\nThe mill stood still.\n", encoding="utf-8")
    assert run("index", "rebuild", "--corpus", str(folder))[0] == 0
    shown = {}
    for name in ("a.jsonl", "b.jsonl"):
        code, out, err = run("show", name, "--json", "-c", str(folder))
        if code == 0:
            shown[name] = json.loads(out)["path"]
        else:
            assert code == Exit.NOT_FOUND and len(err.strip().splitlines()) == 1, err
            # the reason `index status` gives for the skipped record (nu55 #13)
            assert "nothing of that file was indexed: line 1: duplicate id 'x1'" in err, err
    assert len(shown) == 1  # one of the two kept x1, the other is refused
    ((name, path),) = shown.items()
    assert same(path, folder / name)
    other = "b.jsonl" if name == "a.jsonl" else "a.jsonl"
    for command in (["pin", other], ["tag", other, "foo"], ["note", other, "hello"]):
        code, _, err = run(*command, "-c", str(folder))
        assert code == Exit.NOT_FOUND, (command, err)
    assert "x1" not in run("notes", "-c", str(folder))[1]
    # sub/c.txt is both a text file's path and d.jsonl's record's id: one of them is kept
    for name in ("./sub/c.txt", str(folder / "sub" / "c.txt")):
        code, out, err = run("show", name, "--json", "-c", str(folder))
        if code == 0:
            assert same(json.loads(out)["path"], folder / "sub" / "c.txt")
        else:
            assert code == Exit.NOT_FOUND, err


files = st.lists(
    st.lists(st.sampled_from(["x1", "x2", "x3", "y"]), min_size=1, max_size=3),
    min_size=2,
    max_size=4,
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(files)
def test_a_file_name_shows_an_article_of_that_file_or_is_refused(
    tmp_path: Path, index_dir: Path, corpus: list[list[str]]
) -> None:
    folder = tmp_path / "colliding"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for k, held in enumerate(corpus):
        lines = [record(aid, 10 * k + n) for n, aid in enumerate(held)]
        (folder / f"f{k}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run("index", "rebuild", "--corpus", str(folder))[0] == 0
    everywhere = [aid for held in corpus for aid in held]
    for k, held in enumerate(corpus):
        code, out, err = run("show", f"f{k}.jsonl", "--json", "-c", str(folder))
        if code == 0:
            assert same(json.loads(out)["path"], folder / f"f{k}.jsonl")
        else:
            assert code == Exit.NOT_FOUND and len(err.strip().splitlines()) == 1, err
        if len(set(held)) == 1 and everywhere.count(held[0]) == len(held):
            assert code == 0, err  # its one id is in no other file: the index kept it
