"""A corpus's article files: finding them (safely), and reading one's bytes within bounds."""

from __future__ import annotations

import errno
import hashlib
import operator
import os
import stat
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from index.models import Article, Skipped

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Largest text/Markdown/JSON file read whole; bigger ones are skipped (memory stays bounded)."""
MAX_ARTICLE_CHARS = 2_000_000
"""Longest article text, in characters once decoded and before cleaning; longer ones are
skipped. The longest article of the three corpora is 28,397 characters: two million is a
book (three times *Moby-Dick*), which a news reader would only index and lay out slowly."""
SIDECAR_SUFFIX = ".meta.toml"
ARTICLE_ENDINGS = (
    ".txt",
    ".md",
    ".markdown",
    ".json",
    ".jsonl",
    ".ndjson",
    ".html",
    ".htm",
    ".xhtml",
)
"""`ARTICLE_SUFFIXES` in the order a reason names them."""
ARTICLE_SUFFIXES = frozenset(ARTICLE_ENDINGS)
"""The suffixes of article files: those `index.ingest.readers.READERS` reads (a test
keeps the two equal). Named here so that a scan (a no-op update is one) does not import
the readers, their cleaning rules and metadata extraction, which it never runs."""


class ReadError(Exception):
    """A file could not be read; ``str(error)`` is a one-line reason."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file found by the scan, with what the incremental update compares.

    Attributes:
        rel: Path relative to the corpus root, with forward slashes.
        location: Absolute path, as a string (``path`` makes the `Path` when asked: a
            scan of a large corpus makes one per file otherwise, for the few it reads).
        mtime_ns: Modification time of the file.
        size: Size in bytes.
        sidecar: The ``.meta.toml`` file beside it, if any.
        signature: What changes when the file or its sidecar changes.
    """

    rel: str
    location: str
    mtime_ns: int
    size: int
    sidecar: Path | None
    signature: tuple[int, ...]

    @property
    def path(self) -> Path:
        """Absolute path."""
        return Path(self.location)


def corpus_root(corpus: Path) -> Path:
    """Return the folder that article ids are relative to (the corpus, or a file's folder)."""
    corpus = corpus.resolve()
    return corpus.parent if corpus.is_file() else corpus


def sidecar_for(path: Path) -> Path:
    """The ``.meta.toml`` file that would correct ``path``'s metadata."""
    return path.with_name(path.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)


def ending_of(name: str) -> str:
    """A file name's ending (``os.path.splitext``'s suffix, lower case: ``""`` for none)."""
    dot = name.rfind(".")
    return (name[dot:] if dot > 0 else "").lower()


def format_refused(name: str) -> str:
    """Why a file given by name is not read: its ending (or none) is no article format
    (``index rebuild x.pdf`` said "unexpected error: KeyError: '.pdf'": nu62 #3)."""
    known = ", ".join(ARTICLE_ENDINGS)
    ending = ending_of(name)
    if not ending:
        return f"no file ending, so no known format (broadsheet reads {known})"
    return f"unknown file ending {ending!r} (broadsheet reads {known})"


def _is_article_name(name: str, suffixes: Collection[str]) -> bool:
    if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
        return False
    # `os.path.splitext`'s suffix of a name that opens with no dot, with less work a name
    dot = name.rfind(".")
    return (name[dot:] if dot > 0 else "").lower() in suffixes


def scan(corpus: Path) -> tuple[list[SourceFile], list[Skipped]]:
    """The article files of a corpus (a folder, searched recursively, or one file).

    See `find_files`; the suffixes are `ARTICLE_SUFFIXES`, those the readers know.
    """
    return find_files(corpus, ARTICLE_SUFFIXES)


def find_files(corpus: Path, suffixes: Collection[str]) -> tuple[list[SourceFile], list[Skipped]]:
    """List the article files of a corpus: a folder (searched recursively) or one file.

    Only regular files with one of ``suffixes`` (lower case, with the dot) are taken.
    Hidden files and folders are ignored; symlinks are followed only when they point to
    a regular file inside the corpus (so loops and escapes are impossible); FIFOs,
    sockets and devices are skipped.

    Args:
        corpus: A folder or a single article file.
        suffixes: The suffixes of article files (`index.ingest.readers.READERS`).

    Returns:
        The files, sorted by relative path, and the entries skipped with reasons.

    Raises:
        FileNotFoundError: The corpus does not exist.
    """
    corpus = Path(corpus)
    if not corpus.exists():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    resolved = corpus.resolve()
    if not resolved.is_dir() and not resolved.is_file():  # a FIFO, socket or device (nu63 #4)
        return [], [Skipped(resolved.name, "not a regular file")]
    root = corpus_root(corpus)
    files: list[SourceFile] = []
    skipped: list[Skipped] = []
    if corpus.resolve().is_file():
        name = corpus.resolve().name
        if ending_of(name) not in suffixes:
            skipped.append(Skipped(name, format_refused(name)))
            return files, skipped
        entry = _stat_entry(root, corpus.resolve(), skipped)
        if entry is not None:
            files.append(entry)
        return files, skipped

    def on_error(error: OSError) -> None:
        skipped.append(Skipped(str(error.filename), f"cannot list folder: {error.strerror}"))

    for folder, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        prefix = os.path.relpath(folder, root).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        base = folder if folder.endswith(os.sep) else folder + os.sep  # `os.path.join`'s
        dirnames[:] = _folders_read(base, dirnames, skipped)
        sidecars = {n for n in filenames if n.endswith(SIDECAR_SUFFIX)}
        for name in filenames:
            # `_is_article_name`, inlined: this loop runs once per file of the corpus
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            dot = name.rfind(".")
            if (name[dot:] if dot > 0 else "").lower() not in suffixes:
                continue
            path = base + name
            # a sidecar is looked for only when the listing has one (saves a stat)
            paired = bool(sidecars) and name.rsplit(".", 1)[0] + SIDECAR_SUFFIX in sidecars
            if not paired:
                # a regular file with no sidecar (nearly every file): one ``lstat``, and
                # its entry made here (`_plain_entry`, inlined)
                try:
                    info = _lstat(path)
                except OSError:
                    info = None
                if info is not None and _is_regular(info.st_mode):
                    mtime, size = info.st_mtime_ns, info.st_size
                    files.append(_source_file(prefix + name, path, mtime, size, (mtime, size)))
                    continue
            entry = _stat_entry(root, path, skipped, prefix + name, has_sidecar=paired)
            if entry is not None:
                files.append(entry)
    files.sort(key=_rel)
    return files, skipped


_rel = operator.attrgetter("rel")

LINKED_FOLDER = "a link to a folder: not followed (copy or move the folder into the corpus)"
"""Why a symlinked folder is skipped: a symlinked file outside the corpus is said to be
skipped, a folder was passed over without a word (nu30 #12)."""


def _folders_read(base: str, names: list[str], skipped: list[Skipped]) -> list[str]:
    """The folders of ``base`` to go down into, sorted: not hidden ones, not links (each
    said skipped)."""
    kept = []
    for name in sorted(names):
        if name.startswith("."):
            continue
        if os.path.islink(base + name):
            skipped.append(Skipped(base + name, LINKED_FOLDER))
            continue
        kept.append(name)
    return kept


_lstat, _is_regular = os.lstat, stat.S_ISREG
_SETTERS = tuple(getattr(SourceFile, name).__set__ for name in SourceFile.__slots__)


def _source_file(
    rel: str, location: str, mtime_ns: int, size: int, signature: tuple[int, ...]
) -> SourceFile:
    """``SourceFile(rel, location, mtime_ns, size, None, signature)``, made with less work
    (its slots set directly, not by a frozen dataclass's ``__init__``): once a file a scan."""
    made = object.__new__(SourceFile)
    set_rel, set_location, set_mtime, set_size, set_sidecar, set_signature = _SETTERS
    set_rel(made, rel)
    set_location(made, location)
    set_mtime(made, mtime_ns)
    set_size(made, size)
    set_sidecar(made, None)
    set_signature(made, signature)
    return made


def _stat_entry(
    root: Path,
    path: str | Path,
    skipped: list[Skipped],
    rel: str | None = None,
    has_sidecar: bool = True,
) -> SourceFile | None:
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            target = Path(path).resolve(strict=True)
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
    sidecar: Path | None = sidecar_for(Path(path)) if has_sidecar else None
    signature: tuple[int, ...] = (info.st_mtime_ns, info.st_size)
    if sidecar is not None:
        try:
            side = os.stat(sidecar)
            signature += (side.st_mtime_ns, side.st_size)
        except OSError:
            sidecar = None
    if rel is None:
        rel = Path(path).relative_to(root).as_posix()
    return SourceFile(rel, str(path), info.st_mtime_ns, info.st_size, sidecar, signature)


def check_length(text: str, what: str = "article", times: int = 1) -> None:
    """Refuse a text longer than `MAX_ARTICLE_CHARS` (times ``times``) with a one-line reason.

    Args:
        text: The decoded text (of a file, a JSON body, a page's extracted text).
        what: What the reason calls it ("article", "web page").
        times: The limit is this many times `MAX_ARTICLE_CHARS` (a page's markup).

    Raises:
        ReadError: It is too long; the reason names its length and the limit.
    """
    limit = MAX_ARTICLE_CHARS * times
    if len(text) > limit:
        raise ReadError(f"{what} too long: {len(text):,} characters (the limit is {limit:,})")


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """Read a regular file, refusing FIFOs and devices even if swapped in after the scan.

    Args:
        path: The file.
        limit: The most bytes accepted (`MAX_FILE_BYTES` if not given).

    Raises:
        ReadError: The file vanished, is not a regular file, is too large or unreadable.
    """
    limit = MAX_FILE_BYTES if limit is None else limit
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


class NotRegular(OSError):
    """A FIFO, device, socket or folder where a file was to be read (``strerror`` says
    which, for callers that say an OSError by it)."""

    def __init__(self, message: str, why: str = "not a regular file") -> None:
        super().__init__(message)
        self.strerror = why


def _odd_kind(mode: int) -> str:
    """What a path that is no regular file is, in a word or two."""
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"))
    return next((said for test, said in kinds if test(mode)), "a device")


def _is_null(rdev: int) -> bool:
    """Whether the device ``rdev`` is the null device, which reads empty at once: a user's
    way to keep a state file empty (``ln -s /dev/null keymap.toml``)."""
    try:
        return rdev == os.stat(os.devnull).st_rdev
    except OSError:
        return False


def read_state_bytes(path: Path | str) -> bytes:
    """A state file's bytes (the reader's reader.json, first-page.json, read.json, the
    index's CURRENT...), opened without blocking and refused unless a regular file: a FIFO
    in its place blocked its reader's worker for good, a device never ended (fx166).

    Raises:
        FileNotFoundError: There is none.
        NotRegular: A FIFO, device (not /dev/null, read as empty), socket or folder is
            in its place.
        OSError: It cannot be read.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        status = os.fstat(fd)  # before a file object: of a folder, it raised
        mode = status.st_mode
        if stat.S_ISCHR(mode) and _is_null(status.st_rdev):
            return b""  # a state file linked to /dev/null: empty, as it read before (rv74)
        if not stat.S_ISREG(mode):
            why = f"not a regular file ({_odd_kind(mode)})"
            raise NotRegular(f"{path}: {why}", why)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    finally:
        os.close(fd)


def read_state(path: Path | str, encoding: str = "utf-8") -> str:
    """A state file's text (`read_state_bytes`: never waits on a FIFO).

    Raises:
        FileNotFoundError: There is none.
        NotRegular: A FIFO, device, socket or folder is in its place.
        OSError: It cannot be read.
        UnicodeDecodeError: It is not text in ``encoding``.
    """
    return read_state_bytes(path).decode(encoding)


def digest(data: bytes) -> str:
    """The content hash a file's entry in the manifest keeps."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_digest(path: str | Path) -> str | None:
    """A file's `digest`, read in pieces (a file of any size), without parsing it; None if it
    cannot be read or is not a regular file. `index status` compares it with the manifest's
    to tell a touched file (same bytes, new modification time) from a changed one."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            hasher = hashlib.file_digest(handle, lambda: hashlib.blake2b(digest_size=16))
    except OSError:
        return None
    return hasher.hexdigest()


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What reading one source file gave: its articles, skipped records, content hash.

    Defined here, not beside the readers (`index.ingest.articles`): an update's parent
    unpickles the results its prefetch child read (`index.store.prefetch`), and unpickling
    imports the class's module, which must not bring the cleaning and metadata modules.
    """

    articles: list[Article]
    skipped: list[Skipped]
    digest: str
    lines: list[int] = field(default_factory=list)
    """A JSON Lines file's: the line of each article, in order (a skip names its record)."""
    records: list[bytes] = field(default_factory=list)
    """A JSON Lines file's: the digest of each article's record, in order
    (`index.ingest.records.record_digest`: an update compares them)."""
