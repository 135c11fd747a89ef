"""Every fact says where it came from, and every line of the text can be found again."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.models import Article
from index.text.extract import extract
from index.text.outlets import URL_LINE, url_of_line
from tests.messy.phrasings import DEBRIS, KICKERS

_CITE = re.compile(r"(?:body )?line (\d+): “(.*)”")
_LINES = st.sampled_from(
    [
        "Dam holds after storm",
        "WORLD NEWS",
        "The Guardian",
        "https://www.bbc.co.uk/news/world-123",
        "By Jane Doe, Reuters",
        "Written by Jane Doe",
        "Feb. 13, 2017, 11:47 AM ET",
        "Updated 1115 GMT (1915 HKT) February 23, 2017",
        "3 hours ago",
        "Published: 02/23/2017",
        "LONDON (Reuters) - The dam held overnight, engineers said on Friday after the rain.",
        "The council approved the budget on Tuesday after a long debate, officials said.",
        "Readers wrote in to support the library, which will stay open.",
        "Nailed it.",
        "Most read",
        "Copyright 2017 CNN",
        "— The Associated Press",
        "Jane Doe is a staff writer at The Post.",
        "",
        *DEBRIS["share"][:4],
        *DEBRIS["related"][:3],
        *DEBRIS["cookie"][:2],
        *KICKERS[:3],
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINES, max_size=16), st.sampled_from(["\n", "\n\n"]))
def test_every_line_is_in_the_body_removed_or_cited(parts: list[str], joiner: str) -> None:
    """Nothing disappears: a line is article text, set aside, or the source of a fact."""
    text = joiner.join(parts)
    found = extract(text)
    body = found.body.split("\n")
    removed = [line for block in found.removed for line in block.split("\n")]
    cited = {m.group(1) for v in found.provenance.values() if (m := _CITE.search(v))}
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            assert line in body or line in removed or str(number) in cited, (line, found)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINES, max_size=16))
def test_a_cited_line_is_the_line_at_that_number(parts: list[str]) -> None:
    text = "\n".join(parts)
    lines = text.split("\n")
    for field, origin in extract(text).provenance.items():
        match = _CITE.search(origin)
        assert match, (field, origin)
        number, quoted = int(match.group(1)), match.group(2)
        assert lines[number - 1].startswith(quoted.rstrip("…")), (field, origin)


def test_json_fields_and_body_lines(tmp_path: Path) -> None:
    record = {
        "id": "w1",
        "title": "Grain prices rise",
        "body": "By Ann Lee\n\nGrain prices rose sharply on Monday, traders said, after rain.",
    }
    (tmp_path / "w.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = [a for a in iter_articles(tmp_path / "w.jsonl") if isinstance(a, Article)]
    assert article.provenance == {
        "title": "JSON field 'title'",
        "byline": "body line 1: “By Ann Lee”",
    }


def test_sidecar_and_derived_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Grain prices rose sharply on Monday, traders said, after a week of rain.\n"
    )
    (tmp_path / "a.meta.toml").write_text('source = "Farm Weekly"\nupdated = 2021-05-04\n')
    (article,) = [a for a in iter_articles(tmp_path) if isinstance(a, Article)]
    assert article.provenance["source"] == "sidecar a.meta.toml"
    assert article.provenance["updated"] == "sidecar a.meta.toml"
    assert article.extra["updated"] == "2021-05-04T00:00:00"
    assert article.title_derived
    assert article.provenance["title"].startswith("derived from the lede (line 1:")


def test_a_saved_page_names_its_metadata(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Dam holds | Valley Gazette</title>"
        '<meta property="og:title" content="Dam holds after storm">'
        '<meta property="og:site_name" content="Valley Gazette">'
        '<meta property="article:published_time" content="2017-02-13T18:20:00+00:00">'
        '<meta property="article:modified_time" content="2017-02-15T10:00:00+00:00">'
        "</head><body><article><p>The dam held overnight, engineers said on Friday after a "
        "night of heavy rain across the valley and the county, and the roads reopened by "
        "noon.</p></article></body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (article,) = [a for a in iter_articles(tmp_path / "p.html") if isinstance(a, Article)]
    assert article.provenance["title"] == "page metadata (trafilatura)"
    assert article.provenance["date"] == "page metadata (trafilatura)"
    # published and updated, both, with their time (nu25 #1: the day alone before)
    assert article.extra["updated"] == "2017-02-15T10:00:00"
    assert article.date == datetime(2017, 2, 13, 18, 20)


def test_a_url_line_in_the_head_is_the_articles_url(tmp_path: Path) -> None:
    """A line that is only a web address gives the `url` fact, cited; it is not debris."""
    address = "http://www.bbc.co.uk/news/world-europe-38893125"
    (tmp_path / "a.txt").write_text(
        f"Dam holds after storm\nBBC News\n2017-02-07\n{address}\n\n"
        "The dam held overnight, engineers said on Friday after a night of heavy rain.\n"
    )
    (article,) = [a for a in iter_articles(tmp_path) if isinstance(a, Article)]
    assert article.url == address
    assert article.provenance["url"] == f"line 4: “{address}”"
    assert article.source == "BBC News"  # the outlet line still names the outlet
    assert not any(address in block for block in article.removed)


def test_a_given_url_wins_over_a_url_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Dam holds after storm\nhttps://example.com/old\n\n"
        "The dam held overnight, engineers said on Friday after a night of heavy rain.\n"
    )
    (tmp_path / "a.meta.toml").write_text('url = "https://example.com/dam"\n')
    (article,) = [a for a in iter_articles(tmp_path) if isinstance(a, Article)]
    assert article.url == "https://example.com/dam"
    assert article.provenance["url"] == "sidecar a.meta.toml"


def test_a_url_line_at_the_end_is_the_url_too() -> None:
    text = (
        "The dam held overnight, engineers said on Friday after a night of heavy rain.\n\n"
        "<https://example.com/dam>\n"
    )
    found = extract(text)
    assert found.url == "https://example.com/dam"
    assert found.provenance["url"] == "line 3: “<https://example.com/dam>”"


def test_a_home_page_at_the_end_names_the_outlet_not_the_url() -> None:
    """The outlet's bare address closing a copy is not the article's address."""
    text = (
        "The dam held overnight, engineers said on Friday after a night of heavy rain.\n\n"
        "https://www.reuters.com/\n"
    )
    found = extract(text)
    assert found.url is None
    assert found.source == "Reuters"


def test_a_www_address_becomes_absolute() -> None:
    text = (
        "The dam held overnight, engineers said on Friday after a night of heavy rain.\n\n"
        "www.example.com/news/dam-holds\n"
    )
    assert extract(text).url == "https://www.example.com/news/dam-holds"


@given(
    st.sampled_from(["http://", "https://", "HTTPS://", "www.", "<https://"]),
    st.from_regex(r"[a-z0-9]{1,8}(\.[a-z0-9]{1,8}){0,2}\.[a-z]{2,4}", fullmatch=True),
    st.from_regex(r"(/[A-Za-z0-9_.~%-]{0,12}){0,3}(\?[a-z]=[0-9]{1,3})?", fullmatch=True),
)
def test_a_url_fact_is_absolute_and_never_a_bare_host(start: str, host: str, rest: str) -> None:
    """Whatever a URL-only line holds, the url fact opens as is and has a path (or query)."""
    if start == "www.":
        host = host.removeprefix("www.")
    line = start + host + rest + (">" if start.startswith("<") else "")
    address = url_of_line(line)
    if address is None:
        assert rest.strip("/") == "" or not URL_LINE.match(line)
        return
    parts = urlsplit(address)
    assert parts.scheme.lower() in ("http", "https") and parts.hostname
    assert parts.path not in ("", "/") or parts.query
    assert address.lower().endswith((host + rest).lower())
