"""Esc followed quickly by a key: read as typed (Esc, then the key), not as Alt+key.

A terminal sends Alt+x as Esc then "x", the very bytes of Esc typed just before "x". Textual
waits `ESCAPE_DELAY` (0.1 s) after an Esc for more: a key that comes sooner is taken as
Alt+key, and one that is not a letter or digit ("/", enter, space) loses the Esc outright.
So `q`, Esc, "/brexit", enter typed in one go (or pasted, or coalesced by ssh) left the
quotes panel open and searched nothing (nu37 #3). The reader binds no Alt key, so an
Alt+key no binding takes is read as Esc then the key (`escape_then_key`), and the parser
keeps the Alt of the keys it dropped it from (`AltKeepingParser`), so that they come as
Alt+key too. A user's keymap that binds an Alt key still gets it.

Only the Alt keys the parser built from Esc and one character are split (`FROM_ESCAPE`):
Alt+Left as most terminals send it ("\\x1b[1;3D") is one whole sequence, and stays alt+left
(word-jumping in the search bar must not clear the query: rv36 #4). The parser is Textual's
private class, and Textual before 7.0 reads keys with a method that takes no ``alt``: it is
swapped in only when it takes what we pass, imported there and nowhere else; otherwise the
driver keeps Textual's own parser (the old behaviour, rv36 #1-#2).

Left alone: Esc then "b", "f", backspace or tab match whole sequences Textual reads as
ctrl+left, ctrl+right, ctrl+w and shift+tab; those come as such keys, as before.
"""

from __future__ import annotations

import functools
import inspect
import unicodedata
import weakref
from collections.abc import Iterable, Iterator
from typing import Any

from textual import events
from textual.binding import BindingsMap

ALT = "alt+"

FROM_ESCAPE: weakref.WeakSet[events.Key] = weakref.WeakSet()
"""The Alt keys `AltKeepingParser` built from Esc and one character (the keys
`escape_then_key` splits); a key Textual read from a whole sequence is never here."""


def plain_key(key: events.Key) -> events.Key:
    """``key`` without its Alt: "alt+slash" -> "slash" ("/"), "alt+shift+j" -> "J"."""
    name = key.key.removeprefix(ALT)
    character = key.character
    if character is not None and len(character) == 1 and name == f"shift+{character.lower()}":
        name = character  # the parser names a capital so ("J"), as it does without Alt
    if character is None and len(name) == 1:
        character = name
    elif character is None:
        character = character_named(name)
    return events.Key(name, character)


def character_named(name: str) -> str | None:
    """The character of the key ``name`` ("slash" -> "/"); None for enter, tab, a function
    key (as Textual's pilot makes them), or if this Textual no longer says."""
    try:
        from textual.keys import _get_unicode_name_from_key

        return unicodedata.lookup(_get_unicode_name_from_key(name))
    except (ImportError, KeyError):
        return None


def escape_then_key(key: events.Key, bindings: Iterable[BindingsMap]) -> list[events.Key]:
    """An Alt+key the parser built from Esc and a character (`FROM_ESCAPE`) that none of
    ``bindings`` takes, as the two keys typed: Esc, then the key; [] for any other key (it
    is routed as it came)."""
    if key not in FROM_ESCAPE or key.key == f"{ALT}escape":
        return []
    if any(key.key in keys.key_to_bindings for keys in bindings):
        return []
    return [events.Key("escape", "\x1b"), plain_key(key)]


def alt_keeping_parser() -> type[Any] | None:
    """`AltKeepingParser`, or None when this Textual's parser cannot take it: its private
    module or class moved, or its key-reading method takes no ``alt`` (before 7.0)."""
    try:
        from textual._xterm_parser import XTermParser

        parameters = inspect.signature(XTermParser._sequence_to_key_events).parameters
    except (ImportError, AttributeError, TypeError, ValueError):
        return None
    if "alt" not in parameters:
        return None
    return parser_keeping_alt()


@functools.cache
def parser_keeping_alt() -> type[Any]:
    """Make the parser class once (its base is Textual's private class: `alt_keeping_parser`
    checks that it can be used first)."""
    from textual._xterm_parser import XTermParser

    class AltKeepingParser(XTermParser):
        """Textual's terminal parser, except that Esc then a key that is not a letter ("/",
        enter, space, "?") comes as Alt+key ("alt+slash"), as Esc then a letter does,
        rather than as the key alone, the Esc lost; and each key it builds from Esc and a
        character is put in `FROM_ESCAPE` (`escape_then_key` splits those)."""

        def _sequence_to_key_events(self, sequence: str, alt: bool = False) -> Iterator[events.Key]:
            for key in super()._sequence_to_key_events(sequence, alt):
                if alt and not key.key.startswith(ALT):
                    key = events.Key(f"{ALT}{key.key}", key.character)
                if alt:
                    FROM_ESCAPE.add(key)
                yield key

    return AltKeepingParser


def keep_alt_in_bursts() -> None:
    """Have the terminal driver read keys with `AltKeepingParser` (Linux and macOS; the
    driver names its parser at module level, so the name is replaced there: this process
    runs one app, the reader). On a Textual the parser does not fit, or whose driver names
    another parser, the driver keeps its own."""
    try:
        from textual.drivers import linux_driver
    except ImportError:  # no termios: Windows reads keys another way
        return
    parser = alt_keeping_parser()
    if parser is not None and parser.__base__ is getattr(linux_driver, "XTermParser", None):
        linux_driver.XTermParser = parser  # type: ignore[misc]
