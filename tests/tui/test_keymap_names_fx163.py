"""nu65 #8: `list-down = "/"` refused the keymap with "Textual cannot produce '/'" and did not
say the name to write ("slash", the one `broadsheet keys` uses). Oracle: Textual's own
character-to-key mapping; the name the line gives is one the keymap then takes."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.keys import _character_to_key

from tui import keymap
from tui.keymap_file import is_key_name, user_keymap


def _refusal(keys: str) -> str | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder)
        (path / keymap.KEYMAP_FILE).write_text(f"list-down = {keys!r}\n".replace("'", '"'))
        return user_keymap(path)[1]


def test_slash_names_slash() -> None:
    problem = _refusal("/")
    assert problem is not None and "\n" not in problem
    assert "Textual cannot produce '/'" in problem and 'write "slash"' in problem


@given(st.sampled_from([c for c in string.punctuation if c not in "\"\\',+"]))
def test_every_refused_character_names_a_key_that_is_taken(character: str) -> None:
    name = _character_to_key(character)
    if is_key_name(character):
        return  # taken as it is: nothing to say
    problem = _refusal(character)
    assert problem is not None
    assert f'write "{name}"' in problem
    assert is_key_name(name)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / keymap.KEYMAP_FILE).write_text(f'list-down = "{name}"\n')
        kept, problem = user_keymap(Path(folder))
        # taken as a name ("/" is the reader's search key: then refused as a clash only)
        assert "cannot produce" not in (problem or "")
        assert kept.get("list-down") == name or "list-down" in (problem or "")
