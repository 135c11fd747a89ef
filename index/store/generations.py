"""Where an index lives on disk: generations, the atomic swap, the build lock, checksums."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.errors import (
    IndexDamaged,
    IndexLocked,
    IndexOutdated,
    IndexReadOnly,
    IndexUnsafe,
    StoreError,
)
from index.errors import IndexMissing as IndexMissing  # callers import it from here
from index.ingest.files import NotRegular, read_state, read_state_bytes
from index.store import json_bytes
from index.store.kept import take
from index.store.lock_wait import taken_after_a_moment
from index.store.manifest_shape import well_formed
from index.store.procs import end_processes, is_alive, lock_holders, start_time
from index.store.schema import SCHEMA_VERSION
from index.store.sums import LISTING as LISTING  # callers import these from here
from index.store.sums import MANIFEST as MANIFEST
from index.store.sums import VERIFIED as VERIFIED
from index.store.sums import checksums as checksums

CURRENT = "CURRENT"
"""File naming the live generation folder; replaced atomically on every swap."""
LOCK = "build.lock"
GEN_PREFIX = "gen-"
TMP_PREFIX = "tmp-"
ENV_INDEX_DIR = "BROADSHEET_INDEX_DIR"


def default_index_dir(corpus: Path) -> Path:
    """The index folder for a corpus: ``$BROADSHEET_INDEX_DIR`` or the user data folder.

    Each corpus gets its own folder under the platform's user data directory, named after
    the corpus and a hash of its absolute path, so the index never lives inside the corpus.
    """
    override = os.environ.get(ENV_INDEX_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    resolved = Path(corpus).expanduser().resolve()
    digest = hashlib.sha1(str(resolved).encode()).hexdigest()[:12]
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in resolved.name)[:40]
    return Path(user_data_dir("broadsheet", appauthor=False)) / "indexes" / f"{name}-{digest}"


def check_safe(folder: Path) -> None:
    """Refuse a folder that other users can write to (Whoosh unpickles what it finds there).

    Raises:
        IndexUnsafe: The folder is world-writable, or group-writable and owned by someone else.
    """
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        return
    if info.st_mode & stat.S_IWOTH and not info.st_mode & stat.S_ISVTX:
        raise IndexUnsafe(f"index folder {folder} is writable by other users; refusing to open it")
    if info.st_uid not in (os.getuid(), 0):
        raise IndexUnsafe(f"index folder {folder} belongs to another user; refusing to open it")


def current_generation(index_dir: Path) -> Path | None:
    """The live generation folder, or None when no index was ever published."""
    try:
        name = read_state(index_dir / CURRENT).strip()  # never waits on a FIFO (fx166)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise StoreError(f"cannot read index {index_dir}: {error.strerror}") from error
    if not name.startswith(GEN_PREFIX) or "/" in name:
        raise IndexDamaged(f"index pointer {index_dir / CURRENT} is damaged")
    return index_dir / name


def read_json(path: Path) -> Any:
    """Load a JSON file written by this module, as a damaged-index error if it is not whole."""
    try:
        return json_bytes.loads(read_state_bytes(path))  # never waits on a FIFO (fx166)
    except FileNotFoundError as error:
        raise IndexDamaged(f"index file {path.name} is missing") from error
    except NotRegular as error:  # a FIFO, a folder: "… is not a regular file (a FIFO)"
        raise IndexDamaged(f"index file {path.name} is {error.strerror}") from error
    except (ValueError, UnicodeDecodeError) as error:
        raise IndexDamaged(f"index file {path.name} is damaged") from error


def write_json(path: Path, data: Any, *, durable: bool = True) -> None:
    """Write JSON durably: a temporary file, fsync, then rename over the target.

    ``durable=False`` (a file of a generation not yet published, which `publish`
    flushes) leaves out the fsync."""
    tmp = path.with_name(path.name + ".part")
    text = json_bytes.dumps(data)
    with open(tmp, "wb") as handle:
        handle.write(text)
        if durable:
            handle.flush()
            os.fsync(handle.fileno())
    os.replace(tmp, path)


def verify(folder: Path, manifest: dict[str, Any], *, crc: bool = True) -> None:
    """Check a generation's files against the checksums in its manifest.

    Args:
        folder: The generation folder.
        manifest: Its manifest.
        crc: Read every file and compare CRC-32s too (reads the whole index); without
            it, only that every file is there with its recorded size (one stat each).

    Raises:
        IndexDamaged: A file is missing, has another size, or another checksum.
    """
    expected = manifest.get("checksums")
    if not isinstance(expected, dict) or not expected:
        raise IndexDamaged("index has no checksums; run `broadsheet index rebuild`")
    if crc:
        actual = checksums(folder)
        damaged = any(actual.get(name) != value for name, value in expected.items())
    else:
        damaged = any(_size(folder / name) != value[0] for name, value in expected.items())
    if damaged:
        raise IndexDamaged("index damaged, run `broadsheet index rebuild`")


def _size(path: Path) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def load_manifest(folder: Path) -> dict[str, Any]:
    """Read a generation's manifest, refusing other schema versions.

    Raises:
        IndexOutdated: The index has another schema version.
        IndexDamaged: The manifest is missing, not JSON, or ill-formed (`manifest_shape`).
    """
    manifest = take(folder / MANIFEST)  # parsed by `indexed_corpus` just before: once
    if manifest is None:
        manifest = read_json(folder / MANIFEST)
    if not isinstance(manifest, dict) or not well_formed(manifest):
        raise IndexDamaged(f"index file {MANIFEST} is damaged")
    version = manifest.get("schema_version")
    if version != SCHEMA_VERSION:
        raise IndexOutdated(
            f"index has schema version {version}, this broadsheet needs {SCHEMA_VERSION}"
        )
    return manifest


def fsync_folder(folder: Path, *, files: bool = False, base: Path | None = None) -> None:
    """Flush a folder's entries (and optionally its files, and then its subfolders' files
    and entries: a kind's folder holds hard links and copies made, not written) to disk;
    Whoosh never does.

    The files are flushed all at once, from threads: the file system then commits them
    together (one flush of the device, not one each; ~1 ms a file, not ~4). A file that
    is the same file as the one of its name in ``base`` (a published generation, so
    flushed when it was published: a hard link to it) is not flushed again: a flush of a
    clean file still flushes the device.
    """
    if files:
        folders: list[Path] = []
        flush = list(_unflushed(folder, base, folders))
        if flush:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(min(FLUSH_THREADS, len(flush))) as pool:
                list(pool.map(_fsync_path, flush))
        for sub in folders:  # deepest first, each before the folder holding it
            _fsync_path(sub)
    _fsync_path(folder)


FLUSH_THREADS = 16
"""Files flushed at once by `fsync_folder`."""


def _unflushed(folder: Path, base: Path | None, folders: list[Path]) -> Iterator[Path]:
    """The files under ``folder`` to flush (not the same file as in ``base``); its
    subfolders are added to ``folders``, each after the folders it holds."""
    for entry in os.scandir(folder):
        if entry.is_dir(follow_symlinks=False):
            yield from _unflushed(
                Path(entry.path), None if base is None else base / entry.name, folders
            )
            folders.append(Path(entry.path))
        elif entry.is_file(follow_symlinks=False) and not _same_file(entry, base):
            yield Path(entry.path)


def _same_file(entry: os.DirEntry[str], base: Path | None) -> bool:
    if base is None:
        return False
    try:
        return os.path.samestat(entry.stat(follow_symlinks=False), os.lstat(base / entry.name))
    except OSError:
        return False


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name() -> str:
    """A fresh name for a folder to build the next generation in (`new_temp_folder`)."""
    return f"{TMP_PREFIX}{os.getpid()}-{time.time_ns():x}"


def new_temp_folder(index_dir: Path, name: str | None = None) -> Path:
    """Make a fresh folder to build the next generation in (named ``name``, a `temp_name`
    chosen earlier, if given)."""
    folder = index_dir / (name or temp_name())
    folder.mkdir(mode=0o700)
    return folder


def publish(index_dir: Path, built: Path, base: Path | None = None) -> Path:
    """Make a finished temporary folder the live generation, atomically.

    The folder is flushed (its files but those hard-linked from ``base``, the published
    generation it was made from, already flushed), renamed to a generation name, and
    ``CURRENT`` is replaced in one rename. Until that rename, readers see the previous
    generation whole; after it, the new one. Generations older than the previous one are
    then removed.

    Returns:
        The new generation folder.
    """
    with contextlib.suppress(StoreError, OSError):
        carry_ids(built, current_generation(index_dir))
    fsync_folder(built, files=True, base=base)
    generation = index_dir / f"{GEN_PREFIX}{time.time_ns():020d}"
    os.rename(built, generation)
    _point_to(index_dir, generation)
    fsync_folder(index_dir)
    prune(index_dir, keep=generation)
    return generation


CARRIED = ("stories", "stories-earlier")
"""A kind, and where a generation built without it (``--no-stories``) keeps the live one's
last state (hard links), so that the next build with stories keeps their ids (rv33 #2:
`index.analysis.story_derived.earlier` reads it; the checksums do not cover it)."""


def carry_ids(built: Path, live: Path | None) -> None:
    """Keep the live generation's stories (or what it carried) in ``built`` when ``built``
    has none (see `CARRIED`); nothing when they cannot be linked."""
    kind, carried = CARRIED
    if live is None or (built / kind).exists() or (built / carried).exists():
        return
    for source in (live / kind, live / carried):
        if source.is_dir():
            try:
                shutil.copytree(source, built / carried, copy_function=os.link)
            except (OSError, shutil.Error):
                shutil.rmtree(built / carried, ignore_errors=True)
            return


def _point_to(index_dir: Path, generation: Path) -> None:
    """Replace ``CURRENT`` with one naming ``generation``: the swap itself."""
    pointer = index_dir / (CURRENT + ".part")
    with open(pointer, "w", encoding="utf-8") as handle:
        handle.write(generation.name + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(pointer, index_dir / CURRENT)


def prune(index_dir: Path, keep: Path | None) -> None:
    """Remove temporary folders and all generations but ``keep`` and the one before it.

    The previous generation stays so that a reader in another process that opened it
    just before the swap can finish; it refreshes to the new one on its next search.
    A generation newer than ``keep`` was renamed by a build that died before the swap:
    it never went live and goes too. Call it holding the build lock.
    """
    try:
        entries = sorted(os.scandir(index_dir), key=lambda e: e.name)
    except FileNotFoundError:
        return
    generations = [e for e in entries if e.name.startswith(GEN_PREFIX) and e.is_dir()]
    older = [e for e in generations if keep is None or e.name < keep.name]
    never_live = [e for e in generations if keep is not None and e.name > keep.name]
    doomed = [e.path for e in older[:-1] + never_live] + [
        e.path for e in entries if e.name.startswith(TMP_PREFIX)
    ]
    for path in doomed:
        shutil.rmtree(path, ignore_errors=True)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(index_dir / (CURRENT + ".part"))


@contextlib.contextmanager
def build_lock(index_dir: Path, what: str = "rebuild") -> Iterator[None]:
    """Hold the index's build lock, or fail at once if another process holds it;
    ``what`` ("rebuild", "update") is written beside the pid, for the refusal to name.

    The lock is an ``flock`` on a file in the index folder: the kernel releases it when
    the process dies, even by SIGKILL, so a crashed build never blocks the next one. No
    worker process inherits it (they are started with only their pipes); should some
    process of a dead build hold it all the same, it is taken over (`_take_over`).

    Raises:
        IndexLocked: Another rebuild or update is running.
        IndexReadOnly: The index folder cannot be created or written.
    """
    try:
        index_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(index_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            raise IndexReadOnly(
                f"cannot rebuild: index folder {index_dir} is read-only ({error.strerror})"
            ) from error
        raise StoreError(f"cannot open index folder {index_dir}: {error.strerror}") from error
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            if not taken_after_a_moment(fd):  # a reader's moment is no build
                _take_over(index_dir / LOCK, fd, error)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {start_time(os.getpid()) or '-'} {what}".encode(), 0)
        # a build that was killed leaves its temporary folder; nobody else can own it now
        prune(index_dir, keep=current_generation(index_dir))
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _take_over(path: Path, fd: int, busy: BlockingIOError) -> None:
    """Take the lock of a build whose process died, once no process of that build lives.

    The lock file names the process that took the lock (pid and start time). While it
    runs, the lock is its own. If it has died, whatever still holds the lock inherited
    it from that build (a writer process forked by it): such processes are given a
    moment to exit with their parent, then ended, and the lock is taken.

    Raises:
        IndexLocked: The build that holds the lock is running, or its leftovers could
            not be ended.
    """
    record = os.pread(fd, 64, 0).decode(errors="replace").split()
    pid = int(record[0]) if record and record[0].isdigit() else None
    started = int(record[1]) if len(record) > 1 and record[1].isdigit() else None
    if pid is None or is_alive(pid, started):
        who = f" (pid {pid})" if pid is not None else ""
        what = {"rebuild": "a rebuild", "update": "an update"}.get(
            record[2] if len(record) > 2 else "", "a rebuild or update"
        )  # nu29 #10: an update was "a rebuild"
        raise IndexLocked(f"{what} is already running{who}") from busy
    # only processes sharing the dead build's own lock: never a build that took it since
    leftovers = lock_holders(path, taken_by=pid) - {os.getpid()}
    stuck = end_processes(leftovers)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as error:
        holders = ", ".join(str(p) for p in sorted(stuck or lock_holders(path))) or "unknown"
        raise IndexLocked(
            f"the lock of a rebuild that died (pid {pid}) is still held by pid {holders}"
        ) from error


def tidy(index_dir: Path) -> None:
    """Remove what a killed build left behind, if no build is running now.

    Takes the build lock without waiting; if another process holds it, its temporary
    folder is live and is left alone.
    """
    try:
        fd = os.open(index_dir / LOCK, os.O_RDWR)
    except OSError:
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return
        try:
            live = current_generation(index_dir)
            if any(_left_behind(e.name, live) for e in os.scandir(index_dir)):
                prune(index_dir, keep=live)
        except (OSError, StoreError):
            pass
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _left_behind(name: str, live: Path | None) -> bool:
    """A build's temporary folder, or a generation renamed but never swapped in."""
    if name.startswith(TMP_PREFIX):
        return True
    return live is not None and name.startswith(GEN_PREFIX) and name > live.name


def is_locked(index_dir: Path) -> bool:
    """True while another process holds the build lock (a rebuild or update is running)."""
    try:
        fd = os.open(index_dir / LOCK, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False
