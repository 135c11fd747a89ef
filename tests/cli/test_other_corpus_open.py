"""A build on open, and the reader's `u`, refuse an index folder holding another corpus's
index, as `index rebuild|update` do (cl24 #3): a search over a folder whose index is of an
older schema rebuilt it with its own corpus, replacing the other's (and its notebook's)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Static
from typer.testing import CliRunner

from index.models import IndexStatus
from index.store.build import rebuild
from index.store.generations import current_generation
from index.store.live import indexed_corpus
from index.store.sums import MANIFEST
from tests.conftest import ARTICLES, write_corpus
from tests.tui.conftest import settle, wait_until
from tui.app import BroadsheetApp
from tui.cli import app
from tui.missing_data import (
    COPIED_NO_QUOTES,
    COPIED_NO_STORIES,
    COPIED_NO_STORIES_RELATED,
    NO_QUOTES,
)
from tui.widgets.status_line import OTHER_CORPUS, freshness
from tui.widgets.story_list import StoryList


def outdate(index_dir: Path) -> None:
    """Give the index another schema version: opening it rebuilds it."""
    generation = current_generation(index_dir)
    assert generation is not None
    manifest = json.loads((generation / MANIFEST).read_text(encoding="utf-8"))
    manifest["schema_version"] = -1
    (generation / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path, Path]:
    first = write_corpus(tmp_path / "first", ARTICLES)
    other = write_corpus(tmp_path / "other", {"one.txt": "A harbour\n\nA harbour of words.\n"})
    folder = tmp_path / "index"
    rebuild(first, folder, procs=1)
    return first, other, folder


def refusal(folder: Path, first: Path, other: Path, how: str) -> str:
    return (
        f"index folder {folder} holds the index of {first}, not {other}: "
        f"give another --index-dir, or `index {how} --force` to replace it"
    )


@pytest.mark.parametrize("command", [["search", "harbour"], ["search", "harbour", "--json"]])
def test_a_command_that_would_build_refuses(
    two: tuple[Path, Path, Path], command: list[str]
) -> None:
    first, other, folder = two
    outdate(folder)
    where = ["--corpus", str(other), "--index-dir", str(folder)]
    result = CliRunner().invoke(app, [*command, *where])
    assert result.exit_code == 2, result.output
    said = " ".join(result.stderr.split())
    assert said == f"broadsheet: {refusal(folder, first, other, 'rebuild')}"
    assert indexed_corpus(folder) == first  # not replaced
    # its own corpus builds on open as before
    again = CliRunner().invoke(app, [*command, "--corpus", str(first), "--index-dir", str(folder)])
    assert again.exit_code == 0, again.output


def said(reader: BroadsheetApp) -> str:
    """The reader's notifications."""
    return "\n".join(str(note.message) for note in reader._notifications)


async def test_the_reader_opening_says_so(two: tuple[Path, Path, Path]) -> None:
    first, other, folder = two
    outdate(folder)
    reader = BroadsheetApp(other, folder)
    async with reader.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await wait_until(pilot, lambda: bool(said(reader)))
        assert refusal(folder, first, other, "rebuild") in said(reader)
    assert indexed_corpus(folder) == first


async def test_the_readers_u_says_so(two: tuple[Path, Path, Path]) -> None:
    first, other, folder = two
    reader = BroadsheetApp(other, folder)
    async with reader.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        before = current_generation(folder)
        await pilot.press("u")
        await wait_until(pilot, lambda: "update --force" in said(reader))
        await settle(pilot)
        assert refusal(folder, first, other, "update") in said(reader)
        assert reader.is_running  # no crash
    assert indexed_corpus(folder) == first and current_generation(folder) == before


def status_line(reader: BroadsheetApp) -> str:
    return str(reader.screen.query_one("#status", Static).render())


async def test_the_readers_stale_line_offers_what_works_not_u(
    two: tuple[Path, Path, Path],
) -> None:
    """fx34a: an index copied to another corpus's path said "press u to update", and `u`
    was refused; the line says what replaces it instead."""
    first, other, folder = two
    reader = BroadsheetApp(other, folder)
    async with reader.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        await wait_until(pilot, lambda: "stale" in status_line(reader))
        line = status_line(reader)
        assert line.endswith(f"— {OTHER_CORPUS}") and "press u" not in line
    own = BroadsheetApp(first, folder)  # its own corpus, stale: u is offered as before
    (first / "late.txt").write_text("Late news\n\nA late story about tides.\n", encoding="utf-8")
    async with own.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        await wait_until(pilot, lambda: "stale" in status_line(own))
        assert status_line(own).endswith("— press u to update")


def test_index_status_names_the_corpus_it_was_built_from(two: tuple[Path, Path, Path]) -> None:
    first, other, folder = two
    result = CliRunner().invoke(
        app, ["index", "status", "--json", "--corpus", str(other), "--index-dir", str(folder)]
    )
    assert result.exit_code == 0, result.output
    said = json.loads(result.stdout)
    assert said["built_from"] == str(first)
    assert (
        said["state"] == "stale (of another corpus: `broadsheet index update --force` replaces it)"
    )
    mine = CliRunner().invoke(
        app, ["index", "status", "--json", "--corpus", str(first), "--index-dir", str(folder)]
    )
    assert "built_from" not in json.loads(mine.stdout)


def test_a_fresh_index_lacking_kinds_of_another_corpus_offers_no_u() -> None:
    status = IndexStatus("c", "i", "fresh", lacking=("stories",), built_from="/elsewhere")
    assert freshness(status) == f"index fresh, but lacks stories — {OTHER_CORPUS}"
    assert freshness(replace(status, built_from=None)).endswith("— press u to add them")


async def test_what_an_index_lacks_is_offered_by_what_works_not_u(
    two: tuple[Path, Path, Path],
) -> None:
    """lf31, sm32: on a copied index that lacks stories and quotes (built without them), the
    story list, `r` and the quotes panel said "press u to add them", and `u` is refused."""
    first, other, folder = two
    reader = BroadsheetApp(other, folder)
    async with reader.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # an article open: `r` looks for related ones
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert COPIED_NO_STORIES_RELATED in said(reader) and "press u" not in said(reader)
        await pilot.press("q")
        await settle(pilot)
        note = str(reader.screen.query_one("#quote-note", Static).render())
        assert note == COPIED_NO_QUOTES
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        row = str(reader.screen.query_one(StoryList).get_option_at_index(0).prompt)
        assert row == COPIED_NO_STORIES and "--force" in row
        width = reader.screen.query_one(StoryList).size.width
        assert all(len(line) < width - 2 for line in row.splitlines())
    own = BroadsheetApp(first, folder)  # its own corpus: u adds them, and is offered
    async with own.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert str(own.screen.query_one("#quote-note", Static).render()) == NO_QUOTES
