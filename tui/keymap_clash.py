"""A keymap's remaps that take a key another action of the same screen uses (nu64 #6:
`list-down = "s"` was accepted and stole the reader's sort key): refused, their default keys
kept, each said in one line (`refused`).

Keys act together where one widget has the focus: its block, its screen's own blocks and the
app's (`contexts`). Overlaps the default keys make already (the search bar's escape before
the reader's) are the app's choice; only a remap's new key is checked.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.keys import KEY_ALIASES, KEY_NAME_REPLACEMENTS, _character_to_key

from tui import keymap as K
from tui.keymap_key import Key

WIDGETS = (K.SEARCH_BOX, K.ARTICLE_LIST, K.READING_PANE, K.COMPARE_PANE, K.STORY_LIST)
"""The blocks a widget binds (the rest are a screen's or the app's)."""

_SCREEN_WIDGETS = {"ReaderScreen": (K.STORY_LIST,)}
"""Widgets a screen holds that its help does not list (the reader's story list)."""

_ALIAS = {alias: key for key, aliases in KEY_ALIASES.items() for alias in aliases}


def canonical(name: str) -> str:
    """One name for one key: "?" and "question_mark", "ctrl+i" and "tab" read alike."""
    if len(name) == 1:
        name = _character_to_key(name)
    name = KEY_NAME_REPLACEMENTS.get(name, name)
    return _ALIAS.get(name, name)


def contexts() -> list[tuple[str, tuple[Key, ...]]]:
    """Each set of keys that act together (where, keys): per screen, its own blocks with
    each of its widgets' in turn; each dialog's block with the app's."""
    found: list[tuple[str, tuple[Key, ...]]] = []
    listed: set[int] = set()
    for screen, blocks in K.SCREEN_KEYS.items():
        listed.update(id(block) for block in blocks)
        own = [block for block in blocks if not any(block is w for w in WIDGETS)]
        widgets = [b for b in blocks if any(b is w for w in WIDGETS)]
        widgets += _SCREEN_WIDGETS.get(screen, ())
        for widget in widgets or [()]:
            found.append((screen, tuple(key for block in (*own, widget) for key in block)))
    listed.update(id(w) for w in WIDGETS)
    for where, block in K.PLACES:
        if id(block) not in listed:
            found.append((where, (*block, *K.APP)))
    return found


def _names(keys: str) -> set[str]:
    return {canonical(name) for name in keys.split(",")}


def refused(remapped: dict[str, str]) -> dict[str, str]:
    """The remaps of ``remapped`` (id -> keys) to refuse, each with one line saying why: a
    key it adds that another id of one of its contexts binds (as remapped, or by default
    where its own remap is refused: checked again until none is)."""
    defaults = {key.id: key.keys for key in K.ALL}
    why: dict[str, str] = {}
    found = contexts()
    while True:
        now = {i: remapped[i] if i in remapped and i not in why else k for i, k in defaults.items()}
        more = {
            binding_id: line
            for where, block in found
            for binding_id, line in _clashes(where, {key.id for key in block}, remapped, now)
            if binding_id not in why
        }
        if not more:
            return why
        why.update(more)


def _clashes(
    where: str, ids: set[str], remapped: dict[str, str], now: dict[str, str]
) -> Iterable[tuple[str, str]]:
    """Each remap of ``remapped`` whose added key another of ``ids`` binds ``now``."""
    for binding_id in sorted(remapped.keys() & ids):
        added = _names(remapped[binding_id]) - _names(_default(binding_id))
        for other in sorted(ids - {binding_id}):
            if taken := added & _names(now[other]):
                place = where.removesuffix("Screen").lower()
                yield (
                    binding_id,
                    (
                        f"{binding_id} = {remapped[binding_id]!r} refused: {min(taken)} is "
                        f"{other}'s ({place}); {binding_id} keeps {_default(binding_id)}"
                    ),
                )
                break


def _default(binding_id: str) -> str:
    """The default keys of ``binding_id``."""
    return next(key.keys for key in K.ALL if key.id == binding_id)
