"""nu25 #11: `index rebuild` and `index update` count a text once, as the reader, search
and `index status` do, and name the exact copies beside ("3 articles indexed (1 exact
copy)"); before, they counted every copy ("4 articles indexed"). The oracle: the distinct
(outlet, title, body) the corpus was written from (an exact copy's key leaves the date out)."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import write_corpus
from tests.index.test_copies_count import ARTICLE, _text
from tui.cli import app

INDEXED = re.compile(r"([\d,]+) articles? indexed(?: \(([\d,]+) exact cop(?:y|ies)\))?")
IN_ALL = re.compile(r"([\d,]+) articles? in all(?: \(([\d,]+) exact cop(?:y|ies)\))?")


def _said(pattern: re.Pattern[str], output: str) -> tuple[int, int]:
    found = pattern.search(output)
    assert found is not None, output
    return int(found.group(1).replace(",", "")), int((found.group(2) or "0").replace(",", ""))


@settings(max_examples=6, deadline=None)
@given(
    articles=st.lists(ARTICLE, min_size=1, max_size=5),
    copies=st.lists(st.tuples(st.integers(0, 4), st.integers(10, 14)), max_size=3),
    late=st.lists(st.tuples(st.integers(0, 4), st.integers(10, 14)), min_size=1, max_size=2),
)
def test_rebuild_and_update_count_a_text_once(
    articles: list[tuple[str, int, str, list[str]]],
    copies: list[tuple[int, int]],
    late: list[tuple[int, int]],
) -> None:
    files = {f"a{n}.md": _text(*article) for n, article in enumerate(articles)}
    for m, (n, day) in enumerate(copies):
        if n < len(articles):
            outlet, _, title, words = articles[n]
            files[f"c{m}.md"] = _text(outlet, day, title, words)
    texts = {(outlet, title, " ".join(words)) for outlet, _, title, words in articles}
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as top:
        corpus = write_corpus(Path(top) / "corpus", files)
        where = ["--corpus", str(corpus), "--index-dir", str(Path(top) / "index")]
        built = runner.invoke(app, [*where, "index", "rebuild"])
        assert built.exit_code == 0, built.output
        assert _said(INDEXED, built.output) == (len(texts), len(files) - len(texts))
        for m, (n, day) in enumerate(late):  # more copies, then an update
            outlet, _, title, words = articles[n % len(articles)]
            (corpus / f"late{m}.md").write_text(_text(outlet, day, title, words))
        updated = runner.invoke(app, [*where, "index", "update"])
        assert updated.exit_code == 0, updated.output
        every = len(files) + len(late)
        assert _said(IN_ALL, updated.output) == (len(texts), every - len(texts))


def test_a_field_left_out_of_an_indexed_file_is_no_file_skipped(tmp_path: Path) -> None:
    """rv23: a bad field ignored in a file that is indexed all the same was counted as a file
    skipped ("3 articles indexed, 3 files skipped"); it is said apart, and real skips stay."""
    body = "The levee held through the night, engineers said on Sunday morning."
    files = {
        "a.json": json.dumps({"title": "Levee holds", "date": "March 2017-ish", "text": body}),
        "b.md": "---\ntitle: Dam holds\ndate: not a date\n---\n" + body.replace("levee", "dam"),
        "c.txt": "River crests\n\n" + body.replace("levee", "river wall"),
        "d.txt": "",
    }
    corpus = write_corpus(tmp_path / "corpus", files)
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    built = CliRunner().invoke(app, [*where, "index", "rebuild"])
    assert built.exit_code == 0, built.output
    assert _said(INDEXED, built.output) == (3, 0)
    assert "1 file skipped" in built.output and "1 skipped, 2 left out:" in built.output
    assert "2 unreadable parts left out" in built.output
