"""The text of ``feeds.toml``: read in either form, written as ``[[feed]]`` tables.

README and the file's own header say "one ``[[feed]]`` table each", but earlier versions
wrote an inline array, ``feed = [ {...}, ]``; a table appended to that by hand made the
file invalid TOML and stopped every command (nu43 #2). Both forms are read, a file mixing
them too (the array's feeds first), and the file is written back as tables: the feeds
kept as they were keep their own text, comments included, and a new one is appended.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from typing import Any

from index.fetch.models import Feed, FetchError
from index.ingest.decode import TOO_DEEP

_ARRAY = re.compile(r"""^[ \t]*(?:feed|"feed"|'feed')[ \t]*=[ \t]*\[""")
_TABLE = re.compile(r"""^[ \t]*\[\[[ \t]*(?:feed|"feed"|'feed')[ \t]*\]\]""", re.MULTILINE)
_OTHER_TABLE = re.compile(
    r"""^[ \t]*(?:\[\[|\[(?!\[))(?![ \t]*(?:feed|"feed"|'feed')[ \t]*[\].])""", re.MULTILINE
)
"""A table's header that is not a feed's nor part of one ("[settings]", not "[feed.x]")."""
_SINGLE = re.compile(r"""^([ \t]*)\[(?!\[)[ \t]*(?:feed|"feed"|'feed')[ \t]*\](?!\])""", re.M)
"""A lone ``[feed]`` header (one bracket), meant as ``[[feed]]`` (fx95)."""
_LONGEST_ARRAY = 5000
"""Most lines looked at for the end of an inline ``feed = [...]`` array."""


def feed_rows(text: str, where: str) -> list[Any]:
    """The rows of the ``feed`` list, from tables, an inline array, or both (nu43 #2); a
    single ``[feed]`` table is read as one feed (`index.fetch.feedcheck` says so: fx95).

    Raises:
        FetchError: Not valid TOML, or ``feed`` is not a list; one line naming the line.
    """
    rows = read_table(text, where).get("feed", [])
    if isinstance(rows, dict):
        return [rows]  # [feed] for [[feed]]: the one feed it can be
    if not isinstance(rows, list):
        raise FetchError(f"{where}: 'feed' should be a list of [[feed]] tables")
    return rows


def read_table(text: str, where: str) -> dict[str, Any]:
    """The file's whole table, the inline array and tables of a mixed file read as one.

    Raises:
        FetchError: Not valid TOML (one line naming the line), or nested deeper than
            Python's parser goes (fx159: a RecursionError was a traceback).
    """
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        try:
            return _mixed(text, where, error)
        except RecursionError:  # a part of it nested too deeply
            raise FetchError(f"{where}: {TOO_DEEP}") from None
    except RecursionError:
        raise FetchError(f"{where}: {TOO_DEEP}") from None


def _mixed(text: str, where: str, error: tomllib.TOMLDecodeError) -> dict[str, Any]:
    """A file holding an inline ``feed = [...]`` and ``[[feed]]`` tables, read as one list."""
    lines = text.splitlines(keepends=True)
    first = next((n for n, line in enumerate(lines) if _ARRAY.match(line)), None)
    if first is None or not _TABLE.search(text):
        raise FetchError(f"{where}: invalid TOML: {error}") from None
    for end in range(first + 1, min(len(lines), first + _LONGEST_ARRAY) + 1):
        try:
            inline = tomllib.loads("".join(lines[first:end]))
        except tomllib.TOMLDecodeError:
            continue
        try:
            rest = tomllib.loads("".join(lines[:first] + lines[end:]))
        except tomllib.TOMLDecodeError:
            break
        tables = rest.get("feed", [])
        if isinstance(inline.get("feed"), list) and isinstance(tables, list):
            return {**rest, "feed": [*inline["feed"], *tables]}
        break
    said = str(error).splitlines()[0] if str(error) else "invalid TOML"
    raise FetchError(
        f"{where}: line {first + 1}: feeds listed both as `feed = [...]` and as [[feed]] "
        f"tables could not be read together ({said}): write each feed as a [[feed]] table"
    ) from None


def feed_table(feed: Feed) -> str:
    """One feed as a ``[[feed]]`` table, ending in a blank line."""
    import tomli_w

    row: dict[str, Any] = {"url": feed.url}
    if feed.name:
        row["name"] = feed.name
    if feed.added:
        row["added"] = feed.added
    return "[[feed]]\n" + tomli_w.dumps(row) + "\n"


def feeds_text(
    old: str | None,
    feeds: Sequence[Feed],
    header: str,
    read: Callable[[str], list[Feed]],
) -> str:
    """The file's new text: the old one's table for each feed kept unchanged (its comments
    with it), a new table for each other; when the old text is not all tables (the inline
    form) or the edit would not read back as ``feeds``, every table afresh after the old
    file's opening comments (other comments are then not kept)."""
    if old is not None and not _ARRAY.search(old):
        kept = _edited(_one_table_mended(old), feeds, read)
        if kept is not None:
            return kept
    return (_opening_comments(old) or header) + "".join(feed_table(f) for f in feeds)


def _edited(old: str, feeds: Sequence[Feed], read: Callable[[str], list[Feed]]) -> str | None:
    """``old`` with the tables of feeds dropped or added, or None when that would not do."""
    starts = [_with_comments(old, m.start()) for m in _TABLE.finditer(old)]
    try:
        before = read(old)
    except FetchError:
        return None
    if len(before) != len(starts):
        return None
    ends = [*starts[1:], len(old)] if starts else []
    others: list[str] = []  # a hand-written [table] after a feed's is no part of it (rv44)
    for n, (a, b) in enumerate(zip(starts, ends, strict=True)):
        other = _OTHER_TABLE.search(old, a, b)
        if other is not None:
            ends[n] = _with_comments(old, other.start())
            others.append(old[ends[n] : b])
    chunks = [old[a:b] for a, b in zip(starts, ends, strict=True)]
    mine = dict(zip(before, chunks, strict=True)) if len(set(before)) == len(before) else {}
    text = old[: starts[0]] if starts else old
    for feed in feeds:
        chunk = mine.get(feed)
        if chunk is None:  # a new table, after a blank line
            chunk = feed_table(feed)
            ending = len(text) - len(text.rstrip("\n"))  # newlines the text ends with
            text += "\n" * max(0, 2 - ending) if text else ""
        elif text and not text.endswith("\n"):
            text += "\n"
        text += chunk
    for table in others:  # kept, after the feeds
        text += "" if text.endswith("\n\n") or not text else "\n" if text.endswith("\n") else "\n\n"
        text += table
    try:
        return text if read(text) == list(feeds) else None
    except FetchError:
        return None


def _one_table_mended(old: str) -> str:
    """``old`` with a lone ``[feed]`` header written ``[[feed]]`` (what it meant: fx95), so
    that a feed added after it keeps it and the rest of the file, comments included."""
    try:
        single = isinstance(tomllib.loads(old).get("feed"), dict)
    except (tomllib.TOMLDecodeError, RecursionError):
        return old
    return _SINGLE.sub(r"\1[[feed]]", old, count=1) if single else old


def _with_comments(text: str, start: int) -> int:
    """Where a table starts with the comment lines right above its header (they are its)."""
    while start > 0:
        line_start = text.rfind("\n", 0, start - 1) + 1
        if not text[line_start : start - 1].strip().startswith("#"):
            break
        start = line_start
    return start


def _opening_comments(old: str | None) -> str:
    """The comment lines a file opens with (and a blank line after), or ""."""
    if old is None:
        return ""
    lines = []
    for line in old.splitlines():
        if not line.strip().startswith("#"):
            break
        lines.append(line + "\n")
    return "".join(lines) + "\n" if lines else ""
