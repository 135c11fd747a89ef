"""Writing into the corpus: atomic files, saved pages with their sidecars, the fetch lock."""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import stat
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from index.fetch.models import FetchError, FetchLocked
from index.fetch.names import FETCHED, sidecar_path
from index.fetch.urls import url_key
from index.ingest.files import NotRegular as NotRegular  # a FIFO where a file was to be read

STATE_DIR = ".broadsheet"
"""Hidden corpus folder for what fetching remembers (ignored by the index)."""
SIDECAR = ".meta.toml"  # as index.ingest.readers names sidecars
SIDECAR_MAX_BYTES = 1024 * 1024
URL_KEYS = ("url", "canonical_url", "fetched_url", "link")
"""Sidecar keys whose URLs name the saved article (all count when looking for duplicates)."""
ITEM_KEY = "feed_item"
"""The sidecar key naming a feed item saved without a link, by its `index.fetch.items` key."""


def corpus_folder(corpus: Path) -> Path:
    """The corpus folder that fetched articles go into.

    Raises:
        FetchError: The corpus is a single file, or does not exist.
    """
    corpus = Path(corpus).expanduser()
    if corpus.is_file():
        raise FetchError(f"cannot fetch into {corpus}: the corpus must be a folder, not a file")
    if not corpus.is_dir():
        raise FetchError(f"corpus not found: {corpus}")
    return corpus.resolve()


def new_file_beside(target: Path, *, suffix: str = "", private: bool = False) -> tuple[int, Path]:
    """A new hidden temporary file beside ``target``, open for writing, with the mode that
    writing ``target`` would give: its own when it exists, else what the umask leaves of
    0o666, like any file the user creates (nu32 #8, sm32: `tempfile.mkstemp` made every
    saved page and export 0600, a side effect, not a choice). The kernel applies the
    umask: no `os.umask` dance, which would change it for every thread. ``private``: 0600
    whatever the umask (the fetch state, which can hold feed addresses with tokens: rv32).

    Raises:
        OSError: The folder cannot be written.
    """
    for _ in range(100):
        temporary = target.parent / f".{target.name[:40]}.{secrets.token_hex(4)}{suffix}"
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        try:
            os.fchmod(handle, 0o600 if private else stat.S_IMODE(target.stat().st_mode))
        except FileNotFoundError:
            pass  # a new file: the umask's mode
        except BaseException:
            os.close(handle)
            temporary.unlink(missing_ok=True)
            raise
        return handle, temporary
    raise FileExistsError(f"no free temporary name beside {target}")


def atomic_write(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` whole or not at all (a hidden temporary file, then rename).

    The file gets the mode of any file the user writes there, or 0600 if ``private``
    (`new_file_beside`).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = new_file_beside(path, suffix=".tmp", private=private)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def inside(root: Path, rel: PurePosixPath) -> Path:
    """``root / rel``, refusing any path that would land outside ``root`` (symlinks too).

    Raises:
        FetchError: The path escapes the folder.
    """
    target = (root / rel).resolve()
    if not target.is_relative_to(root.resolve()) or rel.is_absolute() or ".." in rel.parts:
        raise FetchError(f"refused to write outside the corpus: {rel}")
    return target


def save_page(root: Path, rel: PurePosixPath, body: bytes, meta: Mapping[str, Any]) -> None:
    """Save a page and its ``.meta.toml`` sidecar under the corpus ``root``.

    The page goes first: a crash between the two leaves a page that the next fetch
    writes again under the same name, never a sidecar without its page.
    """
    import tomli_w

    page = inside(root, rel)
    sidecar = inside(root, sidecar_path(rel))
    atomic_write(page, body)
    atomic_write(sidecar, tomli_w.dumps(dict(meta)).encode("utf-8"))


def free_path(root: Path, rel: PurePosixPath, url: str) -> PurePosixPath:
    """``rel``, or ``rel`` with ``-2``, ``-3``... when another article holds the name."""
    candidate = rel
    for number in range(2, 100):
        if not (root / candidate).exists():
            return candidate
        held_by = read_sidecar(root / sidecar_path(candidate)).get("url")
        if not isinstance(held_by, str) or url_key(held_by) == url_key(url):
            return candidate  # this article's own page (perhaps saved without its sidecar)
        candidate = rel.with_name(f"{rel.stem}-{number}{rel.suffix}")
    raise FetchError(f"no free file name for {url}")


def read_regular(path: Path | str, limit: int) -> bytes | None:
    """A regular file's bytes, or None when it is over ``limit`` bytes. Opened without
    blocking and checked once open, so a FIFO named like a sidecar is refused, never
    waited on (rv45: one under fetched/ hung a fetch), as ingestion refuses odd files.

    Raises:
        NotRegular: Not a regular file.
        OSError: Missing or unreadable.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(f"{path}: not a regular file")
        if info.st_size > limit:
            return None
        return handle.read(limit + 1)


def read_sidecar(path: Path | str) -> dict[str, Any]:
    """A sidecar's table, or {} when it is missing, too large, unreadable, nested too
    deeply for the parser (fx159) or no regular file (`read_regular`)."""
    try:
        data = read_regular(path, SIDECAR_MAX_BYTES)
        return {} if data is None else tomllib.loads(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return {}


def known_urls(root: Path, odd: list[str] | None = None) -> dict[str, str]:
    """The articles the corpus holds by URL: `url_key` -> article path, less its suffix.

    Read from every ``.meta.toml`` sidecar in the corpus (its ``url``, ``canonical_url``,
    ``fetched_url`` and ``link``), so pages saved by hand with a sidecar count too; a feed
    item saved without a link is there by its ``feed_item`` key, as it is. A sidecar that
    is no regular file (a FIFO) is skipped, its path (from ``root``) added to ``odd``.
    """
    found: dict[str, str] = {}
    top = str(root)
    for folder, dirnames, filenames in os.walk(top):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        prefix = os.path.relpath(folder, top).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        for name in filenames:
            if not name.endswith(SIDECAR) or name.startswith("."):
                continue
            path = os.path.join(folder, name)
            with contextlib.suppress(OSError):
                if not stat.S_ISREG(os.stat(path).st_mode):  # read_sidecar refuses it too
                    if odd is not None:
                        odd.append(prefix + name)
                    continue
            table = read_sidecar(path)
            rel = prefix + name[: -len(SIDECAR)]
            for key in URL_KEYS:
                value = table.get(key)
                if isinstance(value, str) and value:
                    found.setdefault(url_key(value), rel)
            item = table.get(ITEM_KEY)  # a feed item without a link (`index.fetch.items`)
            if isinstance(item, str) and item:
                found.setdefault(item, rel)
    return found


def remove_stale_temporaries(root: Path) -> int:
    """Remove the temporary files a killed fetch left under ``fetched/`` (hold the lock).

    Returns:
        How many were removed.
    """
    removed = 0
    for folder, _, filenames in os.walk(root / FETCHED):
        for name in filenames:
            if name.startswith(".") and name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(Path(folder, name))
                    removed += 1
    return removed


@contextlib.contextmanager
def fetch_lock(root: Path) -> Iterator[None]:
    """Hold the corpus's fetch lock, or fail at once when another fetch holds it.

    Raises:
        FetchLocked: Another fetch into this corpus is running.
        FetchError: The corpus folder cannot be written.
    """
    try:
        (root / STATE_DIR).mkdir(exist_ok=True)
        fd = os.open(root / STATE_DIR / "fetch.lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        raise FetchError(f"cannot write into the corpus {root}: {error.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FetchLocked("another fetch into this corpus is running") from None
        yield
    finally:
        os.close(fd)
