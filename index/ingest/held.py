"""The article ids a corpus file holds, for a command given a file's name where an article's
id is asked: a JSON article's id is its ``id`` field, not its file's name (nu27 #8).

Only the ids are read (no cleaning, no metadata): a JSON Lines file of thousands of
records answers in a moment.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from index.ingest.decode import DecodeError, decode
from index.ingest.files import ARTICLE_SUFFIXES, ReadError, SourceFile, read_bytes
from index.ingest.records import Keys, jsonl_lines, line_id, record_id, repeated_urls

JSON_LINES = frozenset({".jsonl", ".ndjson"})
"""The suffixes of files of one JSON record a line (`index.ingest.readers.READERS`)."""


def corpus_file(root: Path, name: str) -> str | None:
    """The path, relative to the corpus folder ``root`` (as ids are), of the article file
    ``name`` names: relative to ``root`` or to the working folder, or absolute; None when it
    names no article file inside ``root``."""
    for candidate in (root / name, Path(name)):
        for path in (Path(os.path.abspath(candidate)), _resolved(candidate)):
            if path is None or not path.is_relative_to(root):
                continue
            if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
                return path.relative_to(root).as_posix()
    return None


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None


def file_ids(root: Path, rel: str) -> list[str]:
    """The ids of the articles the corpus file ``rel`` holds, in its order, once each, as a
    build names them (`index.ingest.records`): a JSON file's ``id`` field, each JSON Lines
    record's (its url or key without one, `index.ingest.records.record_key`), a text,
    Markdown or HTML file's path. Records that are not objects or have an
    id of another type are left out (the build skips them); so is a file it cannot read."""
    path = root / rel
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            records = [json.loads(decode(read_bytes(path)))]
        except (ReadError, DecodeError, ValueError, RecursionError):
            return []
        fallbacks = [rel]
    elif suffix in JSON_LINES:
        source = SourceFile(rel, str(path), 0, 0, None, ())
        try:
            lines = jsonl_lines(source)[0]
        except ReadError:
            return []
        keys, found = Keys(repeated_urls(lines)), list[str | None]()
        for _, line in lines:
            try:
                record = json.loads(decode(line or b""))
                if isinstance(record, dict):
                    found.append(line_id(rel, record, keys))
            except (DecodeError, ValueError, RecursionError):  # a build skips it too
                continue
        return list(dict.fromkeys(i for i in found if i is not None))
    else:
        return [rel]
    try:
        pairs = zip(records, fallbacks, strict=True)
        ids = [record_id(r, f) for r, f in pairs if isinstance(r, dict)]
    except RecursionError:
        return []
    return list(dict.fromkeys(i for i in ids if i is not None))
