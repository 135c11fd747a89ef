"""The user's keymap file (``keymap.toml``): binding id = keys, checked against `tui.keymap`.

A wrong id names the closest ids there are (nu27 #8: "no key has the id 'x'" sent the
user to the source for the list).
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from pathlib import Path

from textual.keys import KEY_ALIASES, REPLACED_KEYS, Keys, _character_to_key, key_to_character

from index.library import read_state
from tui.keymap import ALL, KEYMAP_FILE

_KEY_NAME = re.compile(r"[A-Za-z0-9_+]+")
_MODIFIERS = frozenset(("ctrl", "shift", "alt", "meta", "super", "hyper"))
_NAMED_KEYS = frozenset(key.value for key in Keys) | KEY_ALIASES.keys()


def _named(bad: str) -> str:
    """``bad``'s key name when it is a character Textual names otherwise ("/" is "slash":
    nu65 #8, the line did not say which name to write), else nothing."""
    *modifiers, key = bad.split("+")
    if len(key) != 1:
        return ""
    name = "+".join([*modifiers, _character_to_key(key)])
    return f': write "{name}"' if name != bad and is_key_name(name) else ""


def is_key_name(name: str) -> bool:
    """True when Textual knows ``name`` as a key it can produce: "j", "ctrl+f", "f2",
    "question_mark"; a modifier goes with a named key or an ASCII character only (nu64 #6:
    "ctrl+shift+banana" was taken, and j/down stopped moving the list)."""
    *modifiers, key = name.split("+")
    character = key_to_character(REPLACED_KEYS.get(key, key))
    return (
        bool(_KEY_NAME.fullmatch(name) and key)
        and set(modifiers) <= _MODIFIERS
        and (
            len(key) == 1
            or key in _NAMED_KEYS
            or key in _NAMED_BASES
            or (character is not None and (not modifiers or character.isascii()))
        )
    )


_NAMED_BASES = frozenset(name.rpartition("+")[2] for name in _NAMED_KEYS)
"""The keys the named ones are built on ("up" of "ctrl+shift+up", "f5")."""


def read_keymap(path: Path) -> dict[str, str]:
    """A user's keymap file: binding id -> keys ("j,down"), checked.

    Raises:
        ValueError: One line saying what is wrong with the file (the caller keeps the
            default keys and shows it).
    """
    import tomllib  # only for a user with a keymap file: not on every reader start

    try:
        table = tomllib.loads(read_state(path))  # a FIFO: refused, not waited on
    except (OSError, UnicodeDecodeError) as error:
        why = getattr(error, "strerror", None) or error
        raise ValueError(f"cannot read {path}: {why}") from None
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path} is not valid TOML: {error}") from None
    except RecursionError:  # deeper than tomllib goes (fx159: was a traceback)
        raise ValueError(f"{path} is not valid TOML: nested too deeply") from None
    known = [key.id for key in ALL]
    keymap: dict[str, str] = {}
    for binding_id, keys in table.items():
        if binding_id not in known:
            raise ValueError(
                f"{path}: no key has the id {binding_id!r}{_closest(binding_id, known)}"
            )
        if not isinstance(keys, str):
            raise ValueError(f'{path}: {binding_id} should be a string of keys, like "j,down"')
        names = [name.strip() for name in keys.split(",")]
        if not all(is_key_name(name) for name in names):
            bad = next(name for name in names if not is_key_name(name))
            raise ValueError(
                f"{path}: {binding_id} = {keys!r} is not a list of key names"
                f" (Textual cannot produce {bad!r}{_named(bad)}; see `broadsheet keys`)"
            )
        keymap[binding_id] = ",".join(names)
    return keymap


def keymap_path(config_dir: Path | None = None) -> Path:
    """Where the user's keymap file is looked for: ``keymap.toml`` in ``config_dir``, by
    default the user config folder (``platformdirs.user_config_dir("broadsheet")``)."""
    if config_dir is None:
        from platformdirs import user_config_dir

        config_dir = Path(user_config_dir("broadsheet", appauthor=False))
    return config_dir / KEYMAP_FILE


def user_keymap(config_dir: Path | None = None) -> tuple[dict[str, str], str | None]:
    """The user's keymap and, when the file is bad, one line saying why (then it is empty),
    or which remaps were refused for a key another action of their screen uses (nu64 #6:
    those keep their default keys, the rest of the keymap stands).

    Args:
        config_dir: Where ``keymap.toml`` is looked for (default: the user config folder,
            ``platformdirs.user_config_dir("broadsheet")``).
    """
    path = keymap_path(config_dir)
    if not path.exists():
        return {}, None
    try:
        keymap = read_keymap(path)
    except ValueError as error:
        return {}, f"{IGNORED}{error}"
    from tui.keymap_clash import refused

    why = refused(keymap)
    kept = {binding_id: keys for binding_id, keys in keymap.items() if binding_id not in why}
    return kept, (f"{path}: " + "; ".join(why.values())) if why else None


IGNORED = "keymap ignored, default keys kept: "
"""How a keymap file ignored whole starts its line (a remap refused alone is said by id)."""


def _closest(binding_id: str, known: list[str]) -> str:
    """What to say after a wrong id: the closest ids there are, or where they are listed."""
    near = get_close_matches(binding_id, known, n=3, cutoff=0.6)
    if not near:
        near = get_close_matches(binding_id.lower().replace("_", "-"), known, n=3, cutoff=0.6)
    if near:
        said = [repr(i) for i in near]
        listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " or " + said[-1]
        return f" (did you mean {listed}?)"
    return f" ({IDS_LISTED})"


IDS_LISTED = "the ids: `broadsheet keys`, or ? in the reader"
"""Where the ids are listed, for a wrong id that is near none."""
