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
from textual.drivers import linux_driver
from textual.widgets import Input

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle
from tui.alt_keys import alt_keeping_parser, escape_then_key, keep_alt_in_bursts
from tui.app import BroadsheetApp


def keys_read(parser: XTermParser, data: str) -> list[events.Key]:
    """The keys ``parser`` makes of ``data`` (then the end of input)."""
    tokens = [*parser.feed(data), *parser.feed("")]
    return [t for t in tokens if isinstance(t, events.Key)]


def parsed(parser: XTermParser, data: str) -> list[tuple[str, str | None]]:
    """The names and characters of `keys_read`."""
    return [(key.key, key.character) for key in keys_read(parser, data)]


def reader_parser() -> XTermParser:
    """The reader's parser, on the Textual these tests run with (it fits: 8.2)."""
    parser = alt_keeping_parser()
    assert parser is not None
    return parser()  # type: ignore[no-any-return]


PRINTABLE = st.characters(min_codepoint=0x20, max_codepoint=0x7E).filter(
    lambda c: (
        f"\x1b{c}" not in ANSI_SEQUENCES_KEYS  # whole sequences: ctrl+left and such
        and c not in "[O"
    )  # the start of a sequence: it waits for more
)


@given(PRINTABLE)
def test_escape_then_a_character_comes_as_escape_then_its_key(character: str) -> None:
    (alt,) = keys_read(reader_parser(), f"\x1b{character}")
    assert alt.key.startswith("alt+")
    split = escape_then_key(alt, [])
    assert [(key.key, key.character) for key in split] == [
        ("escape", "\x1b"),
        *parsed(XTermParser(), character),
    ]


@given(st.text(alphabet=PRINTABLE, min_size=1, max_size=12))
def test_the_parser_reads_keys_without_escape_as_textual_does(typed: str) -> None:
    assert parsed(reader_parser(), typed) == parsed(XTermParser(), typed)


def test_a_bound_alt_key_stays_one_key() -> None:
    bound = BindingsMap([("alt+j", "down", "Down")])
    (alt_j,) = keys_read(reader_parser(), "\x1bj")
    assert escape_then_key(alt_j, [bound]) == []
    assert [key.key for key in escape_then_key(alt_j, [])] == ["escape", "j"]
    assert escape_then_key(events.Key("j", "j"), []) == []


def test_the_driver_reads_with_the_reader_parser_on_this_textual(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On the Textual the tests run with the parser fits and is swapped in (the fallback,
    for a Textual it does not fit: tests/review/test_rv36_alt_keys.py)."""
    monkeypatch.setattr(linux_driver, "XTermParser", XTermParser)
    keep_alt_in_bursts()
    assert linux_driver.XTermParser is alt_keeping_parser() is not None
    keep_alt_in_bursts()  # twice: still the one swap
    assert linux_driver.XTermParser.__base__ is XTermParser


# whole sequences with Alt in them (xterm's modifier 3 = Alt): Textual reads one key
WHOLE_ALT_KEYS = st.sampled_from(
    [f"\x1b[1;3{end}" for end in "ABCDHF"] + ["\x1b[3;3~", "\x1b[5;3~", "\x1b[6;3~"]
)


@given(WHOLE_ALT_KEYS)
def test_an_alt_key_read_from_a_whole_sequence_is_never_split(sequence: str) -> None:
    """rv36 #4: Alt+Left is "\\x1b[1;3D", one key (alt+left), not Esc then a key."""
    (key,) = keys_read(reader_parser(), sequence)
    assert key.key.startswith("alt+")
    assert (key.key, key.character) == parsed(XTermParser(), sequence)[0]
    assert escape_then_key(key, []) == []


@given(
    st.lists(
        st.one_of(WHOLE_ALT_KEYS, PRINTABLE, PRINTABLE.map("\x1b".__add__)),
        min_size=1,
        max_size=6,
    ).filter(
        # after an Esc Textual reads on until a sequence it knows, a pause or another Esc,
        # and that Esc makes the first one "^" (its parser's own quirk, with or without
        # ours): a pair here is followed by characters only
        lambda pieces: (
            not any(
                len(piece) == 2 and any(after.startswith("\x1b") for after in pieces[at + 1 :])
                for at, piece in enumerate(pieces)
            )
        )
    )
)
def test_only_keys_built_from_escape_are_split(pieces: list[str]) -> None:
    """Any run of whole Alt sequences, characters and Esc+character pairs: the keys split
    are exactly the pairs, each into Esc and the key the character makes alone."""
    keys = keys_read(reader_parser(), "".join(pieces))
    assert len(keys) == len(pieces)
    for piece, key in zip(pieces, keys, strict=True):
        split = [(k.key, k.character) for k in escape_then_key(key, [])]
        if piece.startswith("\x1b") and len(piece) == 2:
            assert split == [("escape", "\x1b"), *parsed(XTermParser(), piece[1])]
        else:
            assert split == []


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


BYTES = {"slash": "/", "enter": "\r", "space": " "}
"""What the terminal sends for the keys of `CASES` that are not letters."""


@pytest.mark.parametrize(("before", "key"), CASES)
async def test_alt_key_acts_as_escape_then_the_key(
    news_corpus: Path, tmp_path: Path, before: str, key: str
) -> None:
    ends = []
    for burst in (False, True):
        app = BroadsheetApp(news_corpus / "news", news_corpus / "index", config_dir=tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            if before:
                await pilot.press(before)
                await settle(pilot)
            if burst:  # the terminal's bytes, read by the reader's parser: one Alt+key
                (alt,) = keys_read(reader_parser(), f"\x1b{BYTES.get(key, key)}")
                assert alt.key == f"alt+{key}"
                app.post_message(alt)
            else:
                await pilot.press("escape", key)
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
