"""The scan takes a file as an article by its name as `os.path.splitext` reads its suffix
(the scan reads it with less work a file; the suffixes are those the readers read), and finds
every article file, sidecar and all, as it did with `os.path.join` (a hypothesis oracle over
folders of odd names), each with its file's (and sidecar's) stat signature."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.files import ARTICLE_SUFFIXES, SIDECAR_SUFFIX, _is_article_name, find_files
from index.ingest.readers import READERS

NAMES = st.text(alphabet=".aJsONmtx", min_size=1, max_size=12).filter(
    lambda name: name not in (".", "..")
)


def test_the_scan_takes_the_suffixes_the_readers_read() -> None:
    assert set(READERS) == ARTICLE_SUFFIXES  # `scan` uses the one, `read_source` the other


def _oracle(name: str) -> bool:
    return (
        not name.startswith(".")
        and not name.endswith(SIDECAR_SUFFIX)
        and os.path.splitext(name)[1].lower() in READERS
    )


@given(st.one_of(NAMES, st.sampled_from(["a.json", "a.JSON", "a.meta.toml", "a.", "a..md"])))
def test_an_article_name_is_what_splitext_says(name: str) -> None:
    assert _is_article_name(name, READERS) == _oracle(name)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "sub/", "sub/deep/"]), NAMES), max_size=8))
def test_the_scan_finds_the_article_files_by_their_paths(names: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder).resolve()
        expected = {}
        for sub, name in names:
            (root / sub).mkdir(parents=True, exist_ok=True)
            path = root / sub / name
            if path.is_dir():
                continue
            path.write_text("{}", encoding="utf-8")
            if _oracle(name):
                expected[sub + name] = os.path.join(root, *filter(None, sub.split("/")), name)
        found, _ = find_files(root, READERS)
        assert {f.rel: f.location for f in found} == expected
        for source in found:
            sidecar = source.path.with_name(source.path.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
            assert source.sidecar == (sidecar if sidecar.exists() else None)
            info = os.stat(source.location)
            signature = (info.st_mtime_ns, info.st_size)
            if source.sidecar is not None:
                side = os.stat(source.sidecar)
                signature += (side.st_mtime_ns, side.st_size)
            assert (source.mtime_ns, source.size, source.signature) == (*signature[:2], signature)
