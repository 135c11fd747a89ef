"""A sidecar shared by two articles (``good.txt``, ``good.md``) says its bad fields once for
each, naming which ("sidecar field ignored for good.md: ...", fb44); those notes did not
read as notes, so a build said "2 files skipped" though every file was indexed (fx159).
Oracle: every article file is readable, so every skip a read gives is a note on a part left
out, and a build counts no file skipped and as many parts left out as the read gave."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.ingest.readers import iter_articles
from index.models import Article, Skipped
from index.skip_count import is_note, split_notes
from tui.cli import app

BAD_FIELDS = {
    "date": '"yesterday"',
    "title": "[1, 2]",
    "source": "{ a = 1 }",
}
BODY = "The {word} held on Tuesday after the storm had passed over the valley."


def _write(folder: Path, stems: list[tuple[str, bool, list[str]]]) -> int:
    """Each stem: its .txt, a .md beside it when shared, a sidecar with ``bad`` fields;
    how many article files."""
    files = 0
    for stem, shared, bad in stems:
        for suffix in (".txt", ".md") if shared else (".txt",):
            (folder / f"{stem}{suffix}").write_text(BODY.format(word=stem) + "\n", "utf-8")
            files += 1
        lines = [f"{field} = {BAD_FIELDS[field]}" for field in bad]
        (folder / f"{stem}.meta.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return files


STEMS = st.lists(
    st.tuples(
        st.sampled_from(("dam", "bridge", "ferry", "harbour", "good")),
        st.booleans(),
        st.lists(st.sampled_from(sorted(BAD_FIELDS)), min_size=1, max_size=3, unique=True),
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda stem: stem[0],
)


@settings(max_examples=40, deadline=None)
@given(stems=STEMS)
def test_a_sidecar_s_bad_fields_are_parts_left_out(
    stems: list[tuple[str, bool, list[str]]],
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = _write(folder, stems)
        found = list(iter_articles(folder))
    articles = [a for a in found if isinstance(a, Article)]
    skips = [s for s in found if isinstance(s, Skipped)]
    assert len(articles) == files
    assert all(is_note(s) for s in skips), [s.reason for s in skips if not is_note(s)]
    skipped, notes = split_notes([(s.path, s.reason) for s in skips])
    assert skipped == ()
    assert len(notes) == sum(len(bad) * (2 if shared else 1) for _, shared, bad in stems)


def test_the_build_and_status_count_no_file_skipped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, [("good", True, ["date"]), ("dam", False, ["date", "title"])])
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    runner = CliRunner()
    built = runner.invoke(app, [*where, "index", "rebuild"], env={"COLUMNS": "400"})
    assert built.exit_code == 0, built.output
    assert "skipped" not in built.output.replace("none skipped", "")
    assert "4 unreadable parts left out" in built.output
    status = json.loads(runner.invoke(app, [*where, "index", "status", "--json"]).output)
    assert (status["skipped"], status["left_out"]) == (0, 4)
    assert status["skipped_files"] == []
