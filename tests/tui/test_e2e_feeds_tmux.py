"""End to end: `F` in the installed reader, in a real terminal (tmux), against `http.server`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.fetch.feedlist import add_feed
from tests.conftest import write_corpus
from tests.fetch.site import serve, write_site
from tests.tui.test_e2e_tmux import exit_code, open_reader, pytestmark, screen, tmux, wait_for

__all__ = ["pytestmark"]  # skipped without tmux or the installed command, as the other


@pytest.fixture
def reader_session(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The reader on a corpus of two articles that follows a feed served on loopback."""
    corpus = write_corpus(
        tmp_path / "corpus",
        {
            "drought.txt": "Farmers count the cost of the drought\n\nThe harvest was halved.\n",
            "markets.txt": "Markets rally on hopes\n\nShares rose on Wednesday, traders said.\n",
        },
    )
    with serve(write_site(tmp_path / "site")) as url:
        add_feed(corpus, f"{url}/rss.xml", name="Island Post")
        proxies = " ".join(f"-u {k}" for k in os.environ if "proxy" in k.lower())
        args = f"--corpus {corpus} --index-dir {tmp_path / 'index'}"
        name = open_reader(args, tmp_path / "exit-code", env=proxies)
        try:
            yield name, tmp_path
        finally:
            tmux("kill-session", "-t", name)


def test_f_brings_the_feeds_articles_into_the_list(reader_session: tuple[str, Path]) -> None:
    session, tmp_path = reader_session
    wait_for(session, "2 articles")
    tmux("send-keys", "-t", session, "F")
    # one request a second to the host (robots.txt, the feed, two pages): a few seconds
    shown = wait_for(session, "Feeds: 2 new", timeout=60)
    assert "0 failed" in shown
    wait_for(session, "4 articles", timeout=60)
    # the count comes a moment before the rows under load: wait for the rows themselves
    shown = wait_for(session, "new Harbour strike ends", timeout=30)
    assert "new Ferry returns to the island" in shown and "new Harbour strike ends" in shown
    assert "Farmers count the cost" in shown and "new Farmers" not in shown
    tmux("send-keys", "-t", session, "C-q")
    assert exit_code(tmp_path / "exit-code") == "0"
    assert "Traceback" not in screen(session)
    assert len(list((tmp_path / "corpus" / "fetched").glob("*/*/*.html"))) == 2
