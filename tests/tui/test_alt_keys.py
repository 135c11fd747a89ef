"""Esc typed just before a key (nu37 #3): the terminal sends Alt+key's bytes, and the reader
reads them as typed, Esc then the key (`tui.alt_keys`).

The oracle: the same screen given Esc then the key, one after the other, ends as it does
given the one Alt+key event; and the parser's Alt+key, turned into two keys, is Esc and the
very key the parser makes of the character alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual._xterm_parser import XTermParser
from textual.binding import BindingsMap
from textual.widgets import Input

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle
from tui.alt_keys import AltKeepingParser, escape_then_key
from tui.app import BroadsheetApp


def parsed(parser: XTermParser, data: str) -> list[tuple[str, str | None]]:
    """The keys ``parser`` makes of ``data`` (then the end of input)."""
    tokens = [*parser.feed(data), *parser.feed("")]
    return [(t.key, t.character) for t in tokens if isinstance(t, events.Key)]


PRINTABLE = st.characters(min_codepoint=0x20, max_codepoint=0x7E).filter(
    lambda c: (
        f"\x1b{c}" not in ANSI_SEQUENCES_KEYS  # whole sequences: ctrl+left and such
        and c not in "[O"
    )  # the start of a sequence: it waits for more
)


@given(PRINTABLE)
def test_escape_then_a_character_comes_as_escape_then_its_key(character: str) -> None:
    (alt,) = parsed(AltKeepingParser(), f"\x1b{character}")
    assert alt[0].startswith("alt+")
    split = escape_then_key(events.Key(*alt), [])
    assert [(key.key, key.character) for key in split] == [
        ("escape", "\x1b"),
        *parsed(XTermParser(), character),
    ]


@given(st.text(alphabet=PRINTABLE, min_size=1, max_size=12))
def test_the_parser_reads_keys_without_escape_as_textual_does(typed: str) -> None:
    assert parsed(AltKeepingParser(), typed) == parsed(XTermParser(), typed)


def test_a_bound_alt_key_stays_one_key() -> None:
    bound = BindingsMap([("alt+j", "down", "Down")])
    assert escape_then_key(events.Key("alt+j", "j"), [bound]) == []
    assert escape_then_key(events.Key("j", "j"), []) == []


@pytest.fixture(scope="module")
def news_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("alt")
    write_corpus(folder / "news" / "news.jsonl")
    return folder


def state(app: BroadsheetApp) -> tuple[Any, ...]:
    """What a key can change that the reader shows: the screens, the focus, the query, the
    row."""
    focused = app.focused
    current = reader(app).articles.current
    return (
        [type(screen).__name__ for screen in app.screen_stack],
        type(focused).__name__ if focused else None,
        app.screen_stack[0].query_one(Input).value,
        current.id if current else None,
    )


# a screen (keys typed first), then Esc and a key in a burst: Alt+key
CASES = [
    ("q", "slash"),  # nu37 #3: the quotes panel closes, the search bar takes the focus
    ("q", "j"),
    ("q", "x"),
    ("?", "slash"),  # help
    ("b", "j"),  # notebook
    ("slash", "j"),  # the search bar: esc leaves it, j moves down the list
    ("", "enter"),  # the list: enter reads the row
    ("S", "space"),  # the stories
]


@pytest.mark.parametrize(("before", "key"), CASES)
async def test_alt_key_acts_as_escape_then_the_key(
    news_corpus: Path, tmp_path: Path, before: str, key: str
) -> None:
    ends = []
    for keys in (["escape", key], [f"alt+{key}"]):
        app = BroadsheetApp(news_corpus / "news", news_corpus / "index", config_dir=tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            if before:
                await pilot.press(before)
                await settle(pilot)
            await pilot.press(*keys)
            await settle(pilot)
            ends.append(state(app))
    assert ends[0] == ends[1]


async def test_an_alt_key_the_users_keymap_binds_is_that_key(
    news_corpus: Path, tmp_path: Path
) -> None:
    """alt+g bound to the list's "last row": it goes there (esc then g would go to the
    first row)."""
    (tmp_path / "keymap.toml").write_text('list-bottom = "G,end,alt+g"\n', encoding="utf-8")
    app = BroadsheetApp(news_corpus / "news", news_corpus / "index", config_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert not app.keymap_problem
        rows = reader(app).articles
        await pilot.press("alt+g")
        await settle(pilot)
        went = rows.current
        await pilot.press("g", "G")  # the first row, then the last as G goes there
        await settle(pilot)
        assert went is not None and went == rows.current != rows.hits[0]
