"""JSON articles: one object a file (``.json``) or one a line (``.jsonl``), bad lines skipped."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Mapping
from typing import Any

from index.ingest.articles import make_article
from index.ingest.decode import DecodeError, decode
from index.ingest.files import ReadError, ReadResult, SourceFile, check_length, digest, read_bytes
from index.ingest.sanitize import sanitize
from index.ingest.sidecars import META_KEYS, good_fields
from index.models import Article, Skipped

MAX_RECORD_BYTES = 16 * 1024 * 1024
"""Largest JSON Lines record; longer lines are skipped."""


_BODY_KEYS = ("body", "text", "content")
_EXTRA_JSON = json.JSONEncoder(ensure_ascii=False)
"""What ``json.dumps(value, ensure_ascii=False)`` makes a new encoder for on every call."""


def _record_article(
    source: SourceFile,
    record: object,
    where: str,
    fallback_id: str,
    sidecar: Mapping[str, Any],
    sidecar_origins: Mapping[str, str],
) -> tuple[Article, list[str]]:
    """The record's article, and why each of its fields left out was (a bad date: the
    record is kept without it, as a sidecar's or front matter's is, nu25 #9)."""
    if not isinstance(record, dict):
        raise ReadError(f"{where}: expected a JSON object, got {type(record).__name__}")
    body = next((record[k] for k in _BODY_KEYS if k in record), None)
    if body is None:
        raise ReadError(f"{where}: no 'body' field")
    if not isinstance(body, str):
        raise ReadError(f"{where}: 'body' should be text, not {type(body).__name__}")
    try:
        check_length(body)
    except ReadError as error:
        raise ReadError(f"{where}: {error}") from error
    text = sanitize(body)
    if not text.strip():
        raise ReadError(f"{where}: empty body")
    article_id = record_id(record, fallback_id)
    if article_id is None:
        raise ReadError(f"{where}: 'id' should be text, not {type(record['id']).__name__}")
    fields, problems = good_fields(record, where)
    known = {**fields, **sidecar}
    origins = {**{key: f"JSON field '{key}'" for key in fields}, **sidecar_origins}
    extra = {
        key: sanitize(value if isinstance(value, str) else _EXTRA_JSON.encode(value))
        for key, value in record.items()
        if key not in META_KEYS and key not in _BODY_KEYS and key != "id"
    }
    article = make_article(source, article_id, text, known, origins, extra=extra, where="body line")
    return article, problems


def record_id(record: Mapping[str, Any], fallback_id: str) -> str | None:
    """A JSON record's article id: its ``id`` field (text or a number), else ``fallback_id``
    (the file's path, or a JSON Lines record's ``path:line``); None for an id of another type."""
    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        return fallback_id
    if isinstance(raw_id, str | int):
        return sanitize(str(raw_id)).strip() or fallback_id
    return None


def read_json(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    data = read_bytes(source.path)
    try:
        record = json.loads(decode(data))
    except DecodeError as error:
        raise ReadError(str(error)) from error
    except json.JSONDecodeError as error:
        # Python's own words ("Expecting ',' delimiter: line 1 column 11 (char 10)") read
        # as a traceback's: where it breaks is what a reader can use (nu19 #10)
        raise ReadError(f"not valid JSON (line {error.lineno}, column {error.colno})") from error
    article, problems = _record_article(source, record, source.rel, source.rel, known, origins)
    skipped = [Skipped(source.rel, f"JSON field ignored: {problem}") for problem in problems]
    return ReadResult([article], skipped, digest(data))


def read_jsonl(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    numbers: list[int] = []
    lines, file_digest = jsonl_lines(source)
    for lineno, line in lines:
        if line is None:
            found: Article | Skipped = too_large(source, lineno)
        else:
            found = line_article(source, line, lineno, skipped)
        if isinstance(found, Article):
            articles.append(found)
            numbers.append(lineno)
        else:
            skipped.append(found)
    return ReadResult(articles, skipped, file_digest, numbers)


def jsonl_lines(source: SourceFile) -> tuple[list[tuple[int, bytes | None]], str]:
    """The non-blank lines of a JSON Lines file by number (None for one too large to
    read, `MAX_RECORD_BYTES`), and the file's digest.

    Raises:
        ReadError: The file cannot be read, is not a regular file, or is empty.
    """
    lines: list[tuple[int, bytes | None]] = []
    hasher = hashlib.blake2b(digest_size=16)
    try:
        fd = os.open(source.path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from error
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ReadError("not a regular file")
        lineno = 0
        while True:
            try:
                line = handle.readline(MAX_RECORD_BYTES + 1)
            except OSError as error:
                raise ReadError(f"cannot read: {error.strerror or error}") from error
            if not line:
                break
            lineno += 1
            hasher.update(line)
            if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # drain the rest of the line
                    line = handle.readline(MAX_RECORD_BYTES)
                    hasher.update(line)
                lines.append((lineno, None))
            elif line.strip():
                lines.append((lineno, line))
    if lineno == 0:
        raise ReadError("empty file")
    return lines, hasher.hexdigest()


def line_article(
    source: SourceFile, line: bytes, lineno: int, notes: list[Skipped]
) -> Article | Skipped:
    """The article of one (non-blank) JSON Lines record, or why it was skipped. A bad field
    is left out of the article, and why goes to ``notes`` as a .json file's does ("JSON
    field ignored: 'date' is not a date" on "feed.jsonl:3": a part left out, no record
    skipped; it was silent, nu31 #7)."""
    where = f"line {lineno}"
    try:
        record = json.loads(decode(line))
        article, problems = _record_article(source, record, where, f"{source.rel}:{lineno}", {}, {})
        notes.extend(
            Skipped(f"{source.rel}:{lineno}", f"JSON field ignored: {problem}")
            for problem in problems
        )
        return article
    except json.JSONDecodeError as error:
        return Skipped(f"{source.rel}:{lineno}", f"{where}: not valid JSON (column {error.colno})")
    except (DecodeError, ReadError) as error:
        message = str(error) if str(error).startswith("line ") else f"{where}: {error}"
        return Skipped(f"{source.rel}:{lineno}", message)


def too_large(source: SourceFile, lineno: int) -> Skipped:
    """The skip of a JSON Lines record longer than `MAX_RECORD_BYTES`."""
    return Skipped(f"{source.rel}:{lineno}", f"line {lineno}: record too large")
