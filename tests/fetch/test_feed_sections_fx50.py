"""A feed title's section, boilerplate or proxy host names no outlet (rv35 #7, fx50).

"US news | The Guardian" gave U.S. News & World Report (the table's alias "US News" matched
the section), "Comments on: <post>" gave "Comments on", "Home - RSS 2.0" gave "RSS 2.0",
and every FeedBurner feed's pages got the outlet "feedburner.com".

The oracles: a known outlet among section parts, in any order and with any separator, is
the table's name for that outlet (never the outlet a section's words spell); a title of
sections and feed boilerplate names no outlet; a comments feed of one post names none
whatever the post's title; a proxy's host (or a sub-domain of it) names none, any other
host ending in its name still does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.feed_facts import _PROXY_HOSTS, feed_outlet, host_outlet, is_generic
from index.text.outletnames import canonical_outlet
from index.text.outlets import _entries

SEPARATORS = (" > ", " - ", " | ", ": ", " — ", " – ", " » ")
SECTIONS = (
    "US news", "UK news", "World news", "U.S. News", "US News", "U.K. news", "US",
    "UK", "US politics", "World", "Politics", "Opinion", "Top Stories", "Latest news",
)  # fmt: skip
BOILERPLATE = ("RSS 2.0", "Atom", "Feed", "ATOM 1.0", "RSS2.0", "Home", "Comments", "RDF")
KNOWN_NAMES = sorted(
    name
    for entry in _entries()
    for name in [entry["name"], *entry.get("aliases", ())]
    if not any(mark in name for mark in "-|:>»—–()") and not is_generic(name)
)
words = st.text("bcdfghjklmnpqrstvwxz", min_size=4, max_size=9).map(str.capitalize)


named_titles = st.tuples(
    st.sampled_from(KNOWN_NAMES),
    st.lists(st.sampled_from(SECTIONS + BOILERPLATE), min_size=1, max_size=3),
).flatmap(lambda drawn: st.tuples(st.just(drawn[0]), st.permutations([drawn[0], *drawn[1]])))
"""A known outlet's name and the title's parts: that name among sections, in any order."""


@settings(max_examples=300, deadline=None)
@given(named=named_titles, separator=st.sampled_from(SEPARATORS))
def test_a_known_outlet_wins_over_any_section(named: tuple[str, list[str]], separator: str) -> None:
    name, parts = named
    assert feed_outlet(separator.join(parts)) == canonical_outlet(name)


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(st.sampled_from(SECTIONS + BOILERPLATE), min_size=1, max_size=3),
    separator=st.sampled_from(SEPARATORS),
)
def test_sections_and_boilerplate_name_no_outlet(parts: list[str], separator: str) -> None:
    assert feed_outlet(separator.join(parts)) == ""


@settings(max_examples=100, deadline=None)
@given(
    post=st.one_of(
        st.lists(words, min_size=1, max_size=5).map(" ".join), st.sampled_from(KNOWN_NAMES)
    ),
    comments=st.sampled_from(("Comments on: ", "Comments on ", "comments on: ")),
)
def test_a_post_comments_feed_names_no_outlet(post: str, comments: str) -> None:
    assert feed_outlet(comments + post) == ""


@settings(max_examples=100, deadline=None)
@given(name=st.one_of(st.sampled_from(KNOWN_NAMES), st.lists(words, min_size=1, max_size=3)))
def test_a_site_comments_feed_names_the_site(name: str | list[str]) -> None:
    site = name if isinstance(name, str) else " ".join(name)
    assert feed_outlet(f"Comments for {site}") == feed_outlet(site) != ""


@settings(max_examples=100, deadline=None)
@given(
    proxy=st.sampled_from(sorted(_PROXY_HOSTS)),
    sub=st.sampled_from(("", "feeds.", "www.", "feed.", "valley.")),
    path=st.sampled_from(("", "/valley", "/~r/Valley/~3/abc", "/feeds/x.xml")),
    scheme=st.sampled_from(("http", "https")),
)
def test_a_feed_proxy_host_names_no_outlet(proxy: str, sub: str, path: str, scheme: str) -> None:
    assert host_outlet(f"{scheme}://{sub}{proxy}{path}") == ""
    assert host_outlet(f"{scheme}://{sub}not{proxy}{path}") != ""  # only the proxy itself


BODY = "The harbour wall gave way early on Thursday, officials said.\n\nCrews worked all night."


def test_a_proxied_feed_with_a_generic_title_gives_no_outlet() -> None:
    known = {"feed_title": "Latest news", "feed": "https://feeds.feedburner.com/valley"}
    assert extract(BODY, known=known, origins={}).source is None
    named = {**known, "feed_title": "US news | Valley Gazette"}
    assert extract(BODY, known=named, origins={}).source == "Valley Gazette"
