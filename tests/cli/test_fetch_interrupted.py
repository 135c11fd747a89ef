"""nu43 #5: Ctrl-C during `broadsheet fetch` says how many pages were saved to the corpus
folder and not indexed, and that the next update indexes them (or that none was saved);
it said only "interrupted; the index is as it was before"."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.fetch.models import FetchReport, SavedArticle
from tui.cli import Exit, app
from tui.cli.fetch_interrupt import interrupted_line, saved_since

runner = CliRunner()
ANY_TMP = settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=20)


def save(corpus: Path, name: str, long_ago: bool = False) -> SavedArticle:
    """A fetched page and its sidecar (written now, or a day ago: an earlier fetch's)."""
    folder = corpus / "fetched" / "example.com" / "2024-05-06"
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / f"{name}.html"
    page.write_text(f"<html><title>{name}</title><p>{name} text.</p></html>", "utf-8")
    sidecar = folder / f"{name}.meta.toml"
    sidecar.write_text(f'url = "http://example.com/{name}"\n', "utf-8")
    if long_ago:
        then = time.time() - 86_400
        os.utime(sidecar, (then, then))
    return SavedArticle(f"http://example.com/{name}", page.relative_to(corpus).as_posix())


def fetch_cli(corpus: Path, tmp_path: Path, *more: str) -> tuple[int, str]:
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    result = runner.invoke(app, ["fetch", "http://example.com/feed", *more, *where])
    return result.exit_code, result.stderr


@ANY_TMP
@given(earlier=st.integers(0, 4), now=st.integers(0, 4))
def test_ctrl_c_in_the_fetch_counts_the_pages_it_saved(
    earlier: int, now: int, tmp_path_factory: pytest.TempPathFactory, monkeypatch: Any
) -> None:
    corpus = tmp_path_factory.mktemp("corpus")
    for n in range(earlier):
        save(corpus, f"old-{n}", long_ago=True)  # an earlier fetch's: indexed or not, not ours

    def stopped(root: Path, *args: Any, **kwargs: Any) -> FetchReport:
        for n in range(now):
            save(root, f"new-{n}")
        raise KeyboardInterrupt

    monkeypatch.setattr("index.fetch.run.fetch", stopped)
    code, said = fetch_cli(corpus, tmp_path_factory.mktemp("index"))
    assert code == Exit.INTERRUPTED
    assert said.strip() == interrupted_line(now)
    assert "the index is as it was before" in said
    if now:
        assert f"{now:,} page{' was' if now == 1 else 's were'} saved" in said
        assert "index update" in said and "u in the reader" in said
    else:
        assert "no page was saved" in said


def test_ctrl_c_in_the_update_counts_the_pages_fetched(tmp_path: Path, monkeypatch: Any) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()

    def fetched(root: Path, *args: Any, **kwargs: Any) -> FetchReport:
        return FetchReport(new=(save(root, "a"), save(root, "b")))

    def stopped(*args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("index.fetch.run.fetch", fetched)
    monkeypatch.setattr("tui.cli.index_run.build_with_progress", stopped)
    code, said = fetch_cli(corpus, tmp_path)
    assert code == Exit.INTERRUPTED
    assert "2 pages were saved to the corpus folder but not indexed" in said


def test_a_page_written_over_counts_and_a_hidden_file_does_not(tmp_path: Path) -> None:
    began = time.time()
    save(tmp_path, "kept", long_ago=True)
    assert saved_since(tmp_path, began) == 0
    save(tmp_path, "kept")  # --refetch wrote it over: its new text is not indexed
    hidden = tmp_path / ".broadsheet"
    hidden.mkdir()
    (hidden / "x.meta.toml").write_text("", "utf-8")
    assert saved_since(tmp_path, began) == 1
