"""End to end, issue 15: the reader started again is where it was; esc cancels an update."""

from __future__ import annotations

import re
import shutil
import time
import uuid
from pathlib import Path

import pytest

from tests.tui.test_e2e_rough_edges import BROADSHEET, SEEDS, Terminal

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None or not BROADSHEET.exists(),
    reason="needs tmux and the installed broadsheet command",
)


def start(tmp_path: Path, corpus: Path, *options: str, size: tuple[int, int]) -> Terminal:
    """The reader in a tmux server of its own; its exit code is written when it ends."""
    term = Terminal(f"bs15r-{uuid.uuid4().hex[:8]}", tmp_path / f"exit-{uuid.uuid4().hex}", corpus)
    command = (
        f"env -u COLUMNS -u LINES -u BROADSHEET_NO_RESTORE {BROADSHEET} --corpus {corpus} "
        f"--index-dir {tmp_path / 'index'} {' '.join(options)}; "
        f"echo $? > {term.exit_marker}; sleep 60"
    )
    width, height = size
    term.tmux("-f", "/dev/null", "new-session", "-d", "-s", "reader", "-x", str(width),
              "-y", str(height), command)  # fmt: skip
    return term


def quit_reader(term: Terminal) -> None:
    term.keys("Q")
    deadline = time.monotonic() + 15
    while not term.exit_marker.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert term.exit_marker.read_text().strip() == "0"
    assert "Traceback" not in term.screen()
    term.tmux("kill-server")


def search_bar(shown: str) -> str:
    return "\n".join(shown.splitlines()[:3])


def open_article(shown: str) -> str:
    """The id in the reading pane's header ("ID · seeds/ID")."""
    found = re.search(r"(\S+\.\w+) · seeds/", shown)
    assert found, shown
    return found.group(1)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_the_reader_starts_where_it_was_left(tmp_path: Path, size: tuple[int, int]) -> None:
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    first = start(tmp_path, corpus, size=size)
    try:
        first.wait_for("index fresh")
        first.keys("/peacekeepers", literal=True)  # in one burst: each key where "/" sent it
        first.wait_for("3 hits")
        time.sleep(0.3)  # a person's pace between keys that move the focus
        first.keys("Enter")
        time.sleep(0.3)
        first.keys("s")  # sorted by the next order
        first.wait_for("sort: newest")
        before = open_article(first.screen())
        for key in ("Down", "Up"):  # another article, previewed (the kept one may be last)
            first.keys(key)
            deadline = time.monotonic() + 5
            while open_article(first.screen()) == before and time.monotonic() < deadline:
                time.sleep(0.2)
            if open_article(first.screen()) != before:
                break
        article = open_article(first.screen())
        assert article != before
        quit_reader(first)
    finally:
        first.tmux("kill-server")
    second = start(tmp_path, corpus, size=size)
    try:
        shown = second.wait_for("3 hits")
        shown = second.wait_for(f"{article} · seeds/")  # the article is open again
        assert "peacekeepers" in search_bar(shown)
        # at 80 columns "index: checking…" leaves no room for the sort; it returns with "fresh"
        shown = second.wait_for("index fresh")
        assert "sort: newest" in shown and f"{article} · seeds/" in shown
        assert "Starting afresh" not in shown
        quit_reader(second)
    finally:
        second.tmux("kill-server")
    third = start(tmp_path, corpus, "--no-restore", size=size)
    try:
        shown = third.wait_for("index fresh")
        assert "peacekeepers" not in search_bar(shown) and "3 hits" not in shown
        assert "sort: newest first" in shown  # relevance, with no query to rank by
        quit_reader(third)
    finally:
        third.tmux("kill-server")


def test_esc_cancels_an_update_in_the_reader(tmp_path: Path) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    words = [
        "envoys",
        "ceasefire",
        "monitors",
        "harvest",
        "drought",
        "markets",
        "tides",
        "council",
        "mandate",
    ]
    for number in range(3000):  # enough files that an update takes a while to read
        body = " ".join(words[(number + k) % len(words)] for k in range(60))
        (corpus / f"{number:05}.txt").write_text(f"Report {number}\n\n{body}.\n")
    term = start(tmp_path, corpus, "--no-restore", size=(80, 24))
    try:
        term.wait_for("index fresh", timeout=120)
        for path in sorted(corpus.iterdir())[::2]:  # half the files changed on disk
            path.write_text(path.read_text() + "\nA late correction.\n")
        term.keys("u")
        shown = term.wait_for("esc cancels", timeout=30)  # the bar, with its stage
        # the stage named, its words shortened to keep the count whole at 80 columns (fx150):
        # "updating: files 1/1,500" beside the hint, then "updating: saving" (README)
        assert re.search(r"updating: (?:(?:reading )?files [\d,]+/1,500|saving)", shown), shown
        term.keys("Escape")
        shown = term.wait_for("Update cancelled; the index is as", timeout=60)  # the toast wraps
        assert "esc cancels" not in shown  # the bar went
        # the changes are still to do: at 80 columns the line keeps the article count and
        # says "stale, press u" without the list of changes (nu17 #6; sm33 shortened it)
        assert "stale" in term.wait_for("press u", timeout=30)  # "stale, press u" (sm33)
        quit_reader(term)
    finally:
        term.tmux("kill-server")
    assert not [p for p in (tmp_path / "index").iterdir() if p.name.startswith("tmp-")]
