"""What in ``feeds.toml`` the file format does not know, told in one line each (fx95).

A typo'd table, ``[[feeds]]`` or ``[[Feed]]`` for ``[[feed]]``, is valid TOML, so the file
read as "no feeds" and nothing said why (rv44). `feeds list`, `fetch` and the reader's
`F` now tell each table or key they do not know, with the line it is on and the nearest
known one ("FILE: unknown table [[feeds]] (line 3); did you mean [[feed]]?"), and go on
with what they can read; a file with no feed but such tables says that nothing was
read. Known: ``[[feed]]`` tables (``url``, ``name``, ``added``), the older inline
``feed = [...]``, and a hand-written ``[settings]`` table (its keys are the user's). A
lone ``[feed]`` is read as the one feed it is, and said so.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from index.fetch.feedfile import read_table
from index.fetch.models import FetchError
from index.ingest.files import read_state_bytes

FEED_KEYS = ("url", "name", "added")
"""The keys of a ``[[feed]]`` table."""
TABLES = {"feed": "[[feed]]", "settings": "[settings]"}
"""The file's known top-level names, as each is written."""
_HEADER = re.compile(r"^[ \t]*\[(\[?)([^\]]*)\]")
_PART = re.compile(r""""[^"]*"|'[^']*'|[^.\s"']+""")
"""One name of a dotted key, quoted or bare."""
_KEY = re.compile(r"""^[ \t]*("[^"\n]*"|'[^'\n]*'|[A-Za-z0-9_-]+)[ \t]*[.=]""")


def feed_file_notes(path: Path) -> list[str]:
    """The lines telling what ``path`` (a ``feeds.toml``) holds that the format does not
    know; [] when it is all known, missing or unreadable (reading it says why then)."""
    try:
        text = read_state_bytes(path).decode("utf-8-sig")  # never waits on a FIFO
        table = read_table(text, str(path))
    except (OSError, UnicodeDecodeError, FetchError):
        return []
    return notes(text, table, str(path))


def notes(text: str, table: dict[str, Any], where: str) -> list[str]:
    """The notes for a file's ``text``, read as ``table``."""
    lines = _places(text)
    said: list[str] = []
    for key, value in table.items():
        line = _at(lines, (), key)
        if key == "feed" and isinstance(value, dict):
            said.append(f"{where}: [feed]{line} should be [[feed]] (one table a feed): read as one")
        if key not in TABLES:
            shown = _shown(key, value, text)
            near = _nearest(key, list(TABLES))
            hint = f"; did you mean {TABLES[near]}?" if near else ""
            hint = "; it belongs under a [[feed]] header" if key in FEED_KEYS else hint
            kind = "key" if shown == key else "table"
            said.append(f"{where}: unknown {kind} {shown}{line}{hint}")
    rows = table.get("feed")
    rows = [rows] if isinstance(rows, dict) else rows if isinstance(rows, list) else []
    for n, row in enumerate(rows, 1):
        for key in row if isinstance(row, dict) else ():
            if key not in FEED_KEYS:
                near = _nearest(key, list(FEED_KEYS))
                hint = f"; did you mean {near}?" if near else ""
                line = _at(lines, ("feed", n), key)
                said.append(f"{where}: unknown key {key} in feed {n}{line}{hint}")
    said += _twice(rows, lines, where)
    if said and not rows:
        said.append(f"{where}: no feed was read: the file has no [[feed]] table")
    return said


def _twice(rows: list[Any], lines: dict[Any, int], where: str) -> list[str]:
    """ "listed twice: URL" once for each feed listed more than once (nu64 #7), the second
    listing's line; it is read once."""
    from index.fetch.urls import url_key

    first: dict[str, int] = {}
    said: list[str] = []
    for n, row in enumerate(rows, 1):
        url = row.get("url") if isinstance(row, dict) else None
        if not isinstance(url, str) or not url.strip():
            continue
        key = url_key(url)
        if key in first and first[key] > 0:
            number = lines.get((("feed", n), "url"))
            at = f", line {number}" if number else ""
            said.append(
                f"{where}: listed twice: {url.strip()} (feeds {first[key]} and {n}{at}); read once"
            )
            first[key] = 0  # said once, however often it is listed
        first.setdefault(key, n)
    return said


def _shown(key: str, value: Any, text: str) -> str:
    """A top-level name as the file writes it: ``[[name]]``, ``[name]`` or ``name`` (a
    ``name = [{...}]`` is a key, though TOML reads it as ``[[name]]`` would be)."""
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header is not None and _first_name(header.group(2)) == key:
            if isinstance(value, list):
                return f"[[{key}]]"
            return f"[{key}]" if isinstance(value, dict) else key
    return key


def _nearest(key: str, known: list[str]) -> str | None:
    """The known name ``key`` is likely a slip for ("feeds", "Feed", "fed": feed)."""
    folded = key.strip().casefold()
    found = difflib.get_close_matches(folded, known, n=1, cutoff=0.6)
    return found[0] if found else None


def _places(text: str) -> dict[tuple[tuple[str, int] | tuple[()], str], int]:
    """Where names are first written: (the table they are in, the name) -> line number;
    a table is () at the top, else (its first name, the how-manieth of its headers)."""
    places: dict[tuple[tuple[str, int] | tuple[()], str], int] = {}
    counts: dict[str, int] = {}
    within: tuple[str, int] | tuple[()] = ()
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header is not None:
            name, *inner = _names(header.group(2)) or [""]
            places.setdefault(((), name), number)
            new = (header.group(1) == "[" and not inner) or name not in counts
            counts[name] = counts.get(name, 0) + new  # [[feed.x]] is no new feed
            within = (name, counts[name])
            if inner:  # [feed.extra]: "extra" is a key of the feed (rv45)
                places.setdefault((within, inner[0]), number)
            continue
        key = _KEY.match(line)
        if key is not None:
            places.setdefault((within, key.group(1).strip("\"'")), number)
    return places


def _first_name(header: str) -> str:
    """The first name of a header's dotted key: ``"feed".x`` and ``feed . x`` are feed."""
    return (_names(header) or [""])[0]


def _names(header: str) -> list[str]:
    """The names of a header's dotted key, unquoted: ``feed . "my x"`` is feed, my x."""
    parts = _PART.findall(header)
    return [part[1:-1] if part[:1] in "\"'" else part for part in parts]


def _at(places: dict[tuple[Any, str], int], table: tuple[Any, ...], key: str) -> str:
    """ " (line N)" where ``key`` is first written in ``table``, or ""."""
    number = places.get((table, key))
    return f" (line {number})" if number else ""
