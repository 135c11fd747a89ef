"""nu43 #1: the per-feed cap said how many entries it left for the next fetch.

Oracle: a feed of ``n`` new entries fetched with a cap of ``c`` saves ``min(n, c)`` and
says ``n - min(n, c)`` are left; the next fetch saves exactly those.
"""

from __future__ import annotations

import itertools
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from index.fetch.run import fetch
from tests.fetch.conftest import QUICK, article_html, no_robots, rss

FRESH = itertools.count()
"""A new path prefix for each generated feed (the server keeps every handler)."""


def serve(server: HTTPServer, count: int, prefix: str) -> str:
    """A feed of ``count`` dated pages under ``/prefix/``, newest first."""
    no_robots(server)
    items = []
    for n in range(count):
        path = f"/{prefix}/a{n}"
        server.expect_request(path).respond_with_data(
            article_html(f"Story {n}", f"Story {n} text."), content_type="text/html"
        )
        items.append((f"Story {n}", server.url_for(path), f"Mon, 06 May 2024 {n:02d}:00:00 GMT"))
    server.expect_request(f"/{prefix}/feed").respond_with_data(
        rss(items), content_type="application/rss+xml"
    )
    return server.url_for(f"/{prefix}/feed")


def test_the_cap_says_what_it_left_and_the_next_fetch_brings_it(
    server: HTTPServer, corpus_dir: Path
) -> None:
    feed = serve(server, 5, "big")
    report = fetch(corpus_dir, [feed], settings=replace(QUICK, max_new_per_feed=3))
    assert len(report.new) == 3 and report.left == ((feed, 2),) and report.left_total == 2
    assert "; 2 left for the next fetch (at most 3 a feed); 1 feed checked" in report.summary
    again = fetch(corpus_dir, [feed], settings=replace(QUICK, max_new_per_feed=3))
    assert len(again.new) == 2 and again.left == () and "left for" not in again.summary


def test_limit_is_the_cap_the_note_names(server: HTTPServer, corpus_dir: Path) -> None:
    feed = serve(server, 3, "small")
    report = fetch(corpus_dir, [feed], settings=QUICK, limit=1)
    assert report.left == ((feed, 2),) and report.cap == 1
    assert "2 left for the next fetch (at most 1 a feed)" in report.summary


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(count=st.integers(0, 6), cap=st.integers(1, 4))
def test_new_and_left_add_up_to_the_feed(server: HTTPServer, count: int, cap: int) -> None:
    feed = serve(server, count, f"p{next(FRESH)}")
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder)
        report = fetch(corpus, [feed], settings=replace(QUICK, max_new_per_feed=cap))
        assert len(report.new) == min(count, cap)
        assert report.left_total == count - min(count, cap)
        again = fetch(corpus, [feed], settings=replace(QUICK, max_new_per_feed=cap))
        assert len(again.new) == min(report.left_total, cap)
