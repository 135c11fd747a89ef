"""URLs that may be fetched, duplicates found by URL, and file names no URL can abuse."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.fetch.files import inside
from index.fetch.models import FetchError
from index.fetch.names import page_path, sidecar_path
from index.fetch.urls import BadURL, check_url, clean_url, url_key

SAFE_PART = re.compile(r"^[a-z0-9_][a-z0-9._-]*$")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "not file:"),
        ("ftp://example.org/a.txt", "not ftp:"),
        ("data:text/html,<h1>hi</h1>", "not data:"),
        ("javascript:alert(1)", "not javascript:"),
        ("example.org/news", "and 'example.org/news' is not one (it has no http:// or https://)"),
        ("/tmp/feed.xml", "and '/tmp/feed.xml' is not one (it has no http:// or https://)"),
        ("http:///path-only", "no host"),
        ("https://user:secret@example.org/", "user name or password"),
        ("https://example.org:99999/", "not a URL"),
        ("https://exa mple.org/", "spaces or control"),
    ],
)
def test_only_http_and_https_urls_with_a_host_are_fetched(url: str, reason: str) -> None:
    with pytest.raises(BadURL, match=re.escape(reason)):
        check_url(url)


def test_relative_links_are_made_absolute_and_lose_their_fragment() -> None:
    base = "https://news.example/world/feed.xml"
    assert check_url("../story.html#top", base) == "https://news.example/story.html"
    assert check_url("/a?b=1", base) == "https://news.example/a?b=1"
    assert check_url("HTTPS://News.Example") == "https://News.Example/"


def test_tracking_parameters_and_fragments_are_taken_off() -> None:
    url = "https://n.example/a?id=7&utm_source=rss&utm_MEDIUM=x&fbclid=abc&gclid=1#comments"
    assert clean_url(url) == "https://n.example/a?id=7"
    assert clean_url("https://n.example/a?id=7&page=2") == "https://n.example/a?id=7&page=2"


@pytest.mark.parametrize(
    "other",
    [
        "http://n.example/story?id=7",
        "https://n.example:443/story?id=7&utm_campaign=feed",
        "https://N.EXAMPLE/story?utm_source=x&id=7#section-2",
        "https://n.example/%73tory?id=7&fbclid=xyz",
    ],
)
def test_one_article_reached_by_several_urls_has_one_key(other: str) -> None:
    assert url_key(other) == url_key("https://n.example/story?id=7")


@pytest.mark.parametrize(
    "other",
    [
        "https://n.example/story?id=8",
        "https://n.example/story/?id=7",
        "https://n.example:8080/story?id=7",
        "https://m.example/story?id=7",
    ],
)
def test_different_articles_keep_different_keys(other: str) -> None:
    assert url_key(other) != url_key("https://n.example/story?id=7")


HOSTILE = [
    "https://n.example/../../../etc/passwd",
    "https://n.example/%2e%2e/%2e%2e/%2E%2E/secret",
    "https://n.example/a%2F..%2F..%2Fb",
    "https://n.example/" + "x" * 5000,
    "https://n.example/" + "ünïcödé-ñews/日本語の記事",
    "https://n.example/CON",
    "https://con/aux.html",
    "https://NUL.example/nul",
    "https://.hidden/.bashrc",
    "https://xn--bcher-kva.example/a",
    "https://bücher.example/a",
    "https://n.example:8080/",
    "https://[::1]:8443/ipv6",
    "https://n.example/a\\..\\..\\b",
    "https://n.example/./.",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_file_names_made_from_hostile_urls_stay_inside_the_corpus(url: str, tmp_path: Path) -> None:
    rel = page_path(url, date(2024, 5, 1))
    assert rel.parts[0] == "fetched" and len(rel.parts) == 4
    for part in rel.parts:
        assert SAFE_PART.match(part), part
        assert part.split(".")[0] not in {"con", "aux", "nul", "prn"}
        assert len(part) <= 100
    assert inside(tmp_path, rel).is_relative_to(tmp_path.resolve())
    assert sidecar_path(rel).name.endswith(".meta.toml")


def test_a_path_that_escapes_is_refused_even_if_made_by_hand(tmp_path: Path) -> None:
    from pathlib import PurePosixPath

    with pytest.raises(FetchError, match="outside the corpus"):
        inside(tmp_path, PurePosixPath("fetched/../../x.html"))


def test_names_are_readable_and_the_same_for_one_article() -> None:
    day = date(2024, 5, 1)
    a = page_path("https://n.example/world/2024/05/01/talks-resume.html?utm_source=x", day)
    b = page_path("http://n.example/world/2024/05/01/talks-resume.html#top", day)
    assert a == b
    assert a.as_posix().startswith("fetched/n.example/2024-05-01/talks-resume-")
    assert page_path("https://bücher.example/a", date(2024, 5, 1)) == page_path(
        "https://xn--bcher-kva.example/a", date(2024, 5, 1)
    )
    c = page_path("https://n.example/world/2024/05/01/talks-resume.html?page=2", date(2024, 5, 1))
    assert c != a


urls = st.builds(
    lambda host, path, query: f"https://{host}/{path}" + (f"?{query}" if query else ""),
    st.text(min_size=1, max_size=60),
    st.text(max_size=300),
    st.text(max_size=40),
)


@given(urls)
def test_any_url_gives_a_safe_name(url: str) -> None:
    rel = page_path(url, date(2024, 5, 1))
    assert rel.parts[0] == "fetched" and len(rel.parts) == 4
    assert all(SAFE_PART.match(part) and len(part) <= 100 for part in rel.parts)


@given(st.text(max_size=80), st.text(max_size=80))
def test_two_articles_never_share_a_name(first: str, second: str) -> None:
    one = f"https://n.example/{first}"
    two = f"https://n.example/{second}"
    if url_key(one) != url_key(two):
        assert page_path(one, date(2024, 5, 1)) != page_path(two, date(2024, 5, 1))
