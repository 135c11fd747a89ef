"""rv36 #1-#2: fx47's parser swap must fall back to Textual's own reading of keys (fixed
by fx53: `tui.alt_keys.alt_keeping_parser`).

pyproject allowed textual>=1.0. In Textual 1.0 `XTermParser._sequence_to_key_events` takes
the sequence alone (no ``alt``), so `AltKeepingParser`, which passes ``alt`` on, raises
TypeError at the first key: in the driver's input thread that is `App.panic`, the reader
dies. And `tui.alt_keys` imported the private `textual._xterm_parser` at module level, so a
Textual that moved it stopped the reader from starting at all.
"""

from __future__ import annotations

import builtins
import importlib
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual._xterm_parser import XTermParser
from textual.drivers import linux_driver

import tui.alt_keys
from tests.story_corpus import write_corpus
from tests.tui.conftest import settle
from tui.app import BroadsheetApp
from tui.widgets.search_box import SearchBox


def old_style(self: XTermParser, sequence: str) -> Iterable[events.Key]:
    """Textual 1.0's signature: the sequence alone."""
    return NEW_STYLE(self, sequence)


NEW_STYLE = XTermParser._sequence_to_key_events


def test_the_swapped_parser_reads_keys_with_the_lower_bound_textual(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(XTermParser, "_sequence_to_key_events", old_style)
    monkeypatch.setattr(linux_driver, "XTermParser", XTermParser)
    tui.alt_keys.keep_alt_in_bursts()
    parser = linux_driver.XTermParser()
    tokens = [*parser.feed("q"), *parser.feed("")]
    assert [t.key for t in tokens if isinstance(t, events.Key)] == ["q"]


def test_the_reader_starts_without_the_private_parser_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = builtins.__import__

    def no_private_parser(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "textual._xterm_parser":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(linux_driver, "XTermParser", XTermParser)
    monkeypatch.setattr(tui, "alt_keys", tui.alt_keys)  # the fresh import replaces it
    monkeypatch.delitem(sys.modules, "tui.alt_keys")
    monkeypatch.setattr(builtins, "__import__", no_private_parser)
    fresh = importlib.import_module("tui.alt_keys")
    assert fresh.alt_keeping_parser() is None
    fresh.keep_alt_in_bursts()  # Textual's own parser: no swap, no crash
    assert linux_driver.XTermParser is XTermParser


@pytest.fixture(scope="module")
def news_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rv36-alt")
    write_corpus(folder / "news" / "news.jsonl")
    return folder


@pytest.mark.parametrize("key", ["alt+left", "alt+right"])
async def test_alt_arrow_in_the_search_bar_keeps_the_query(
    news_corpus: Path, tmp_path: Path, key: str
) -> None:
    """xterm, GNOME Terminal and iTerm2 send Alt/Option+Left as "\\x1b[1;3D", which the
    parser reads as one key, alt+left (not Esc then a key): word-jumping in the bar, a
    habit, must not clear the query and leave the bar as Esc does."""
    app = BroadsheetApp(news_corpus / "news", news_corpus / "index", config_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"nato")
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.focused, SearchBox)
        assert app.focused.value == "nato"
