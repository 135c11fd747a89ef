"""Publishing a generation flushes what its kinds' subfolders hold: files hard-linked or
copied from the previous generation are made there, not written, so only the subfolder's
own flush makes their names durable before ``CURRENT`` moves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.store import generations


def test_publish_flushes_subfolders_and_their_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    old = tmp_path / "old-segment"
    old.write_text("kept\n", encoding="utf-8")
    built = generations.new_temp_folder(index_dir)
    (built / "toc.json").write_text("{}", encoding="utf-8")
    quotes = built / "quotes"
    (quotes / "inner").mkdir(parents=True)
    os.link(old, quotes / "articles-0")
    (quotes / "inner" / "sh-1.keys").write_text("x\n", encoding="utf-8")
    flushed: list[str] = []
    opened: dict[int, str] = {}
    real_open, real_fsync = os.open, os.fsync

    def watched_open(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        fd = real_open(path, flags, *args)
        opened[fd] = os.fspath(path)
        return fd

    def watched_fsync(fd: int) -> None:
        flushed.append(opened.get(fd, "?"))
        real_fsync(fd)

    monkeypatch.setattr(generations.os, "open", watched_open)
    monkeypatch.setattr(generations.os, "fsync", watched_fsync)
    generations.publish(index_dir, built)
    for path in (quotes, quotes / "articles-0", quotes / "inner", quotes / "inner" / "sh-1.keys"):
        assert os.fspath(path) in flushed, path
    assert flushed.index(os.fspath(quotes)) < flushed.index(os.fspath(built))
