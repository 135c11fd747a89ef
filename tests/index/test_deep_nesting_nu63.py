"""A value nested 100,000 deep in a corpus file stopped a whole build with a RecursionError
(nu63 #1): the file or record holding it is skipped with "nested too deeply", the rest is read."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.decode import TOO_DEEP
from index.ingest.held import file_ids
from index.ingest.readers import iter_articles, read_again, scan
from index.models import Article, Skipped

DEEP = 100_000
SHALLOW = 50
"""Depths every parser reads (and a build indexes) and none can (Python's limit is ~1,000)."""


def _nest(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


def _read(folder: Path) -> tuple[dict[str, Article], list[Skipped]]:
    found = list(iter_articles(folder))
    articles = {a.id: a for a in found if isinstance(a, Article)}
    return articles, [s for s in found if isinstance(s, Skipped)]


GOOD = '{"id":"good","title":"Good","body":"A good record."}\n'


def _write(folder: Path, place: str, depth: int) -> str:
    """A corpus holding one good JSON Lines record and a value ``depth`` deep at ``place``;
    the name of what holds that value (as its skip names it)."""
    (folder / "good.jsonl").write_text(GOOD, encoding="utf-8")
    deep = _nest(depth)
    if place == "json":
        text = '{"id":"deep","title":"T","body":"Deep body.","extra":' + deep + "}"
        (folder / "deep.json").write_text(text, encoding="utf-8")
        return "deep.json"
    if place in ("jsonl-extra", "jsonl-title"):
        field = "extra" if place == "jsonl-extra" else "title"
        line = '{"id":"deep","body":"Deep body.","' + field + '":' + deep + "}\n"
        (folder / "good.jsonl").write_text(GOOD + line + GOOD.replace("good", "also"), "utf-8")
        return "good.jsonl:2"
    if place == "front":
        text = f"---\ntitle: {deep}\n---\nDeep body.\n"
        (folder / "deep.md").write_text(text, encoding="utf-8")
        return "deep.md"
    (folder / "deep.txt").write_text("Deep body.\n", encoding="utf-8")
    (folder / "deep.meta.toml").write_text(f"title = {deep}\n", encoding="utf-8")
    return "deep.meta.toml"


PLACES = ("json", "jsonl-extra", "jsonl-title", "front", "sidecar")


@settings(max_examples=30, deadline=None)
@given(
    place=st.sampled_from(PLACES),
    depth=st.one_of(st.integers(1, DEEP), st.sampled_from([1, SHALLOW, 1_000, 5_000, DEEP])),
)
def test_a_deep_value_never_stops_a_build(place: str, depth: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        where = _write(folder, place, depth)
        articles, skipped = _read(folder)  # never raises
    assert "good" in articles
    if place.startswith("jsonl"):
        assert "also" in articles  # the record after it too
    deep_skips = [s for s in skipped if s.reason.endswith(TOO_DEEP)]
    assert all(s.path.endswith(where) for s in deep_skips)
    assert len(deep_skips) <= 1
    if depth <= SHALLOW:
        assert not deep_skips
    if depth >= DEEP:
        assert len(deep_skips) == 1
    # the article itself: skipped with its value (JSON), or read without it (metadata)
    holds_article = place in ("json", "jsonl-extra", "jsonl-title")
    if not holds_article:
        assert len(articles) == 2  # the text is read, its metadata left out
    elif deep_skips:
        assert "deep" not in articles
    else:
        assert "deep" in articles


def test_each_format_says_which_part_is_too_deep(tmp_path: Path) -> None:
    for place in PLACES:
        folder = tmp_path / place
        folder.mkdir()
        where = _write(folder, place, DEEP)
        articles, skipped = _read(folder)
        reasons = [s.reason for s in skipped if s.path.endswith(where)]
        assert len(reasons) == 1 and reasons[0].endswith(TOO_DEEP), (place, reasons)
        if place == "front":  # its lines are not read as the article's text
            [article] = [a for a in articles.values() if a.id != "good"]
            assert "[[" not in article.body + article.title and "Deep body." in article.body


def test_update_and_ids_skip_a_deep_record(tmp_path: Path) -> None:
    _write(tmp_path, "jsonl-extra", DEEP)
    [source], _ = scan(tmp_path / "good.jsonl")
    compared = read_again(source, {})
    assert [row[0] for row in compared.rows] == [1, 3]
    assert [s.reason for s in compared.skipped] == [f"line 2: {TOO_DEEP}"]
    assert file_ids(tmp_path, "good.jsonl") == ["good", "also"]
    (tmp_path / "deep.json").write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")
    assert file_ids(tmp_path, "deep.json") == []
