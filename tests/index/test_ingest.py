"""Scanning a corpus and reading each format into articles."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from index.ingest.files import LINKED_FOLDER, ReadError
from index.ingest.readers import iter_articles, read_source, scan
from index.models import Article, Skipped


def _articles(corpus: Path) -> tuple[dict[str, Article], list[Skipped]]:
    articles: dict[str, Article] = {}
    skipped: list[Skipped] = []
    for item in iter_articles(corpus):
        if isinstance(item, Article):
            articles[item.id] = item
        else:
            skipped.append(item)
    return articles, skipped


def test_scan_finds_known_suffixes_recursively(corpus: Path) -> None:
    (corpus / "image.png").write_bytes(b"\x89PNG")
    (corpus / ".hidden.txt").write_text("secret")
    (corpus / "harbour.meta.toml").write_text('source = "Harbour News"\n')
    files, skipped = scan(corpus)
    assert [f.rel for f in files] == ["harbour.txt", "notes/budget.md", "orchard.txt"]
    assert skipped == []
    assert files[0].sidecar is not None


def test_scan_missing_corpus(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        scan(tmp_path / "nowhere")


def test_single_file_corpus(corpus: Path) -> None:
    articles, _ = _articles(corpus / "orchard.txt")
    assert list(articles) == ["orchard.txt"]


def test_markdown_front_matter(corpus: Path) -> None:
    articles, _ = _articles(corpus)
    budget = articles["notes/budget.md"]
    assert budget.title == "Council approves the budget"
    assert not budget.title_derived
    assert budget.source == "Valley Gazette"
    assert budget.date == datetime(2021, 5, 4)
    assert budget.body.startswith("The council approved")


def test_sidecar_wins(corpus: Path) -> None:
    (corpus / "orchard.meta.toml").write_text(
        'title = "Frost hits the orchards"\nsource = "Farm Weekly"\ndate = 2022-04-01\n'
    )
    articles, _ = _articles(corpus)
    orchard = articles["orchard.txt"]
    assert orchard.title == "Frost hits the orchards"
    assert orchard.source == "Farm Weekly"
    assert orchard.date == datetime(2022, 4, 1)


def test_bad_sidecar_is_reported_and_article_kept(corpus: Path) -> None:
    (corpus / "orchard.meta.toml").write_text("title = [unclosed\n")
    articles, skipped = _articles(corpus)
    assert "orchard.txt" in articles
    assert any("sidecar ignored" in s.reason for s in skipped)


def test_jsonl_records(records: Path) -> None:
    articles, skipped = _articles(records)
    assert set(articles) == {"w1", "w2"}
    w1 = articles["w1"]
    assert w1.title == "GRAIN PRICES RISE"
    assert w1.source == "Wire"
    assert w1.date == datetime(1987, 3, 2)
    assert w1.extra == {"category": '["grain"]'}
    assert articles["w2"].url == "https://example.org/w2"
    reasons = sorted(s.reason for s in skipped)
    assert reasons[0].startswith("line 3: not valid JSON")
    assert reasons[1] == "line 4: 'body' should be text, not int"


def test_json_single_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"title": "One", "body": "A single article body here."}))
    articles, _ = _articles(path)
    assert articles["one.json"].title == "One"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n \n", "whitespace"),
        ("picture.txt", b"\x89PNG\r\n\x1a\nrest", "PNG image"),
        ("nul.txt", b"ab\x00\x00cdef", "NUL bytes"),
        ("broken.json", b'{"body": ', "not valid JSON (line 1, column 10)"),
        (
            "cut.json",
            b'{"title": "broken',
            "not valid JSON (line 1, column 11)",
        ),
        ("list.json", b"[1, 2]", "expected a JSON object"),
        ("nobody.json", b'{"title": "x"}', "no 'body' field"),
    ],
)
def test_bad_files_are_skipped_with_a_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("A good article about the harbour.\n")
    articles, skipped = _articles(tmp_path)
    assert list(articles) == ["good.txt"]
    assert len(skipped) == 1
    assert reason in skipped[0].reason
    assert "\n" not in skipped[0].reason


def test_cp1252_file_is_readable(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes("The café’s owner said “no”.".encode("cp1252"))
    articles, _ = _articles(tmp_path)
    assert "café’s" in articles["old.txt"].body


def test_escape_sequences_removed_at_ingestion(tmp_path: Path) -> None:
    (tmp_path / "evil.txt").write_text(
        "Headline here\n\nBody \x1b[2J\x1b]0;owned\x07text [bold]x[/] is shown as written, "
        "never as markup or terminal commands.\n"
    )
    articles, _ = _articles(tmp_path)
    body = articles["evil.txt"].body
    assert "\x1b" not in body and "\x07" not in body
    assert "[bold]x[/]" in body


def test_symlinks(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "real.txt").write_text("A real article.\n")
    outside = tmp_path / "outside.txt"
    outside.write_text("Outside the corpus.\n")
    os.symlink(outside, corpus / "escape.txt")
    os.symlink(corpus / "real.txt", corpus / "alias.txt")
    os.symlink(corpus / "missing.txt", corpus / "dangling.txt")
    os.symlink(corpus / "loop.txt", corpus / "loop.txt")
    os.symlink(corpus, corpus / "subdir")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "far.txt").write_text("Far away.\n")
    os.symlink(tmp_path / "elsewhere", corpus / "linkeddir")
    files, skipped = scan(corpus)
    assert [f.rel for f in files] == ["alias.txt", "real.txt"]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert reasons["escape.txt"] == "symlink points outside the corpus"
    assert "dangling" in reasons["dangling.txt"]
    assert reasons["loop.txt"] == "symlink loop"
    # nu30 #12: a linked folder was passed over without a word
    assert reasons["linkeddir"] == reasons["subdir"] == LINKED_FOLDER


def test_fifo_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text("Good.\n")
    files, skipped = scan(tmp_path)
    assert [f.rel for f in files] == ["good.txt"]
    assert skipped[0].reason == "not a regular file"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "secret.txt").write_text("Secret.\n")
    files, _ = scan(tmp_path)
    real_open = os.open

    def deny(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(ReadError, match="Permission denied"):
        read_source(files[0])


def test_file_over_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import index.ingest.files

    monkeypatch.setattr(index.ingest.files, "MAX_FILE_BYTES", 1000)
    (tmp_path / "huge.txt").write_text("word " * 1000)
    _, skipped = _articles(tmp_path)
    assert "too large" in skipped[0].reason


def test_sidecars_in_subfolders_and_sidecars_added_later(corpus: Path, tmp_path: Path) -> None:
    from index.store.build import rebuild
    from index.store.update import update

    (corpus / "notes" / "budget.meta.toml").write_text('byline = "Ann Lee"\n')
    files = {f.rel: f for f in scan(corpus)[0]}
    assert files["notes/budget.md"].sidecar == corpus / "notes" / "budget.meta.toml"
    assert files["orchard.txt"].sidecar is None
    rebuild(corpus, tmp_path / "ix")
    (corpus / "orchard.meta.toml").write_text('source = "Farm Weekly"\n')
    report = update(corpus, tmp_path / "ix")
    assert report.indexed == 1  # the new sidecar changed the article's signature


def test_known_datelines_lose_the_dash_that_leads_into_the_text(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "body": "Text.", "dateline": "HOUSTON, Feb 26 -", "byline": "By Ann Lee |"},
        {"id": "b", "body": "Text.", "dateline": " - "},
    ]
    path = tmp_path / "w.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    articles, skipped = _articles(path)
    assert articles["a"].dateline == "Houston, Feb 26"  # shown as written elsewhere (fx127)
    assert articles["a"].byline == "By Ann Lee"
    assert articles["b"].dateline is None and not skipped
