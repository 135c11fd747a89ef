"""Find article files in a corpus and read them into `Article`s (text, Markdown, JSON, JSONL)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from index.decode import DecodeError, decode
from index.extract import extract
from index.models import Article, Skipped
from index.sanitize import sanitize

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Largest text/Markdown/JSON file read whole; bigger ones are skipped (memory stays bounded)."""
MAX_RECORD_BYTES = 16 * 1024 * 1024
"""Largest JSON Lines record; longer lines are skipped."""
SIDECAR_SUFFIX = ".meta.toml"
META_KEYS = ("title", "source", "byline", "dateline", "date", "updated", "url")


class ReadError(Exception):
    """A file could not be read; ``str(error)`` is a one-line reason."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file found by the scan, with what the incremental update compares.

    Attributes:
        rel: Path relative to the corpus root, with forward slashes.
        path: Absolute path.
        mtime_ns: Modification time of the file.
        size: Size in bytes.
        sidecar: The ``.meta.toml`` file beside it, if any.
        signature: What changes when the file or its sidecar changes.
    """

    rel: str
    path: Path
    mtime_ns: int
    size: int
    sidecar: Path | None
    signature: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What reading one source file gave: its articles, skipped records, content hash."""

    articles: list[Article]
    skipped: list[Skipped]
    digest: str


def corpus_root(corpus: Path) -> Path:
    """Return the folder that article ids are relative to (the corpus, or a file's folder)."""
    corpus = corpus.resolve()
    return corpus.parent if corpus.is_file() else corpus


def _sidecar_for(path: Path) -> Path:
    return path.with_name(path.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)


def _is_article_name(name: str) -> bool:
    return (
        not name.startswith(".")
        and not name.endswith(SIDECAR_SUFFIX)
        and (os.path.splitext(name)[1].lower() in READERS)
    )


def scan(corpus: Path) -> tuple[list[SourceFile], list[Skipped]]:
    """List the article files of a corpus: a folder (searched recursively) or one file.

    Only regular files with a known suffix are taken. Hidden files and folders are
    ignored; symlinks are followed only when they point to a regular file inside the
    corpus (so loops and escapes are impossible); FIFOs, sockets and devices are skipped.

    Args:
        corpus: A folder or a single article file.

    Returns:
        The files, sorted by relative path, and the entries skipped with reasons.

    Raises:
        FileNotFoundError: The corpus does not exist.
    """
    corpus = Path(corpus)
    if not corpus.exists():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    root = corpus_root(corpus)
    files: list[SourceFile] = []
    skipped: list[Skipped] = []
    if corpus.resolve().is_file():
        entry = _stat_entry(root, corpus.resolve(), skipped)
        if entry is not None:
            files.append(entry)
        return files, skipped

    def on_error(error: OSError) -> None:
        skipped.append(Skipped(str(error.filename), f"cannot list folder: {error.strerror}"))

    for folder, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        prefix = os.path.relpath(folder, root).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        sidecars = {n for n in filenames if n.endswith(SIDECAR_SUFFIX)}
        for name in filenames:
            if _is_article_name(name):
                # a sidecar is looked for only when the listing has one (saves a stat)
                has_sidecar = name.rsplit(".", 1)[0] + SIDECAR_SUFFIX in sidecars
                entry = _stat_entry(root, Path(folder, name), skipped, prefix + name, has_sidecar)
                if entry is not None:
                    files.append(entry)
    files.sort(key=lambda f: f.rel)
    return files, skipped


def _stat_entry(
    root: Path,
    path: Path,
    skipped: list[Skipped],
    rel: str | None = None,
    has_sidecar: bool = True,
) -> SourceFile | None:
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            target = path.resolve(strict=True)
            if not target.is_relative_to(root):
                skipped.append(Skipped(str(path), "symlink points outside the corpus"))
                return None
            info = os.stat(target)
    except FileNotFoundError:
        skipped.append(Skipped(str(path), "dangling symlink or file vanished during the scan"))
        return None
    except RuntimeError:
        skipped.append(Skipped(str(path), "symlink loop"))
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:
            skipped.append(Skipped(str(path), "symlink loop"))
        else:
            skipped.append(Skipped(str(path), f"cannot read: {error.strerror}"))
        return None
    if not stat.S_ISREG(info.st_mode):
        skipped.append(Skipped(str(path), "not a regular file"))
        return None
    sidecar: Path | None = _sidecar_for(path) if has_sidecar else None
    signature: tuple[int, ...] = (info.st_mtime_ns, info.st_size)
    if sidecar is not None:
        try:
            side = os.stat(sidecar)
            signature += (side.st_mtime_ns, side.st_size)
        except OSError:
            sidecar = None
    if rel is None:
        rel = path.relative_to(root).as_posix()
    return SourceFile(rel, path, info.st_mtime_ns, info.st_size, sidecar, signature)


def _read_bytes(path: Path, limit: int) -> bytes:
    """Read a regular file, refusing FIFOs and devices even if swapped in after the scan."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError as error:
        raise ReadError("file vanished before it could be read") from error
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file")
        if info.st_size > limit:
            raise ReadError(f"file too large ({info.st_size:,} bytes; limit {limit:,})")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from error
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ReadError(f"file too large (over {limit:,} bytes)")
    return data


def read_source(source: SourceFile) -> ReadResult:
    """Read one source file into articles.

    Args:
        source: A file from `scan`.

    Returns:
        The articles and skipped records (for JSON Lines, one per bad line).

    Raises:
        ReadError: The whole file is unusable (unreadable, binary, empty, too large...).
    """
    suffix = source.path.suffix.lower()
    reader = READERS[suffix]
    known: dict[str, Any] = {}
    side_skips: list[Skipped] = []
    if source.sidecar is not None:
        try:
            known = _read_sidecar(source.sidecar)
        except ReadError as error:
            side_skips.append(Skipped(str(source.sidecar), f"sidecar ignored: {error}"))
    origins = {key: f"sidecar {source.sidecar.name}" for key in known} if source.sidecar else {}
    result = reader(source, known, origins)
    if side_skips:
        result.skipped.extend(side_skips)
    return result


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _read_sidecar(path: Path) -> dict[str, Any]:
    try:
        data = _read_bytes(path, 1024 * 1024)
        table = tomllib.loads(decode(data))
    except (ReadError, DecodeError) as error:
        raise ReadError(str(error)) from error
    except tomllib.TOMLDecodeError as error:
        raise ReadError(f"invalid TOML: {error}") from error
    return _known_fields(table, str(path))


def _known_fields(table: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Pick the metadata keys out of a sidecar/front-matter/JSON mapping, checking types."""
    known: dict[str, Any] = {}
    for key in META_KEYS:
        value = table.get(key)
        if value is None or value == "":
            continue
        if key in ("date", "updated"):
            parsed = parse_date_value(value)
            if parsed is None:
                raise ReadError(f"'{key}' is not a date: {str(value)[:40]!r}")
            known[key] = parsed
        elif isinstance(value, str | int | float):
            text = sanitize(str(value)).strip()
            if key in ("dateline", "byline"):
                # wires give "HOUSTON, Feb 26 -": the dash belongs to the lede, not the place
                text = text.rstrip(" -–—:|").strip()
            if text:
                known[key] = text
        else:
            raise ReadError(f"'{key}' should be text, not {type(value).__name__}")
    return known


def parse_date_value(value: object) -> datetime | None:
    """Turn a metadata date (datetime, date, ISO string, epoch number) into a naive UTC datetime."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        text = value.strip()
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
    else:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _article(
    source: SourceFile,
    article_id: str,
    text: str,
    known: Mapping[str, Any],
    origins: Mapping[str, str],
    *,
    extra: Mapping[str, str] | None = None,
    **how: Any,
) -> Article:
    """Clean ``text`` and make the article; ``how`` goes to `extract` (line numbers...)."""
    found = extract(text, known=known, origins=origins, **how)
    if not found.body.strip():
        raise ReadError("no article text once boilerplate is removed")
    title = found.title or ""
    more = dict(extra or {})
    if found.updated is not None:
        more["updated"] = found.updated.isoformat()
    return Article(
        id=article_id,
        path=str(source.path),
        title=title,
        title_derived=found.title_derived,
        source=found.source,
        byline=found.byline,
        dateline=found.dateline,
        date=found.date,
        body=found.body,
        removed=found.removed,
        url=known.get("url"),
        extra=more,
        provenance=found.provenance,
        styles=found.styles,
    )


def _read_text(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    data = _read_bytes(source.path, MAX_FILE_BYTES)
    try:
        text = sanitize(decode(data))
    except DecodeError as error:
        raise ReadError(str(error)) from error
    if not text.strip():
        raise ReadError("no text after removing control characters")
    return ReadResult([_article(source, source.rel, text, known, origins)], [], _digest(data))


def _read_markdown(
    source: SourceFile, known: dict[str, Any], origins: dict[str, str]
) -> ReadResult:
    from index.markdown import render_markdown

    data = _read_bytes(source.path, MAX_FILE_BYTES)
    try:
        text = sanitize(decode(data))
    except DecodeError as error:
        raise ReadError(str(error)) from error
    skipped: list[Skipped] = []
    whole = text
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            import yaml  # only Markdown with front matter needs it

            try:
                front = yaml.safe_load(text[4:end])
                if isinstance(front, dict):
                    # the sidecar wins over front matter
                    fields = _known_fields(front, source.rel)
                    origins = {**{key: "front matter" for key in fields}, **origins}
                    known = {**fields, **known}
                text = text[end + 4 :].lstrip("-").lstrip("\n")
            except (yaml.YAMLError, ReadError) as error:
                reason = str(error).splitlines()[0] if str(error) else "invalid YAML"
                skipped.append(Skipped(source.rel, f"front matter ignored: {reason}"))
    if not text.strip():
        raise ReadError("no article text")
    first_line = whole[: len(whole) - len(text)].count("\n") + 1
    rendered = render_markdown(text, first_line=first_line)
    article = _article(
        source,
        source.rel,
        rendered.text,
        known,
        origins,
        line_numbers=rendered.line_numbers,
        styles=rendered.styles,
    )
    return ReadResult([article], skipped, _digest(data))


def _read_html(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    from index.webpage import PageUnreadable, decode_html, extract_page  # trafilatura: 0.1 s

    data = _read_bytes(source.path, MAX_FILE_BYTES)
    try:
        html = decode_html(data)
    except DecodeError as error:
        raise ReadError(str(error)) from error
    try:
        page = extract_page(sanitize(html))
    except PageUnreadable as error:
        raise ReadError(str(error)) from error
    if page is None:
        raise ReadError("no article text found in the page")
    skipped: list[Skipped] = []
    found: dict[str, Any] = {}
    for key, value in page.metadata.items():
        try:
            found.update(_known_fields({key: value}, source.rel))
        except ReadError as error:  # a date the page states badly: read the article anyway
            skipped.append(Skipped(source.rel, f"page metadata ignored: {error}"))
    # a sidecar wins over what the page says
    origins = {**{key: "page metadata (trafilatura)" for key in found}, **origins}
    article = _article(source, source.rel, page.text, {**found, **known}, origins)
    return ReadResult([article], skipped, _digest(data))


_BODY_KEYS = ("body", "text", "content")


def _record_article(
    source: SourceFile,
    record: object,
    where: str,
    fallback_id: str,
    sidecar: Mapping[str, Any],
    sidecar_origins: Mapping[str, str],
) -> Article:
    if not isinstance(record, dict):
        raise ReadError(f"{where}: expected a JSON object, got {type(record).__name__}")
    body = next((record[k] for k in _BODY_KEYS if k in record), None)
    if body is None:
        raise ReadError(f"{where}: no 'body' field")
    if not isinstance(body, str):
        raise ReadError(f"{where}: 'body' should be text, not {type(body).__name__}")
    text = sanitize(body)
    if not text.strip():
        raise ReadError(f"{where}: empty body")
    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        article_id = fallback_id
    elif isinstance(raw_id, str | int):
        article_id = sanitize(str(raw_id)).strip() or fallback_id
    else:
        raise ReadError(f"{where}: 'id' should be text, not {type(raw_id).__name__}")
    try:
        fields = _known_fields(record, where)
    except ReadError as error:
        raise ReadError(f"{where}: {error}") from error
    known = {**fields, **sidecar}
    origins = {**{key: f"JSON field '{key}'" for key in fields}, **sidecar_origins}
    extra = {
        key: sanitize(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
        for key, value in record.items()
        if key not in META_KEYS and key not in _BODY_KEYS and key != "id"
    }
    return _article(source, article_id, text, known, origins, extra=extra, where="body line")


def _read_json(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    data = _read_bytes(source.path, MAX_FILE_BYTES)
    try:
        record = json.loads(decode(data))
    except DecodeError as error:
        raise ReadError(str(error)) from error
    except json.JSONDecodeError as error:
        raise ReadError(f"invalid JSON at line {error.lineno}: {error.msg}") from error
    article = _record_article(source, record, source.rel, source.rel, known, origins)
    return ReadResult([article], [], _digest(data))


def _read_jsonl(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    articles: list[Article] = []
    skipped: list[Skipped] = []
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
            where = f"line {lineno}"
            if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # drain the rest of the line
                    line = handle.readline(MAX_RECORD_BYTES)
                    hasher.update(line)
                skipped.append(Skipped(f"{source.rel}:{lineno}", f"{where}: record too large"))
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(decode(line))
                articles.append(
                    _record_article(source, record, where, f"{source.rel}:{lineno}", {}, {})
                )
            except json.JSONDecodeError as error:
                skipped.append(
                    Skipped(f"{source.rel}:{lineno}", f"{where}: invalid JSON: {error.msg}")
                )
            except (DecodeError, ReadError) as error:
                message = str(error) if str(error).startswith("line ") else f"{where}: {error}"
                skipped.append(Skipped(f"{source.rel}:{lineno}", message))
    if lineno == 0:
        raise ReadError("empty file")
    return ReadResult(articles, skipped, hasher.hexdigest())


Reader = Callable[[SourceFile, dict[str, Any], dict[str, str]], ReadResult]
READERS: dict[str, Reader] = {
    ".txt": _read_text,
    ".md": _read_markdown,
    ".markdown": _read_markdown,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".html": _read_html,
    ".htm": _read_html,
    ".xhtml": _read_html,
}
"""Readers by file suffix; a new format is one function and one entry here."""


def iter_articles(corpus: Path) -> Iterator[Article | Skipped]:
    """Yield every article of a corpus, and a `Skipped` for every file or record left out."""
    files, skipped = scan(corpus)
    yield from skipped
    for source in files:
        try:
            result = read_source(source)
        except ReadError as error:
            yield Skipped(str(source.path), str(error))
            continue
        yield from result.articles
        yield from result.skipped
