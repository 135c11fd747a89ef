"""Metadata given beside an article: ``.meta.toml`` sidecars, front matter, JSON fields."""

from __future__ import annotations

import re
import reprlib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from index.ingest.decode import TOO_DEEP, DecodeError, decode
from index.ingest.files import ReadError, read_bytes
from index.ingest.sanitize import sanitize
from index.text.dates import is_date_text, pad_iso, parse_date_text
from index.when import timed_value

META_KEYS = ("title", "source", "byline", "dateline", "date", "updated", "url")
"""The metadata keys a sidecar, front matter or a JSON record may give."""
FEED_KEYS = ("feed_name", "feed_title", "feed_author", "feed")
"""What a fetched page's sidecar says of its feed: the outlet (the name the user gave it,
else its title, else its address's host: fx88) and the byline when nothing else gives them
(`index.text.feed_facts`; nu34 #2, fd34); and ``feed_updated``, an Atom entry's <updated>,
its date when nothing else dates it."""


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """A Markdown text's YAML front matter, read.

    Attributes:
        text: The Markdown after the front matter (all of it when there is none, or when
            it could not be read).
        fields: The metadata it gives (checked keys only).
        problem: Why it was ignored, when it was (one line), else None.
        dropped: Why each of its fields left out was (a bad date): the rest is read.
    """

    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None
    dropped: tuple[str, ...] = ()


def read_sidecar(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The metadata a ``.meta.toml`` sidecar gives (checked keys only), and why each field
    left out was: a bad value (``date = "2021-13-45"``) leaves out that field only, as
    README says, and the other fields apply (nu36 #2).

    Raises:
        ReadError: The sidecar is unreadable or not TOML (then none of it applies).
    """
    try:
        data = read_bytes(path, 1024 * 1024)
        table = tomllib.loads(decode(data))
        known, problems = good_fields(table, str(path))  # a deep value's repr recurses too
    except (ReadError, DecodeError) as error:
        raise ReadError(str(error)) from error
    except tomllib.TOMLDecodeError as error:
        raise ReadError(f"invalid TOML: {error}") from error
    except RecursionError:
        raise ReadError(TOO_DEEP) from None
    for key in FEED_KEYS:
        value = table.get(key)
        text = sanitize(value).strip() if isinstance(value, str) else ""
        if text:
            known[key] = text
    updated = parse_date_value(table.get("feed_updated"))
    if updated is not None:
        known["feed_updated"] = updated
    return known, problems


def known_fields(table: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Pick the metadata keys out of a sidecar/front-matter/JSON mapping, checking types."""
    known: dict[str, Any] = {}
    for key in META_KEYS:
        value = table.get(key)
        if value is None or value == "":
            continue
        if key in ("date", "updated"):
            parsed = parse_date_value(value)
            if parsed is None:
                raise ReadError(f"'{key}' is not a date: {_shown(value)!r}")
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


_SHOWN = reprlib.Repr()  # its keywords came with Python 3.12
_SHOWN.maxlevel, _SHOWN.maxlist, _SHOWN.maxdict, _SHOWN.maxstring = 3, 8, 4, 40
"""A bad value as a skip reason shows it: a few levels and items (rv69: the whole of a YAML
alias bomb, 9 lists of 9 of ... 9 levels down, 387 million items, was written out to keep
40 characters of it, and one Markdown file of 400 bytes held a build for minutes)."""


def _shown(value: object) -> str:
    """The first 40 characters of a bad value as text (a string as it is)."""
    return (value if isinstance(value, str) else _SHOWN.repr(value))[:40]


def good_fields(table: Mapping[str, Any], where: str) -> tuple[dict[str, Any], list[str]]:
    """`known_fields` field by field: the good ones, and why each bad one was left out."""
    fields: dict[str, Any] = {}
    problems: list[str] = []
    for key in META_KEYS:
        try:
            fields.update(known_fields({key: table.get(key)}, where))
        except ReadError as error:
            problems.append(str(error))
    return fields, problems


_ISO_TIME = re.compile(r"\d[Tt ]\d{2}|\d:\d{2}")
"""An ISO date that states a time of day: "2024-03-04T00:00", "2024-03-04 09:30"."""


def parse_date_value(value: object) -> datetime | None:
    """Turn a metadata date (datetime, date, ISO string, date in words) into a naive UTC
    datetime: a day alone at its midnight, a stated time (even midnight) timed
    (`index.when.timed_value`: the source says whether it has a time, fd34)."""
    if isinstance(value, datetime):
        parsed, timed = value, True  # TOML's and YAML's date-times always state a time
    elif isinstance(value, date):
        parsed, timed = datetime(value.year, value.month, value.day), False
    elif isinstance(value, str):
        text = pad_iso(value.strip())  # "2021-4-6"
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return _date_in_words(text)
        timed = _ISO_TIME.search(text) is not None
    else:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return timed_value(parsed) if timed else parsed


def _date_in_words(text: str) -> datetime | None:
    """A value that is only a full date in words ("March 3, 2017", "3 March 2017 10:00 GMT"),
    read as a text header's date line is (nu27 #4); None for anything else ("soon")."""
    return parse_date_text(text) if is_date_text(text) else None


def front_matter(text: str) -> FrontMatter:
    """Read the YAML front matter (``---`` lines around it) at the start of a Markdown text."""
    if not text.startswith("---\n"):
        return FrontMatter(text)
    end = text.find("\n---", 4)
    if end == -1:
        return FrontMatter(text)
    import yaml  # only Markdown with front matter needs it

    try:
        try:
            front = yaml.safe_load(text[4:end])
        except ValueError:  # "date: 2021-13-45" reads as a timestamp, then fails (sm23)
            front = yaml.load(text[4:end], Loader=yaml.BaseLoader)  # every value as text
        # a bad field drops that field, not the front matter into the text (nu25 #4)
        checked = good_fields(front, "front matter") if isinstance(front, dict) else ({}, [])
    except yaml.YAMLError as error:
        reason = str(error).splitlines()[0] if str(error) else "invalid YAML"
        return FrontMatter(text, problem=reason)
    except RecursionError:  # a value nested deeper than the parser (or its repr) recurses
        # its lines are no article text: the text is what follows it
        return FrontMatter(text[end + 4 :].lstrip("-").lstrip("\n"), problem=TOO_DEEP)
    fields, dropped = checked
    return FrontMatter(text[end + 4 :].lstrip("-").lstrip("\n"), fields, dropped=tuple(dropped))
