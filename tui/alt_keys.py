"""Esc followed quickly by a key: read as typed (Esc, then the key), not as Alt+key.

A terminal sends Alt+x as Esc then "x", the very bytes of Esc typed just before "x". Textual
waits `ESCAPE_DELAY` (0.1 s) after an Esc for more: a key that comes sooner is taken as
Alt+key, and one that is not a letter or digit ("/", enter, space) loses the Esc outright.
So `q`, Esc, "/brexit", enter typed in one go (or pasted, or coalesced by ssh) left the
quotes panel open and searched nothing (nu37 #3). The reader binds no Alt key, so an
Alt+key no binding takes is read as Esc then the key (`escape_then_key`), and the parser
keeps the Alt of the keys it dropped it from (`AltKeepingParser`), so that they come as
Alt+key too. A user's keymap that binds an Alt key still gets it.

Left alone: Esc then "b", "f", backspace or tab match whole sequences Textual reads as
ctrl+left, ctrl+right, ctrl+w and shift+tab; those come as such keys, as before.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from textual import events
from textual._xterm_parser import XTermParser
from textual.binding import BindingsMap
from textual.keys import _get_unicode_name_from_key

ALT = "alt+"


def plain_key(key: events.Key) -> events.Key:
    """``key`` without its Alt: "alt+slash" -> "slash" ("/"), "alt+shift+j" -> "J"."""
    name = key.key.removeprefix(ALT)
    character = key.character
    if character is not None and len(character) == 1 and name == f"shift+{character.lower()}":
        name = character  # the parser names a capital so ("J"), as it does without Alt
    if character is None and len(name) == 1:
        character = name
    elif character is None:
        try:
            character = unicodedata.lookup(_get_unicode_name_from_key(name))
        except KeyError:
            character = None  # enter, tab, a function key: as Textual's pilot makes them
    return events.Key(name, character)


def escape_then_key(key: events.Key, bindings: Iterable[BindingsMap]) -> list[events.Key]:
    """An Alt+key that none of ``bindings`` takes, as the two keys typed: Esc, then the
    key; [] for any other key (it is routed as it came)."""
    if not key.key.startswith(ALT) or key.key == f"{ALT}escape":
        return []
    if any(key.key in keys.key_to_bindings for keys in bindings):
        return []
    return [events.Key("escape", "\x1b"), plain_key(key)]


class AltKeepingParser(XTermParser):
    """Textual's terminal parser, except that Esc then a key that is not a letter ("/",
    enter, space, "?") comes as Alt+key ("alt+slash"), as Esc then a letter does, rather
    than as the key alone, the Esc lost (`escape_then_key` then reads it)."""

    def _sequence_to_key_events(self, sequence: str, alt: bool = False) -> Iterator[events.Key]:
        for key in super()._sequence_to_key_events(sequence, alt):
            if alt and not key.key.startswith(ALT):
                yield events.Key(f"{ALT}{key.key}", key.character)
            else:
                yield key


def keep_alt_in_bursts() -> None:
    """Have the terminal driver read keys with `AltKeepingParser` (Linux and macOS; the
    driver names its parser at module level, so the name is replaced there: this process
    runs one app, the reader)."""
    try:
        from textual.drivers import linux_driver
    except ImportError:  # no termios: Windows reads keys another way
        return
    linux_driver.XTermParser = AltKeepingParser  # type: ignore[misc]
