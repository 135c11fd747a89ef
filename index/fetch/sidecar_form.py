"""Sidecars saved before fx88, moved once to the new form when a fetch runs (fx95).

Before fx88 a fetch wrote a named feed's name as the sidecar's ``source``, the user's own
word, which wins over the outlet a page states; since fx88 it writes it as ``feed_name``,
the outlet only when the page names none. A page saved before then kept its feed's name
as its outlet. fx91 mended that when the index read the sidecar, which made the index
depend on ``feeds.toml`` (`index update` and a rebuild disagreed after a feed's rename),
so the mend is done here instead: once, in the files, under the fetch lock.

An old-form sidecar is one a fetch wrote (it has ``fetched_at``), with no ``feed_name``,
whose ``source`` is the very name ``feeds.toml`` gives its ``feed`` address now. A
``source`` the user wrote that differs from the feed's name is theirs, and stays; one
that equals it cannot be told apart (the same outlet either way, unless the page names
another). A sidecar that cannot be read, or is new already, is never touched.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from index.fetch.files import SIDECAR, SIDECAR_MAX_BYTES, atomic_write, read_regular
from index.fetch.models import Feed
from index.fetch.names import FETCHED
from index.fetch.urls import url_key

OLD_KEY = "source"
NEW_KEY = "feed_name"
_OLD_LINE = re.compile(r"""^([ \t]*)(?:source|"source"|'source')([ \t]*=)""", re.MULTILINE)


def feed_names(feeds: Iterable[Feed]) -> dict[str, str]:
    """The names ``feeds.toml`` gives its feeds, by `url_key` of their address."""
    return {url_key(feed.url): feed.name for feed in feeds if feed.name}


def old_form(table: Mapping[str, Any], names: Mapping[str, str]) -> bool:
    """True when ``table`` is a sidecar a fetch wrote before fx88 for a feed named now."""
    source, feed = table.get(OLD_KEY), table.get("feed")
    if NEW_KEY in table or "fetched_at" not in table:
        return False
    if not isinstance(source, str) or not isinstance(feed, str):
        return False
    return names.get(url_key(feed)) == source


def new_form(text: str, table: Mapping[str, Any]) -> str:
    """The sidecar's text with ``source`` renamed ``feed_name`` in place: every other line,
    comment and the keys' order kept, so a sidecar a fetch wrote reads as a fetch writes
    one now. Written afresh (same order) when the line cannot be found alone."""
    import tomli_w

    wanted = {(NEW_KEY if key == OLD_KEY else key): value for key, value in table.items()}
    if len(_OLD_LINE.findall(text)) == 1:
        edited = _OLD_LINE.sub(rf"\1{NEW_KEY}\2", text)
        try:
            if tomllib.loads(edited) == wanted:
                return edited
        except (tomllib.TOMLDecodeError, RecursionError):
            pass
    return tomli_w.dumps(wanted)


def move_old_sidecars(root: Path, feeds: Iterable[Feed]) -> int:
    """Rewrite each old-form sidecar under ``fetched/`` in the new form, atomically (hold
    the fetch lock). The sidecar's stat changes, so `index update` reads its page again.

    Returns:
        How many were rewritten (0 on a second run).
    """
    names = feed_names(feeds)
    if not names:
        return 0
    moved = 0
    for folder, dirnames, filenames in os.walk(root / FETCHED):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for filename in filenames:
            if filename.endswith(SIDECAR) and not filename.startswith("."):
                moved += _move(Path(folder, filename), names)
    return moved


def _move(path: Path, names: Mapping[str, str]) -> bool:
    """Rewrite one sidecar if it is in the old form; False when it is not, or unreadable."""
    try:
        if path.is_symlink():
            return False
        data = read_regular(path, SIDECAR_MAX_BYTES)  # a FIFO is refused, not waited on
        if data is None or OLD_KEY.encode() not in data:
            return False  # most sidecars: not parsed at all
        text = data.decode("utf-8")
        table = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return False
    if not old_form(table, names):
        return False
    try:
        atomic_write(path, new_form(text, table).encode("utf-8"))
    except OSError:
        return False  # a read-only file is left as it was: the next fetch tries again
    return True
