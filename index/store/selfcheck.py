"""A built generation checks itself before it may be swapped in: whole, and what was listed."""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path
from typing import Any

from whoosh.codec.whoosh3 import W3Codec
from whoosh.columns import VarBytesColumn
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from index.errors import BuildFailed
from index.store.schema import make_schema

INDEX_NAME = "MAIN"
"""Whoosh's default index name: its files are ``MAIN_<segment>.<ext>`` and ``_MAIN_<n>.toc``."""


def _required_files(segment: Any) -> list[str]:
    """The files every segment with documents has: term index, postings, stored fields."""
    names = [segment.make_filename(W3Codec.TERMS_EXT), segment.make_filename(W3Codec.POSTS_EXT)]
    if segment.doc_count_all():
        names.append(W3Codec.column_filename(segment, "_stored"))
    return names


def check_generation(
    folder: Path, listing: dict[str, list[Any]], sums: dict[str, list[int]]
) -> None:
    """Check a finished build folder against what the build meant to write.

    The table of contents must name segments whose files all exist with the sizes the
    checksums recorded, and the live documents must be exactly the listed articles:
    as many, and the same ids.

    Args:
        folder: The built (not yet published) generation folder.
        listing: The articles the build indexed, by id.
        sums: The size and CRC-32 of each file, as the manifest will record them.

    Raises:
        BuildFailed: Anything is missing, short, or different.
    """
    storage = FileStorage(str(folder))
    try:
        toc = TOC.read(storage, INDEX_NAME, schema=make_schema())
    except Exception as error:  # Whoosh raises many kinds on a missing or short TOC
        raise BuildFailed(f"the new index has no readable table of contents ({error})") from error
    toc_name = TOC._filename(INDEX_NAME, toc.generation)
    if toc_name not in sums:
        raise BuildFailed(f"the new index's table of contents {toc_name} was not checksummed")
    for segment in toc.segments:
        prefix = segment.make_filename(".")
        for name in _required_files(segment):
            if name not in sums:
                raise BuildFailed(f"the new index lacks {name}; the previous index is kept")
        for name, (size, _) in sums.items():
            if name.startswith(prefix) and (folder / name).stat().st_size != size:
                raise BuildFailed(f"the new index's {name} changed size while it was checked")
    ix = storage.open_index(INDEX_NAME, schema=make_schema())
    try:
        with ix.reader() as reader:
            count = reader.doc_count()
            ids = _live_ids(reader)
    except Exception as error:  # a short or damaged segment file
        raise BuildFailed(f"the new index cannot be read back ({error})") from error
    finally:
        ix.close()
    if count != len(listing) or ids != listing.keys():
        raise BuildFailed(
            f"the new index holds {count:,} articles where {len(listing):,} were indexed; "
            "the previous index is kept"
        )


def _live_ids(reader: Any) -> set[str]:
    """The ids of every live document, read a segment at a time: a whole id column at once
    where the segment has no deletions (most of an updated index), else its live rows."""
    ids: set[str] = set()
    for leaf, _ in reader.leaf_readers():
        values = _column_ids(leaf)
        if leaf.has_deletions():
            ids.update(values[docnum] for docnum in leaf.all_doc_ids())
        else:
            ids.update(values)
    return ids


def _column_ids(leaf: Any) -> list[str]:
    """A segment's id column, every row: its bytes read in one piece and cut by the
    column's lengths (Whoosh reads each value with a call of its own: ~0.03 CPU s for
    19,043 ids, this ~0.01); a column of another kind, as Whoosh reads it."""
    column = leaf.column_reader("id", translate=False)
    if not isinstance(column, VarBytesColumn.Reader):
        return list(leaf.column_reader("id"))
    lengths = column._lengths
    data = column._dbfile.get(column._basepos, sum(lengths))
    if len(data) != sum(lengths):
        raise ValueError("the id column is short")
    ends = accumulate(lengths)
    return [data[end - n : end].decode("utf-8") for end, n in zip(ends, lengths, strict=True)]
