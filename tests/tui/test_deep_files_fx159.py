"""A value nested 100,000 deep in the user's ``keymap.toml``, ``leans.json`` or a file given
to `outlets lean --from` raised a RecursionError out of the reader and the commands (fb44's
note, fx159): each is refused with one line naming the file, "nested too deeply", as an
invalid one is, and what reads it goes on as it does for an invalid one."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.keymap_file import read_keymap, user_keymap
from tui.lean_file import read_entries
from tui.outlet_leans import leans_path, read_map, user_leans

DEEP = 100_000
SHALLOW = 50
"""Depths every parser reads and none can (Python stops near 1,000 frames)."""
DEPTHS = st.one_of(st.integers(1, DEEP), st.sampled_from([1, SHALLOW, 1_000, DEEP]))
TOO_DEEP = "nested too deeply"


def _nest(depth: int) -> str:
    return "[" * depth + '"j"' + "]" * depth


@settings(max_examples=30, deadline=None)
@given(depth=DEPTHS, place=st.sampled_from(("known", "unknown", "table", "after")))
def test_a_deep_keymap_is_ignored_with_one_line(depth: int, place: str) -> None:
    deep = _nest(depth)
    text = {
        "known": f"list-down = {deep}\n",
        "unknown": f"no-such-key = {deep}\n",
        "table": f"[more]\nkeys = {deep}\n",
        "after": f'list-down = "j,down"\nlist-up = {deep}\n',
    }[place]
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "keymap.toml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ValueError) as raised:  # no keymap nests keys: always refused
            read_keymap(path)
        keymap, problem = user_keymap(Path(name))
    said = str(raised.value)
    assert "\n" not in said and str(path) in said
    assert keymap == {} and problem is not None and said in problem
    if depth >= DEEP:
        assert said == f"{path} is not valid TOML: {TOO_DEEP}"
    if depth <= SHALLOW:
        assert TOO_DEEP not in said


def _lean_text(place: str, deep: str) -> tuple[str, str]:
    """A lean file holding ``deep`` at ``place``; where the refusal names it."""
    if place == "object":
        return '{"CNN": "left", "Fox": ' + deep + "}", ""
    if place == "array":
        return '[{"outlet": "CNN", "lean": "left"}, {"outlet": "Fox", "lean": ' + deep + "}]", ""
    if place == "jsonl-first":
        return '{"outlet": "Fox", "lean": ' + deep + '}\n{"outlet": "CNN", "lean": "left"}\n', ""
    return '{"outlet": "CNN", "lean": "left"}\n\n{"outlet": "Fox", "lean": ' + deep + "}\n", ":3"


@settings(max_examples=40, deadline=None)
@given(depth=DEPTHS, place=st.sampled_from(("object", "array", "jsonl-first", "jsonl-later")))
def test_a_deep_lean_file_is_refused_with_one_line(depth: int, place: str) -> None:
    text, line = _lean_text(place, _nest(depth))
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "leans.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ValueError) as raised:  # a list is no lean: always refused
            read_entries(path)
    said = str(raised.value)
    assert "\n" not in said and said.startswith(str(path))
    if depth >= DEEP:
        assert said == f"{path}{line}: not readable as JSON ({TOO_DEEP})"
    if depth <= SHALLOW:
        assert TOO_DEEP not in said


@settings(max_examples=30, deadline=None)
@given(depth=DEPTHS, place=st.sampled_from(("value", "top", "key-after")))
def test_a_deep_leans_map_is_ignored_with_one_line(depth: int, place: str) -> None:
    deep = _nest(depth)
    text = {
        "value": '{"CNN": "left", "Fox": ' + deep + "}",
        "top": deep,
        "key-after": '{"Fox": ' + deep + ', "CNN": "left"}',
    }[place]
    with tempfile.TemporaryDirectory() as name:
        config = Path(name)
        leans_path(config).write_text(text, encoding="utf-8")
        try:
            found, bad = read_map(config)
        except ValueError as error:
            said = str(error)
            assert "\n" not in said and said.startswith(str(leans_path(config)))
            assert place == "top" or depth > SHALLOW  # shallow: a top list is no map
            assert TOO_DEEP in said if depth >= DEEP else depth > SHALLOW or TOO_DEEP not in said
        else:
            assert depth < DEEP
            assert found == {"CNN": "left"} and len(bad) == 1
        leans, problem = user_leans(config)  # never raises
    if depth >= DEEP:
        assert leans == {} and problem is not None and TOO_DEEP in problem
    if depth <= SHALLOW and place != "top":
        assert problem is not None and TOO_DEEP not in problem  # Fox's lean, not the file
