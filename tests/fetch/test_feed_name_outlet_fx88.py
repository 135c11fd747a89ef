"""A feed's name never overrides the outlet a page gives (fx88, nu43 #1): an aggregator's
feed added as "Levant Monitor" carried RTE's and CNN's pages, and every one showed as
"Levant Monitor". The name is kept in the sidecar as ``feed_name`` (not ``source``, which
is the user's own word and wins over all) and is the outlet only when the page names none:
no site name, publisher, title suffix, outlet line or dateline credit, or only a host the
outlet table does not know; a host the table knows in the page's address beats it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from index.text.extract import extract
from index.text.outletnames import canonical_outlet
from tests.fetch.conftest import article_html, fetch_one, rss

NAME = "Levant Monitor"
TEXT = (
    "Talks resume in Geneva\n\nThe minister said on Tuesday that the talks would resume "
    "next week in Geneva after a pause of some months, officials said."
)
SIDECAR = "sidecar a.meta.toml"
PAGE = "page metadata (trafilatura)"
OUTLETS = ("RTE", "CNN", "Reuters", "BBC News", "Al Jazeera", "Valley Gazette", "Riverton Post")


def _read(known: dict[str, object], origins: dict[str, str]) -> tuple[str | None, str]:
    found = extract(TEXT, known=known, origins=origins)
    return found.source, found.provenance.get("source", "")


@settings(max_examples=60, deadline=None)
@given(
    stated=st.sampled_from(OUTLETS),
    name=st.sampled_from((NAME, "Capitol Wire", "My Feeds")),
    titled=st.booleans(),
)
def test_the_outlet_a_page_states_beats_the_feeds_name(
    stated: str, name: str, titled: bool
) -> None:
    known: dict[str, object] = {"feed_name": name, "source": stated}
    origins = {"feed_name": SIDECAR, "source": PAGE}
    if titled:
        known["feed_title"], origins["feed_title"] = "Levant Monitor > World", SIDECAR
    source, said = _read(known, origins)
    assert (source, said) == (canonical_outlet(stated), PAGE)


@pytest.mark.parametrize("host", ["levant-monitor.example", "www.riverton.example"])
def test_the_feeds_name_beats_a_bare_host_and_nothing(host: str) -> None:
    for known in ({"feed_name": NAME}, {"feed_name": NAME, "source": host}):
        origins = {"feed_name": SIDECAR, "source": PAGE}
        source, said = _read(dict(known, feed_title="Wire > World"), origins)
        assert source == NAME
        assert said == f"{SIDECAR} (feed_name: the page names no outlet)"


def test_a_known_host_in_the_address_beats_the_feeds_name() -> None:
    known = {"feed_name": NAME, "url": "https://www.cnn.com/2024/05/06/world/talks"}
    assert _read(known, {"feed_name": SIDECAR, "url": SIDECAR})[0] == "CNN"


def test_a_sidecar_source_is_the_users_word_and_wins() -> None:
    known = {"source": "Capitol Wire", "feed_name": NAME, "url": "https://www.cnn.com/2024/x"}
    assert _read(known, {key: SIDECAR for key in known}) == ("Capitol Wire", SIDECAR)


def test_pages_of_several_outlets_behind_one_named_feed(
    server: HTTPServer, corpus_dir: Path
) -> None:
    """The walkthrough's case through fetch and the HTML reader: the sidecar keeps the name
    as feed_name, the page's og:site_name is the outlet, and a page naming none is the feed's."""
    link = server.url_for("/local/bridge")
    for n, (site, expected) in enumerate([("RTE", "RTE"), ("CNN", "CNN"), ("", NAME)]):
        corpus = corpus_dir / str(n)
        corpus.mkdir()
        page = article_html("Bridge reopens", "The bridge reopened.", site=site)
        feed = rss([("Bridge reopens", link, None)], title="Levant Monitor: all the news")
        article, meta = fetch_one(server, corpus, feed, page, feed_path=f"/feed{n}", name=NAME)
        server.clear()
        assert meta["feed_name"] == NAME and "source" not in meta
        assert article.source == expected
