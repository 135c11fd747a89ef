"""A build's derived data (`index.derived`): computed into the new generation before its check."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path

from whoosh.index import open_dir

from index.derived import NAME, Derived
from index.errors import BuildFailed
from index.models import Article, Progress, ProgressCallback
from index.store.reader import article_from
from index.store.schema import make_schema


def check_kinds(derived: Sequence[Derived]) -> None:
    """Refuse names that cannot be a generation's folder, or that repeat.

    Raises:
        ValueError: Says which name.
    """
    seen: set[str] = set()
    for kind in derived:
        if not NAME.fullmatch(kind.name) or kind.name in seen:
            raise ValueError(f"derived data cannot be named {kind.name!r}")
        seen.add(kind.name)


def derive_all(
    folder: Path, derived: Sequence[Derived], on_progress: ProgressCallback | None
) -> list[str]:
    """Build every kind from all the articles of a new generation; returns their names."""
    for kind in derived:
        if on_progress:
            on_progress(Progress(0, 0, kind.name))
        target = _folder(folder, kind)
        kind.build(read_back(folder), target, on_progress)
    return [kind.name for kind in derived]


def derive_changes(
    folder: Path,
    previous: Path,
    derived: Sequence[Derived],
    added: Collection[str],
    removed: Collection[str],
    on_progress: ProgressCallback | None,
) -> list[str]:
    """Update every kind from its folder in ``previous`` and the changes; returns their names.

    A kind the previous generation lacks (it was added since) is built from every article.
    """
    for kind in derived:
        if on_progress:
            on_progress(Progress(0, 0, kind.name))
        target = _folder(folder, kind)
        before = previous / kind.name
        if before.is_dir():
            kind.update(
                before, read_back(folder, sorted(added)), sorted(removed), target, on_progress
            )
        else:
            kind.build(read_back(folder), target, on_progress)
    return [kind.name for kind in derived]


def check_derived(folder: Path, names: Sequence[str], sums: dict[str, list[int]]) -> None:
    """Every derived folder is there, and each of its files has its checksum.

    Raises:
        BuildFailed: A folder is missing, or a file in it was not checksummed.
    """
    for name in names:
        target = folder / name
        if not target.is_dir():
            raise BuildFailed(f"the new index lacks its {name} data; the previous index is kept")
        for root, _, files in os.walk(target):
            for file in files:
                relative = Path(root, file).relative_to(folder).as_posix()
                if relative not in sums and not file.endswith((".lock", ".part")):
                    raise BuildFailed(f"the new index's {relative} was not checksummed")


def read_back(folder: Path, ids: Sequence[str] | None = None) -> Iterator[Article]:
    """The articles of a built (not yet published) generation, in order of id.

    Args:
        folder: The generation folder, its index committed.
        ids: Only these articles (every one when None); ids not in the index are skipped.
    """
    ix = open_dir(str(folder), schema=make_schema())
    try:
        with ix.searcher() as searcher:
            if ids is None:
                reader = searcher.reader()
                column = reader.column_reader("id")
                numbers = sorted(
                    (column[docnum], docnum)
                    for docnum in range(reader.doc_count_all())
                    if not reader.is_deleted(docnum)
                )
                for _, docnum in numbers:
                    yield article_from(searcher.stored_fields(docnum))
                return
            for article_id in ids:
                fields = searcher.document(id=article_id)
                if fields is not None:
                    yield article_from(fields)
    finally:
        ix.close()


def _folder(generation: Path, kind: Derived) -> Path:
    target = generation / kind.name
    target.mkdir(mode=0o700)
    return target
