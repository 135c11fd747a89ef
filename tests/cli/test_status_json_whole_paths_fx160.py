"""`index status --json` gave a whole file's skip (and a sidecar's) its whole path, but a
JSON Lines record's and a front matter's within the corpus ("sub/feed.jsonl:2"): a script
could open the one and not the other (fx160). Every path is whole now; the table keeps the
short form, and the short one within the corpus folder is the oracle."""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePath

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from tui.cli import app
from tui.skips import short_path, whole_path

FILES = {
    "bin.txt": b"Title\n\nbody" + b"\x00" * 20,
    "empty.txt": b"",
    "sub/feed.jsonl": (
        b'{"title": "A", "body": "Some body text here."}\nnot json\n'
        b'{"title": "B", "body": "Other text.", "date": "notadate"}\n'
    ),
    "sub/fm.md": b"---\ndate: [1, 2]\n---\n# T\n\nBody words here.\n",
    "sub/side.txt": b"Side\n\nA body with a sidecar beside it.\n",
    "sub/side.meta.toml": b"date = [\n",
    "good.txt": b"Dam holds\n\nThe dam held on the third day of the storm.\n",
}


def status(corpus: Path, index_dir: Path) -> dict[str, list[dict[str, str]]]:
    where = ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    runner = CliRunner()
    built = runner.invoke(app, [*where, "index", "rebuild"])
    assert built.exit_code == 0, built.output
    shown = runner.invoke(app, [*where, "index", "status", "--json"])
    assert shown.exit_code == 0, shown.output
    said: dict[str, list[dict[str, str]]] = json.loads(shown.output)
    table = runner.invoke(app, [*where, "index", "status"], env={"COLUMNS": "400"}).output
    for entry in said["skipped_files"] + said["left_out_parts"]:  # the table's short form
        assert f"{short_path(entry['path'], corpus)}: {entry['reason']}" in table
    return said


def test_every_path_in_the_json_is_whole(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    for name, data in FILES.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_bytes(data)
    said = status(corpus, tmp_path / "index")
    paths = [e["path"] for e in said["skipped_files"] + said["left_out_parts"]]
    root = corpus.resolve()
    wanted = {"bin.txt", "empty.txt", "sub/feed.jsonl:2", "sub/feed.jsonl:3", "sub/fm.md"}
    assert wanted <= {str(PurePath(p).relative_to(root)) for p in paths}, paths
    assert any("side" in p for p in paths), paths  # the sidecar's note, whole as before
    for path in paths:  # each names a file a script can open (a record's: with its line)
        assert PurePath(path).is_absolute(), path
        assert Path(re.sub(r":\d+$", "", path)).is_file(), path


def test_a_corpus_that_is_one_file_gives_whole_paths_beside_it(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(FILES["sub/feed.jsonl"])
    said = status(feed, tmp_path / "index")
    paths = [e["path"] for e in said["skipped_files"] + said["left_out_parts"]]
    assert paths == [f"{feed.resolve()}:2", f"{feed.resolve()}:3"]


PARTS = st.text(st.characters(codec="ascii", categories=("L", "N")), min_size=1, max_size=6)


@given(st.lists(PARTS, min_size=1, max_size=4), st.one_of(st.none(), st.integers(1, 10**6)))
def test_a_path_within_the_corpus_is_made_whole_and_short_again(
    parts: list[str], line: int | None
) -> None:
    corpus = Path("/nowhere/corpus")  # absent: taken for a folder
    within = "/".join(parts) + ("" if line is None else f":{line}")
    whole = whole_path(within, corpus)
    assert whole == f"/nowhere/corpus/{within}"
    assert whole_path(whole, corpus) == whole  # whole already: kept
    assert short_path(whole, corpus) == within  # the table's form again
