"""A saved page's outlet and byline: never its headline; JSON-LD read (nu50 #1, #2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.ingest.page_jsonld import read_linked_data
from index.ingest.readers import iter_articles
from index.ingest.webpage import HEADLINE_DATE, LINKED_DATA, extract_page
from index.models import Article
from index.text.outlets import known_outlet, outlet_from_url_line, split_title_suffix
from tests.index.test_ingest import _articles as read

BODY = (
    "<p>The council met on Tuesday evening to weigh the harbour plan, and members argued"
    " for most of the night about who should pay for the new sea wall and the pumps.</p>"
    "<p>The vote was put off to next month, the chair said, after a long and tense"
    " debate that left both sides unhappy with the council's slow pace.</p>"
)
OUTLETS = ["Politico", "The Epoch Times", "Al Jazeera", "HuffPost", "Riverton Post", "TASS"]
SEPARATORS = [" - ", " | ", " – ", " — "]
DOTTED = ["No. 3", "Oct. 18", "A Day.", "U.S.", "Gen. Milley", "St. Louis", "3.5 per cent"]
WORDS = ["Council", "delays", "harbour", "vote", "Senate", "backs", "plan", "again", "on"]


def _page(headline: str, title: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}"
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{headline}</h1>{BODY}"
        "</article></body></html>"
    )


def _ld(data: Any) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def _same(a: str | None, b: str | None) -> bool:
    return (known_outlet(a) or a) == (known_outlet(b) or b) if a and b else a == b


@st.composite
def _headlines(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=6))
    dotted = draw(st.sampled_from(DOTTED))
    words.insert(draw(st.integers(0, len(words))), dotted)
    if draw(st.booleans()):
        words.insert(1, "says:")
    return " ".join(words)


@settings(max_examples=80, deadline=None)
@given(
    headline=_headlines(),
    separator=st.sampled_from(SEPARATORS),
    outlet=st.sampled_from(OUTLETS),
    site_name=st.booleans(),
    linked=st.sampled_from([None, "object", "string", "graph", "context"]),
)
def test_a_pages_outlet_is_never_its_headline(
    headline: str, separator: str, outlet: str, site_name: bool, linked: str | None
) -> None:
    head = f"<meta property='og:site_name' content='{outlet}'>" if site_name else ""
    article: dict[str, Any] = {"@type": "NewsArticle", "headline": headline}
    if linked is not None:
        article["publisher"] = outlet if linked == "string" else {"name": outlet}
        if linked == "graph":
            article = {"@graph": [article]}
        if linked == "context":
            article["@context"] = "https://schema.org"
        head += _ld(article)
    page = extract_page(_page(headline, f"{headline}{separator}{outlet}", head))
    assert page is not None
    source = page.metadata.get("source")
    assert source is None or source.casefold() != headline.casefold()
    assert source is None or source.casefold() not in headline.casefold()
    suffix = split_title_suffix(f"Headline{separator}{outlet}")
    if site_name or linked is not None or suffix is not None:
        assert _same(source, outlet)  # stated, or after a separator that names an outlet


def test_the_headline_with_a_dot_is_not_the_outlet(tmp_path: Path) -> None:
    headline = "Stefanik voted in as House GOP's new No. 3 leader"
    (tmp_path / "a.html").write_text(_page(headline, f"{headline} - Politico"))
    articles, _ = read(tmp_path)
    assert articles["a.html"].title == headline
    assert articles["a.html"].source == "Politico"


def test_a_stated_site_name_in_the_headline_stays() -> None:
    head = "<meta property='og:site_name' content='Riverton Post'>"
    headline = "Riverton Post editor resigns after 30 years"
    page = extract_page(_page(headline, headline, head))
    assert page is not None and page.metadata["source"] == "Riverton Post"


def test_json_ld_alone_gives_outlet_and_byline(tmp_path: Path) -> None:
    data = {
        "@type": "NewsArticle",
        "headline": "Council delays harbour vote",
        "datePublished": "2017-03-20",
        "publisher": {"@type": "Organization", "name": "RTE"},
        "author": {"@type": "Person", "name": "Maria Lopez"},
    }
    headline = "Council delays harbour vote"
    (tmp_path / "a.html").write_text(_page(headline, headline, _ld(data)))
    articles, _ = read(tmp_path)
    assert articles["a.html"].source == "RTE"
    assert articles["a.html"].byline == "Maria Lopez"
    assert articles["a.html"].date is not None
    (article,) = [a for a in iter_articles(tmp_path / "a.html") if isinstance(a, Article)]
    assert article.provenance["source"] == article.provenance["byline"] == LINKED_DATA
    assert article.provenance["date"] == "page metadata (trafilatura)"


MONTHS = {1: "January", 3: "March", 6: "June", 9: "September", 12: "December"}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    year=st.integers(1990, 2024),
    month=st.sampled_from(sorted(MONTHS)),
    day=st.integers(1, 28),
    stated=st.sampled_from([None, "meta", "json-ld"]),
    form=st.sampled_from(["{day} {month} {year}", "{month} {day}, {year}"]),
)
def test_a_date_read_off_the_headline_alone_says_so(
    tmp_path: Path, year: int, month: int, day: int, stated: str | None, form: str
) -> None:
    """nu50 #8: a page without date metadata is dated from its headline words; that date
    stays (it is evidence) but its provenance names the headline, not the metadata."""
    when = form.format(day=day, month=MONTHS[month], year=year)
    headline = f"Week in pictures: {when}"
    head = ""
    if stated == "meta":
        head = "<meta property='article:published_time' content='2025-05-05'>"
    elif stated == "json-ld":
        head = _ld({"@type": "NewsArticle", "datePublished": "2025-05-05"})
    (tmp_path / "a.html").write_text(_page(headline, headline, head))
    (article,) = [a for a in iter_articles(tmp_path / "a.html") if isinstance(a, Article)]
    assert article.date is not None
    if stated is None:
        assert article.date.date().isoformat() == f"{year}-{month:02}-{day:02}"
        assert article.provenance["date"] == HEADLINE_DATE
    else:
        assert article.date.date().isoformat() == "2025-05-05"
        assert article.provenance["date"] == "page metadata (trafilatura)"


def test_json_ld_graph_references_and_author_lists_are_followed() -> None:
    data = {
        "@graph": [
            {"@type": "WebSite", "@id": "#site", "name": "The Site"},
            {
                "@type": ["ReportageNewsArticle"],
                "publisher": {"@id": "#org"},
                "author": [{"@id": "#p1"}, {"@type": "Person", "name": "John Smith"}, "Ana Ruiz"],
            },
            {"@type": "NewsMediaOrganization", "@id": "#org", "name": "Valley Gazette"},
            {"@type": "Person", "@id": "#p1", "name": "Maria Lopez"},
        ]
    }
    linked = read_linked_data("<html><head>" + _ld(data) + "</head></html>")
    assert linked.publisher == "Valley Gazette"
    assert linked.authors == "Maria Lopez; John Smith; Ana Ruiz"


KEYS = st.sampled_from(["@type", "@id", "@graph", "name", "publisher", "author", "x"])
JSON_VALUES = st.recursive(
    st.none() | st.text() | st.integers() | st.sampled_from(["NewsArticle", "#a"]),
    lambda inner: st.lists(inner) | st.dictionaries(KEYS, inner),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(JSON_VALUES)
def test_any_json_ld_is_read_without_failing(data: Any) -> None:
    linked = read_linked_data(_ld(data) + "<script type='application/ld+json'>{broken</script>")
    for value in (linked.publisher, linked.authors):
        assert value is None or (isinstance(value, str) and value.strip())


def test_a_page_without_json_ld_reads_none() -> None:
    assert read_linked_data(_page("Council delays vote", "Council delays vote")).publisher is None


DOTTED_OUTLETS = ["Tampabay.com", "Yahoo! News", "Riverton Gazette Inc.", "Slate.com", "N.Y. Daily"]


@settings(max_examples=60, deadline=None)
@given(
    outlet=st.sampled_from(DOTTED_OUTLETS),
    separator=st.sampled_from(SEPARATORS),
    inside=st.booleans(),
)
def test_a_stated_dotted_site_name_stays(outlet: str, separator: str, inside: bool) -> None:
    """rv54: an outlet named with a dot that the page states in og:site_name is its outlet,
    whether the headline names it too or the ``<title>`` ends with it."""
    head = f"<meta property='og:site_name' content='{outlet}'>"
    headline = f"{outlet} readers pick the harbour plan" if inside else "Council delays vote"
    page = extract_page(_page(headline, f"{headline}{separator}{outlet}", head))
    assert page is not None
    assert _same(page.metadata.get("source"), outlet_from_url_line(outlet) or outlet)


@settings(max_examples=60, deadline=None)
@given(
    outlet=st.sampled_from(["Riverton Post", "Valley Gazette", "The Harbour Times"]),
    form=st.sampled_from(["organisation", "media", "reference", "string"]),
    person=st.sampled_from([None, "Ann Lee"]),
)
def test_a_json_ld_organisation_is_no_author(outlet: str, form: str, person: str | None) -> None:
    """rv54: an article's author that is an organisation (its ``@type``, or the publisher's
    own name) is no byline; a person beside it still is."""
    nodes: list[Any] = [{"@type": "Organization", "@id": "#org", "name": outlet}]
    author: Any = {
        "organisation": {"@type": "Organization", "name": outlet},
        "media": {"@type": "NewsMediaOrganization", "name": outlet + " Staff"},
        "reference": {"@id": "#org"},
        "string": outlet,
    }[form]
    authors = [author, person] if person else author
    nodes.append({"@type": "NewsArticle", "publisher": {"@id": "#org"}, "author": authors})
    linked = read_linked_data("<html><head>" + _ld({"@graph": nodes}) + "</head></html>")
    assert linked.publisher == outlet
    assert linked.authors == person
    page = extract_page(_page("Council delays vote", "Council delays vote", _ld({"@graph": nodes})))
    assert page is not None and page.metadata.get("byline") == person
