"""Saved web pages: article text and metadata out of the HTML, via trafilatura."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.search.engine import open_index
from index.store.build import rebuild
from tests.index.test_ingest import _articles as read

PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Harbour strike ends | Valley Gazette</title>
<meta property="og:site_name" content="Valley Gazette">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-06-03T10:00:00Z">
<link rel="canonical" href="https://gazette.example/harbour">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Harbour strike ends after three weeks</h1><p class="byline">By Jane Doe</p>
<p>Dock workers ended a three-week strike on Tuesday after peacekeepers of the port
authority brokered a pay deal that both sides welcomed.</p>
<p>The union said the deal was fair. Peacekeeping at the docks had been tense for most
of the month, officials said, and ships had queued outside the harbour.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Council budget row</a></li></ul></aside>
<footer>© 2021 Valley Gazette. All rights reserved.</footer>
</body></html>
"""


def test_a_news_page_gives_its_article_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "harbour.html").write_text(PAGE, encoding="utf-8")
    articles, skipped = read(tmp_path)
    article = articles["harbour.html"]
    assert not skipped
    assert article.title == "Harbour strike ends after three weeks"
    assert article.source == "Valley Gazette"
    assert article.byline == "Jane Doe"
    assert article.date is not None and article.date.date().isoformat() == "2021-06-03"
    assert article.url == "https://gazette.example/harbour"
    assert article.body.startswith("Dock workers ended")
    assert "\n\nThe union said" in article.body  # paragraphs stay paragraphs
    for chrome in ("Home", "Most read", "Council budget row", "All rights reserved"):
        assert chrome not in article.body


def test_a_sidecar_wins_over_the_page(tmp_path: Path) -> None:
    (tmp_path / "harbour.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "harbour.meta.toml").write_text('source = "Harbour News"\n')
    articles, _ = read(tmp_path)
    assert articles["harbour.htm"].source == "Harbour News"
    assert articles["harbour.htm"].byline == "Jane Doe"


def test_declared_charsets_are_honoured_and_wrong_ones_detected(tmp_path: Path) -> None:
    russian = PAGE.replace('charset="utf-8"', 'charset="windows-1251"').replace(
        "Dock workers ended", "Докеры завершили забастовку. Dock workers ended"
    )
    (tmp_path / "ru.html").write_bytes(russian.encode("cp1251"))
    lying = PAGE.replace("Dock workers ended", "Café owners and dock workers ended")
    (tmp_path / "lying.html").write_bytes(lying.encode("cp1252"))  # declares utf-8
    articles, skipped = read(tmp_path)
    assert not skipped
    assert articles["ru.html"].body.startswith("Докеры завершили забастовку.")
    assert "Café owners" in articles["lying.html"].body


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"<html><head><script>var a = 1;</script></head><body></body></html>", "no article"),
        (b"<html><body>" + b"<div>" * 5000 + b"deep" + b"</div>" * 10, "no article"),
    ],
)
def test_pages_without_an_article_are_skipped_with_a_reason(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    (tmp_path / "bad.html").write_bytes(content)
    (tmp_path / "good.html").write_text(PAGE, encoding="utf-8")
    articles, skipped = read(tmp_path)
    assert list(articles) == ["good.html"]
    assert len(skipped) == 1 and reason in skipped[0].reason
    assert capfd.readouterr().err == ""  # the library's warnings stay off the terminal


def test_pages_are_indexed_and_searchable(tmp_path: Path) -> None:
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "harbour.html").write_text(PAGE, encoding="utf-8")
    (corpus / "notes.txt").write_text("Frost in the valley\n\nGrowers counted losses.\n")
    rebuild(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as index:
        assert [h.id for h in index.search("peacekeeper").hits] == ["harbour.html"]
        assert [h.id for h in index.search("source:gazette").hits] == ["harbour.html"]
        assert index.search("sport").total == 0  # the menu was not indexed


def test_a_missing_html_extractor_skips_the_page_not_the_build(
    tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a stock install once lacked lxml's HTML cleaner, and importing trafilatura failed;
    # None in sys.modules makes `import trafilatura` raise ImportError, as it did then
    import sys

    corpus = tmp_path / "mixed"
    corpus.mkdir()
    (corpus / "harbour.html").write_text(PAGE, encoding="utf-8")
    (corpus / "frost.txt").write_text("Frost hits the orchards\n\nGrowers count losses.\n")
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    report = rebuild(corpus, index_dir)
    assert report.indexed == 1
    [skip] = report.skipped
    assert skip.path.endswith("harbour.html")
    assert skip.reason.startswith("the HTML extractor could not load")
    with open_index(index_dir) as index:
        assert [hit.id for hit in index.search("frost").hits] == ["frost.txt"]


def test_an_extractor_that_fails_costs_one_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("lxml gave up")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    (tmp_path / "harbour.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "frost.txt").write_text("Frost hits the orchards\n\nGrowers count losses.\n")
    articles, skipped = read(tmp_path)
    assert list(articles) == ["frost.txt"]
    assert [s.reason for s in skipped] == ["the HTML extractor failed: RuntimeError"]


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    page_day=st.dates(min_value=date(2000, 1, 1), max_value=date(2024, 12, 31)),
    url_day=st.dates(min_value=date(2000, 1, 1), max_value=date(2024, 12, 31)),
    meta=st.booleans(),
)
@example(page_day=date(2017, 3, 10), url_day=date(2017, 3, 13), meta=True)  # ci145, rv79
def test_the_pages_own_date_beats_a_date_in_its_address(
    tmp_path_factory: pytest.TempPathFactory, page_day: date, url_day: date, meta: bool
) -> None:
    # nu23 #5: /2017/02/12/ in the canonical URL won over article:published_time 2017-02-13
    folder = tmp_path_factory.mktemp("pages")
    url = f"https://gazette.example/{url_day:%Y/%m/%d}/harbour-strike/index.html"
    page = PAGE.replace("https://gazette.example/harbour", url)
    published = '<meta property="article:published_time" content="2021-06-03T10:00:00Z">'
    stated = f'<meta property="article:published_time" content="{page_day.isoformat()}">'
    page = page.replace(published, stated if meta else "")
    (folder / "harbour.html").write_text(page, encoding="utf-8")
    articles, _ = read(folder)
    article = articles["harbour.html"]
    assert article.date is not None
    assert article.date.date() == (page_day if meta else url_day)  # the address: a fallback


_LATIN1_WORD = st.tuples(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6),
    st.sampled_from("éèàçñöüßøåÉÀÇ£°±«»"),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6),
).map("".join)


@given(
    words=st.lists(_LATIN1_WORD, min_size=1, max_size=12),
    codec=st.sampled_from(["utf-8", "latin-1", "cp1252"]),
)
def test_a_page_reads_as_written_whatever_single_byte_charset_it_declares(
    words: list[str], codec: str
) -> None:
    """Pages declaring iso-8859-1: in Latin-1 or cp1252 bytes (a lone non-ASCII byte
    between letters is never UTF-8) they read by the declaration; in UTF-8 bytes (nu25 #6:
    "CafÃ© owner speaks") they read as UTF-8. The oracle is the text written."""
    from index.ingest.webpage import decode_html

    page = f"<html><head><meta charset='iso-8859-1'></head><body><p>{' '.join(words)}</p>"
    assert decode_html(page.encode(codec)) == page


def _table_domains() -> list[tuple[str, str]]:
    import tomllib

    data = tomllib.loads((Path(__file__).parents[2] / "index/data/outlets.toml").read_text())
    rows = next(value for value in data.values() if isinstance(value, list))
    return [(domain, row["name"]) for row in rows for domain in row.get("domains", [])]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pair=st.sampled_from(_table_domains()), www=st.booleans())
def test_a_page_without_a_site_name_gets_the_tables_outlet_for_its_host(
    tmp_path_factory: pytest.TempPathFactory, pair: tuple[str, str], www: bool
) -> None:
    """nu25 #2: no og:site_name, so trafilatura names the canonical address's host; the
    outlet is the one outlets.toml gives that host, as for a .txt's address line."""
    domain, outlet = pair
    folder = tmp_path_factory.mktemp("host")
    url = f"https://{'www.' if www else ''}{domain}/news/harbour-strike-ends"
    page = PAGE.replace('<meta property="og:site_name" content="Valley Gazette">', "")
    (folder / "a.html").write_text(page.replace("https://gazette.example/harbour", url))
    articles, _ = read(folder)
    assert articles["a.html"].source == outlet


def test_every_host_of_the_table_gives_its_outlet_over_a_title_suffix() -> None:
    """Every row of the table, not a sample: a host named like one ("FactCheck.org") lost
    to the title's "| Valley Gazette" (a hypothesis example found it, session 30)."""
    from index.ingest.page_jsonld import LinkedData
    from index.ingest.webpage import _site

    for domain, outlet in _table_domains():
        for host in (domain, f"www.{domain}"):
            assert _site(host, "Harbour strike ends", PAGE, LinkedData()) == outlet, host


def test_a_page_without_a_site_name_on_an_unknown_host_is_named_by_the_host(
    tmp_path: Path,
) -> None:
    page = PAGE.replace('<meta property="og:site_name" content="Valley Gazette">', "")
    (tmp_path / "a.html").write_text(page.replace(" | Valley Gazette</title>", "</title>"))
    articles, _ = read(tmp_path)
    assert articles["a.html"].source == "gazette.example"
    # an outlet after a bar in the page's title beats a bare host (nu28 #10, fx30b)
    (tmp_path / "a.html").write_text(page)
    articles, _ = read(tmp_path)
    assert articles["a.html"].source == "Valley Gazette"
