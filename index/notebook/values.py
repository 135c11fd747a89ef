"""What a person types into the notebook (tags, notes, names), made safe or refused."""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.ingest.sanitize import sanitize
from index.notebook.errors import InvalidValue

TAG_MAX = 64
NAME_MAX = 100
NOTE_MAX = 100_000
_SPACES = re.compile(r"\s+")


def one_line(text: str, what: str, longest: int) -> str:
    """A single-line value: controls removed, whitespace runs made one space, trimmed.

    Raises:
        InvalidValue: Nothing is left, or it is longer than ``longest``.
    """
    value = _SPACES.sub(" ", sanitize(text)).strip()
    if not value:
        raise InvalidValue(f"the {what} is empty")
    if len(value) > longest:
        raise InvalidValue(f"the {what} is longer than {longest} characters")
    return value


def tag(text: str) -> str:
    """A tag as stored: one line, at most 64 characters, no ``;`` (exports join tags with it).

    Raises:
        InvalidValue: The tag is empty, too long, or contains ``;``.
    """
    value = one_line(text, "tag", TAG_MAX)
    if ";" in value:
        raise InvalidValue(f"a tag cannot contain ';': {value!r}")
    return value


def tags(texts: Iterable[str]) -> list[str]:
    """Tags as stored, each once (case-insensitively), in the order given."""
    seen: dict[str, str] = {}
    for text in texts:
        value = tag(text)
        seen.setdefault(value.casefold(), value)
    return list(seen.values())


def note(text: str | None) -> str | None:
    """A note as stored: controls removed, trailing whitespace trimmed; None when blank.

    Raises:
        InvalidValue: The note is longer than 100,000 characters.
    """
    if text is None:
        return None
    value = sanitize(text).strip()
    if len(value) > NOTE_MAX:
        raise InvalidValue(f"the note is longer than {NOTE_MAX:,} characters")
    return value or None


def added_note(kept: str | None, new: str | None) -> str | None:
    """The note of a passage highlighted again: the note it had, then ``new`` on a line of
    its own (nu55 #11: "spillway point" replaced "kite alpha" in silence); a note it already
    has (one of its lines, or all of it) is not added twice, nor a line of ``new`` that it
    has (rv59: "a\nkite alpha" over "kite alpha" kept "kite alpha" twice). Both as stored
    (`note`).

    Raises:
        InvalidValue: The two together are longer than 100,000 characters.
    """
    if not new or not kept or f"\n{new}\n" in f"\n{kept}\n":  # whole lines of it
        return kept or new
    had = set(kept.split("\n"))
    fresh = [line for line in new.split("\n") if not line.strip() or line not in had]
    return note(kept + "\n" + "\n".join(fresh)) if any(s.strip() for s in fresh) else kept


def label(text: str | None) -> str | None:
    """A label taken from the index (a followed story's headline): one line, cut to
    ``NAME_MAX`` characters with an ellipsis, never refused (a headline of 104 characters
    made `follow` fail: sx33); None when blank."""
    if text is None:
        return None
    value = _SPACES.sub(" ", sanitize(text)).strip()
    if len(value) > NAME_MAX:
        value = value[: NAME_MAX - 1].rstrip() + "…"
    return value or None


def optional(text: str | None, what: str) -> str | None:
    """An optional one-line value (a saved search's source, dates, sort): None when blank."""
    if text is None or not text.strip():
        return None
    return one_line(text, what, NAME_MAX)
