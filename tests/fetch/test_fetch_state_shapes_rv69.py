"""A corpus's ``.broadsheet/fetch-state.json`` comes with the corpus (a folder someone hands
over, feeds.toml beside it), and `load_state` promises an empty state for an unreadable one.
One nested 100,000 deep, or whose "feeds" or "robots" is a list or a string, or a robots
copy's time too large for a float, gave "unexpected error: RecursionError / AttributeError /
OverflowError" from `feeds list`, `feeds export` and `fetch` (rv69, reviewing fx159).
Oracle: what `save_state` writes reads back equal; any other JSON value, at the top or in
any slot, reads without raising, and keeps only rows of the written shape."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.fetch.state import (
    STATE_FILE,
    STATE_VERSION,
    FeedState,
    FetchState,
    RobotsCopy,
    load_state,
    save_state,
)
from tui.cli import app

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
DEEP = "[" * 100_000 + "]" * 100_000

GOOD = FetchState()
GOOD.feeds["https://n.example/rss"] = FeedState('"e"', "Wed, 01 May 2024 10:00:00 GMT", "t", "N")
GOOD.robots["https://n.example"] = RobotsCopy(200, "User-agent: *\n", 1.5)
GOOD.aliases["n.example/amp"] = "fetched/n.example/a"


def _write(root: Path, text: str) -> None:
    folder = root / ".broadsheet"
    folder.mkdir(exist_ok=True)
    (folder / STATE_FILE).write_text(text, encoding="utf-8")


def _table(slot: str, value: Any) -> dict[str, Any]:
    """A state of the written shape, with ``value`` at ``slot``."""
    table: dict[str, Any] = json.loads(
        json.dumps(
            {
                "version": STATE_VERSION,
                "feeds": {"https://n.example/rss": {"etag": '"e"', "title": "N"}},
                "robots": {"https://n.example": {"status": 200, "text": "", "fetched_at": 1}},
                "aliases": {"n.example/amp": "fetched/a"},
            }
        )
    )
    if slot == "top":
        return value
    if slot in ("feeds", "robots", "aliases"):
        table[slot] = value
    elif slot == "feed row":
        table["feeds"]["https://n.example/rss"] = value
    elif slot == "robots row":
        table["robots"]["https://n.example"] = value
    else:  # a robots copy's time
        table["robots"]["https://n.example"]["fetched_at"] = value
    return table


SLOTS = ("top", "feeds", "robots", "aliases", "feed row", "robots row", "fetched_at")


@settings(max_examples=150, deadline=None)
@given(slot=st.sampled_from(SLOTS), value=JSON)
def test_any_json_in_any_slot_reads_without_raising(slot: str, value: Any) -> None:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        _write(root, json.dumps(_table(slot, value)))
        state = load_state(root)  # never raises
    assert isinstance(state, FetchState)
    assert all(isinstance(f, FeedState) for f in state.feeds.values())
    assert all(isinstance(r.fetched_at, float) for r in state.robots.values())
    assert all(isinstance(v, str) for v in state.aliases.values())


@settings(max_examples=20, deadline=None)
@given(slot=st.sampled_from(SLOTS), depth=st.integers(1, 100_000))
def test_a_deep_state_reads_as_an_unreadable_one(slot: str, depth: int) -> None:
    deep = "[" * depth + "]" * depth
    text = json.dumps(_table(slot, "DEEP")).replace('"DEEP"', deep)
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        _write(root, text)
        state = load_state(root)  # never raises
    if depth >= 10_000:  # deeper than json goes: the whole file is unreadable
        assert state == FetchState()


def test_what_save_state_writes_reads_back(tmp_path: Path) -> None:
    save_state(tmp_path, GOOD)
    assert load_state(tmp_path) == GOOD


def test_feeds_list_says_its_feeds_over_a_damaged_state(tmp_path: Path) -> None:
    """Through the command: each damaged state used to end `feeds list` with 'unexpected
    error'; now the feeds are listed as with no state at all."""
    (tmp_path / "feeds.toml").write_text('[[feed]]\nurl = "https://n.example/rss"\n', "utf-8")
    where = ["--corpus", str(tmp_path), "--index-dir", str(tmp_path / "index")]
    for text in (
        DEEP,
        '{"version": 1, "feeds": [1]}',
        '{"version": 1, "robots": "x"}',
        '{"version": 1, "robots": {"h": {"status": 200, "text": "", "fetched_at": 1'
        + "0" * 400
        + "}}}",
    ):
        _write(tmp_path, text)
        result = CliRunner().invoke(app, [*where, "feeds", "list"], env={"COLUMNS": "200"})
        assert result.exit_code == 0, (text[:60], result.output)
        assert "https://n.example/rss" in result.output and "error" not in result.output
