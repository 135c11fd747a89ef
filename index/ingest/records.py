"""JSON articles: one object a file (``.json``) or one a line (``.jsonl``), bad lines skipped.

A JSON Lines record without an ``id`` is keyed by its ``url``, else by its file and a digest
of its title, date and body (`record_key`): never by its line, which moves when a line above
is dropped (a note pinned to it went to the record that took its line, lf31 #2). A url
that keys two or more records of one file keys each as ``url#`` and the digest of its
content (a live blog repeats its url with new text: the records are then told apart by what
they say, not by their order, which moved a note to another record, rv32 #2); records of one
key and one content are told apart by their order (`Keys`). Each record's bytes have a
digest (`index.ingest.digests`): an update re-indexes only the records whose digest changed.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import stat
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from index.ingest.articles import make_article
from index.ingest.decode import TOO_DEEP, DecodeError, binary_kind, decode
from index.ingest.digests import record_digest
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
    fallback_id: str | None,
    sidecar: Mapping[str, Any],
    sidecar_origins: Mapping[str, str],
) -> tuple[Article, list[str], str | None]:
    """The record's article, why each of its fields left out was (a bad date: the
    record is kept without it, as a sidecar's or front matter's is, nu25 #9), and, when its
    id is its `record_key` (``fallback_id`` None: a JSON Lines record without an id), the
    digest of its content (`content_digest`)."""
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
    keyed = fallback_id is None and record_id(record, "") == ""
    article_id = record_key(source.rel, record, body) if keyed else record_id(record, fallback_id)
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
    return article, problems, content_digest(record, body) if keyed else None


def record_id(record: Mapping[str, Any], fallback_id: str | None) -> str | None:
    """A JSON record's article id: its ``id`` field (text or a number), else ``fallback_id``
    (a .json file's path); None for an id of another type."""
    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        return fallback_id
    if isinstance(raw_id, str | int):
        return sanitize(str(raw_id)).strip() or fallback_id
    return None


def record_key(rel: str, record: Mapping[str, Any], body: str) -> str:
    """The id of a JSON Lines record without one: its ``url``, else ``rel``, a colon and a
    digest of its title, date and body as the record gives them. A note pinned to it is
    then never shown on another record (it may be orphaned, when the record is edited): a
    record of the same key reads the same, title, date and text (the other records of that
    key are told apart by order, `Keys`)."""
    url = record.get("url")
    if isinstance(url, str) and (url := sanitize(url).strip()):
        return url
    return f"{rel}:{content_digest(record, body)}"


def content_digest(record: Mapping[str, Any], body: str) -> str:
    """A digest of a record's title, date and body as it gives them (blake2b-64, hex)."""
    content = _EXTRA_JSON.encode([record.get("title"), record.get("date"), body])
    return hashlib.blake2b(content.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def repeated_urls(lines: Iterable[tuple[int, bytes | None]]) -> frozenset[str]:
    """The urls that key (`record_key`) two or more records of a JSON Lines file (its
    `jsonl_lines`): records of a text body and no id (others have no key). A line is parsed
    only when it names a ``"url"`` other than ``null``."""
    seen: set[str] = set()
    twice: set[str] = set()
    for _, line in lines:
        if line is None or line.count(b'"url"') == line.count(b'"url": null'):
            continue
        try:
            record = json.loads(decode(line))
        except (DecodeError, ValueError, RecursionError):
            continue
        if not isinstance(record, dict) or record_id(record, "") != "":
            continue
        url, body = record.get("url"), next((record[k] for k in _BODY_KEYS if k in record), None)
        if isinstance(body, str) and isinstance(url, str) and (url := sanitize(url).strip()):
            (twice if url in seen else seen).add(url)
    return frozenset(twice)


def line_id(rel: str, record: Mapping[str, Any], keys: Keys) -> str | None:
    """A JSON Lines record's id as a build gives it, the record not read further
    (`index.ingest.held`); None for an id of another type or a record without a text body."""
    found = record_id(record, "")
    if found != "":
        return found
    body = next((record[k] for k in _BODY_KEYS if k in record), None)
    if not isinstance(body, str):
        return None
    return keys.distinct(record_key(rel, record, body), content_digest(record, body))


class Keys:
    """The ids of one file's keyed records (`record_key`), in the file's order: a url of
    ``repeated`` (`repeated_urls`) is ``url#<content digest>``, any other key is itself;
    the second record of one such id is ``id#2``, the third ``id#3``..."""

    def __init__(self, repeated: Collection[str] = ()) -> None:
        self._repeated = repeated
        self._seen: dict[str, int] = {}

    def distinct(self, key: str, content: str) -> str:
        """The id of the next record of ``key`` whose content has the digest ``content``."""
        article_id = self.peek(key, content)
        base = self._base(key, content)
        self._seen[base] = self._seen.get(base, 0) + 1
        return article_id

    def peek(self, key: str, content: str) -> str:
        """The id `distinct` would give the next record of ``key`` (counting none)."""
        base = self._base(key, content)
        count = self._seen.get(base, 0) + 1
        return base if count == 1 else f"{base}#{count}"

    def _base(self, key: str, content: str) -> str:
        return f"{key}#{content}" if key in self._repeated else key


def read_json(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    data = read_bytes(source.path)
    try:
        record = json.loads(decode(data))
        rel = source.rel
        article, problems, _ = _record_article(source, record, rel, rel, known, origins)
    except RecursionError:
        raise ReadError(TOO_DEEP) from None
    except DecodeError as error:
        raise ReadError(str(error)) from error
    except json.JSONDecodeError as error:
        # Python's own words ("Expecting ',' delimiter: line 1 column 11 (char 10)") read
        # as a traceback's: where it breaks is what a reader can use (nu19 #10)
        raise ReadError(f"not valid JSON (line {error.lineno}, column {error.colno})") from error
    skipped = [Skipped(source.rel, f"JSON field ignored: {problem}") for problem in problems]
    return ReadResult([article], skipped, digest(data))


def read_jsonl(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    numbers: list[int] = []
    digests: list[bytes] = []
    lines, file_digest = jsonl_lines(source)
    keys = Keys(repeated_urls(lines))
    for lineno, line in lines:
        if line is None:
            found: Article | Skipped = too_large(source, lineno)
        else:
            found = line_article(source, line, lineno, skipped, keys)
        if isinstance(found, Article):
            articles.append(found)
            numbers.append(lineno)
            digests.append(record_digest(line or b""))
        else:
            skipped.append(found)
    return ReadResult(articles, skipped, file_digest, numbers, digests)


@dataclass(slots=True)
class Compared:
    """A JSON Lines file read again (`read_compared`): each record kept, in order, as its
    line, its digest and its article, or its id alone when it is as before; the records
    and bad fields skipped (as `read_jsonl` says them); the file's digest."""

    rows: list[tuple[int, bytes, Article | str]]
    skipped: list[Skipped]
    digest: str


def read_compared(source: SourceFile, before: Mapping[str, bytes]) -> Compared:
    """`read_jsonl` of a file whose records had the digests ``before`` (by id): a record
    whose id has the digest it had is parsed, not cleaned (the same bytes make the same
    article, `index.ingest.digests`); its id stands for it.

    Raises:
        ReadError: As `jsonl_lines`.
    """
    rows: list[tuple[int, bytes, Article | str]] = []
    skipped: list[Skipped] = []
    lines, file_digest = jsonl_lines(source)
    keys = Keys(repeated_urls(lines))
    for lineno, line in lines:
        if line is None:
            skipped.append(too_large(source, lineno))
            continue
        record = record_digest(line)
        try:
            found: Article | Skipped | str | None = _as_before(
                source, line, lineno, record, before, keys, skipped
            )
        except RecursionError:  # a value nested too deeply: `line_article` says so
            found = None
        if found is None:
            found = line_article(source, line, lineno, skipped, keys)
        if isinstance(found, Skipped):
            skipped.append(found)
        else:
            rows.append((lineno, record, found))
    return Compared(rows, skipped, file_digest)


def _as_before(
    source: SourceFile,
    line: bytes,
    lineno: int,
    record: bytes,
    before: Mapping[str, bytes],
    keys: Keys,
    notes: list[Skipped],
) -> str | None:
    """The id of a record (its digest ``record``) as it was ``before``, its bad fields said
    (as `line_article` says them); None when it is not (then nothing is counted or said)."""
    try:
        parsed = json.loads(decode(line))
    except (DecodeError, ValueError):
        return None
    if not isinstance(parsed, dict) or (found := record_id(parsed, "")) is None:
        return None
    key = None
    if found == "":  # its key (the record had a text body, or it was skipped)
        body = next((parsed[k] for k in _BODY_KEYS if k in parsed), None)
        if not isinstance(body, str):
            return None
        key = (record_key(source.rel, parsed, body), content_digest(parsed, body))
        found = keys.peek(*key)
    if before.get(found) != record:
        return None
    if key is not None:
        keys.distinct(*key)
    _, problems = good_fields(parsed, f"line {lineno}")
    notes.extend(
        Skipped(f"{source.rel}:{lineno}", f"JSON field ignored: {problem}") for problem in problems
    )
    return found


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
        if handle.peek(4)[:4].startswith(_WIDE_BOMS):
            return _wide_lines(source)
        lineno = 0
        while True:
            try:
                line = handle.readline(MAX_RECORD_BYTES + 1)
            except OSError as error:
                raise ReadError(f"cannot read: {error.strerror or error}") from error
            if not line:
                break
            lineno += 1
            if lineno == 1 and (binary := binary_kind(line)):
                raise ReadError(binary)  # a whole file, not its "records" (nu62 #8)
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


_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)
"""The byte-order marks of UTF-16 and UTF-32 (UTF-32-LE's opens as UTF-16-LE's): a file of
one of them is decoded before it is split into lines, whose bytes ``\n`` does not end (it
was read as two bad records, nu63 #4)."""


def _wide_lines(source: SourceFile) -> tuple[list[tuple[int, bytes | None]], str]:
    """`jsonl_lines` of a UTF-16 or UTF-32 file: each line as UTF-8 bytes (as `decode` reads)."""
    data = read_bytes(source.path)
    try:
        text = decode(data)
    except DecodeError as error:
        raise ReadError(str(error)) from error
    lines: list[tuple[int, bytes | None]] = []
    for lineno, line in enumerate(text.split("\n"), 1):
        encoded = line.encode("utf-8", "surrogatepass")
        if len(encoded) > MAX_RECORD_BYTES:
            lines.append((lineno, None))
        elif encoded.strip():
            lines.append((lineno, encoded))
    return lines, digest(data)


def line_article(
    source: SourceFile, line: bytes, lineno: int, notes: list[Skipped], keys: Keys
) -> Article | Skipped:
    """The article of one (non-blank) JSON Lines record, or why it was skipped. A bad field
    is left out of the article, and why goes to ``notes`` as a .json file's does ("JSON
    field ignored: 'date' is not a date" on "feed.jsonl:3": a part left out, no record
    skipped; it was silent, nu31 #7). ``keys``: the file's keyed ids so far (`Keys`)."""
    found, content = keyed_article(source, line, lineno, notes)
    if content is not None and isinstance(found, Article):
        article_id = keys.distinct(found.id, content)
        return found if article_id == found.id else replace(found, id=article_id)
    return found


def keyed_article(
    source: SourceFile, line: bytes, lineno: int, notes: list[Skipped]
) -> tuple[Article | Skipped, str | None]:
    """`line_article` without its file's other records: the article and, when its id is
    its `record_key` (to be told apart from the file's others of that key, `Keys`), the
    digest of its content (`content_digest`)."""
    where = f"line {lineno}"
    try:
        record = json.loads(decode(line))
        article, problems, content = _record_article(source, record, where, None, {}, {})
        notes.extend(
            Skipped(f"{source.rel}:{lineno}", f"JSON field ignored: {problem}")
            for problem in problems
        )
        return article, content
    except json.JSONDecodeError as error:
        where = f"{where}: not valid JSON (column {error.colno})"
        return Skipped(f"{source.rel}:{lineno}", where), None
    except (DecodeError, ReadError) as error:
        message = str(error) if str(error).startswith("line ") else f"{where}: {error}"
        return Skipped(f"{source.rel}:{lineno}", message), None
    except RecursionError:  # json.loads, or encoding an extra field, of a deep value
        return Skipped(f"{source.rel}:{lineno}", f"{where}: {TOO_DEEP}"), None


def too_large(source: SourceFile, lineno: int) -> Skipped:
    """The skip of a JSON Lines record longer than `MAX_RECORD_BYTES`."""
    return Skipped(f"{source.rel}:{lineno}", f"line {lineno}: record too large")
