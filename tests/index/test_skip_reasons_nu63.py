"""Misleading skip reasons (nu63 #4): a FIFO as the corpus, a UTF-16 JSON Lines file, one
sidecar beside two articles."""

from __future__ import annotations

import codecs
import json
import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import iter_articles, scan
from index.models import Article, Skipped


def test_a_fifo_as_the_corpus_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    files, skipped = scan(fifo)
    assert files == []
    assert [(s.path, s.reason) for s in skipped] == [("fifo.txt", "not a regular file")]


WIDE = {
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}

_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)


def _read(path: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    found = list(iter_articles(path))
    articles = [(a.id, a.title, a.body) for a in found if isinstance(a, Article)]
    return articles, [f"{s.path}: {s.reason}" for s in found if isinstance(s, Skipped)]


@settings(max_examples=25, deadline=None)
@given(
    bodies=st.lists(_TEXT.filter(lambda t: t.strip()), min_size=1, max_size=4),
    encoding=st.sampled_from(sorted(WIDE)),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_a_wide_jsonl_reads_as_its_utf8_copy(
    bodies: list[str], encoding: str, newline: str
) -> None:
    """Oracle: the same records in UTF-8 (a UTF-16 file was split on the byte ``\\n``)."""
    records = [{"id": f"r{n}", "title": f"Title {n}", "body": b} for n, b in enumerate(bodies)]
    text = "".join(json.dumps(r, ensure_ascii=False) + newline for r in records)
    with tempfile.TemporaryDirectory() as name:
        wide, plain = Path(name) / "a" / "feed.jsonl", Path(name) / "b" / "feed.jsonl"
        wide.parent.mkdir()
        plain.parent.mkdir()
        wide.write_bytes(WIDE[encoding] + text.encode(encoding))
        plain.write_bytes(text.encode("utf-8"))
        assert _read(wide) == _read(plain)


def test_a_utf16_jsonl_indexes_every_record(tmp_path: Path) -> None:
    lines = ['{"id":"a","title":"Café","body":"One — body."}', '{"id":"b","body":"Two."}']
    path = tmp_path / "utf16.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + "\n".join(lines).encode("utf-16-le"))
    articles, skipped = _read(path)
    assert [a[0] for a in articles] == ["a", "b"] and skipped == []


def test_a_shared_sidecar_says_for_which_article(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A text body.\n", encoding="utf-8")
    (tmp_path / "good.md").write_text("A markdown body.\n", encoding="utf-8")
    (tmp_path / "good.meta.toml").write_text('date = "yesterday"\n', encoding="utf-8")
    (tmp_path / "lone.txt").write_text("Lone body.\n", encoding="utf-8")
    (tmp_path / "lone.meta.toml").write_text('date = "yesterday"\n', encoding="utf-8")
    reasons = sorted(s.reason for s in iter_articles(tmp_path) if isinstance(s, Skipped))
    bad = "'date' is not a date: 'yesterday'"
    assert reasons == [
        f"sidecar field ignored for good.md: {bad}",
        f"sidecar field ignored for good.txt: {bad}",
        f"sidecar field ignored: {bad}",  # its only article: as before
    ]
