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


def test_publish_skips_only_the_files_of_the_generation_it_was_made_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file hard-linked from the published base was flushed when the base was
    published; every other file (written, copied, or linked from elsewhere) is flushed."""
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    base = index_dir / "gen-1"
    (base / "quotes").mkdir(parents=True)
    for name in ("seg.pst", "quotes/sh-0.keys", "quotes/copied", "renamed"):
        (base / name).write_text(name, encoding="utf-8")
    stranger = tmp_path / "stranger"
    stranger.write_text("not of the base\n", encoding="utf-8")
    built = generations.new_temp_folder(index_dir)
    (built / "quotes").mkdir()
    os.link(base / "seg.pst", built / "seg.pst")
    os.link(base / "quotes" / "sh-0.keys", built / "quotes" / "sh-0.keys")
    (built / "quotes" / "copied").write_bytes((base / "quotes" / "copied").read_bytes())
    os.link(base / "renamed", built / "other-name")  # the base's file, under another name
    os.link(stranger, built / "quotes" / "stranger")
    (built / "new.toc").write_text("{}", encoding="utf-8")
    flushed: list[str] = []
    real_fsync = os.fsync

    def watched_fsync(fd: int) -> None:
        flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(generations.os, "fsync", watched_fsync)
    generations.publish(index_dir, built, base=base)
    names = {os.path.relpath(path, built) for path in flushed if path.startswith(str(built))}
    expected = {".", "quotes", "quotes/copied", "quotes/stranger", "other-name", "new.toc"}
    assert names == expected
    assert flushed.index(os.fspath(built / "quotes")) < flushed.index(os.fspath(built))
