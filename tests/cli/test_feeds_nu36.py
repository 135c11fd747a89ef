"""The walkthrough's feeds (nu36 #9, #10) through the CLI: an OPML list's "Atom" outline
gives no name, so the feed's own title names the outlet; an item without a link is
fetched as an article of its own (url null in --json); an export names the feed by the
title it gave; "1 feed written"."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.cli.test_fetch_cli import _no_proxies, run  # noqa: F401 (an autouse fixture)
from tests.fetch.conftest import article_html, no_robots

ATOM = (
    "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
    "<title>NYT &gt; World News</title><id>urn:feed</id><updated>2021-10-01T00:00:00Z</updated>"
    "<entry><title>Envoy resigns</title><link href='{page}'/><id>urn:5</id>"
    "<updated>2021-09-23T10:00:00Z</updated></entry>"
    "<entry><title>Harbour reopens after the storm</title><id>urn:6</id>"
    "<updated>2021-09-24T10:00:00Z</updated><summary>The harbour reopened on Friday after "
    "a week of repairs, the port authority said.</summary></entry></feed>"
)


def test_an_opml_atom_outline_then_a_fetch_and_an_export(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    no_robots(httpserver)
    page = httpserver.url_for("/a/5.html")
    httpserver.expect_request("/a/5.html").respond_with_data(
        article_html("Envoy resigns", "The envoy resigned on Thursday."), content_type="text/html"
    )
    feed = httpserver.url_for("/atom.xml")
    httpserver.expect_request("/atom.xml").respond_with_data(
        ATOM.format(page=page), content_type="application/atom+xml"
    )
    opml = corpus.parent / "list.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        f'<outline text="Atom" type="rss" xmlUrl="{feed}"/></body></opml>',
        encoding="utf-8",
    )
    code, out, err = run(corpus, index_dir, "feeds", "import", str(opml))
    assert code == 0, err
    assert "1 feed added, 0 already followed, 0 left out" in out
    code, out, _ = run(corpus, index_dir, "feeds", "list", "--json")
    assert [(f["url"], f["name"]) for f in json.loads(out)] == [(feed, None)]

    code, out, err = run(corpus, index_dir, "fetch", "--json")
    assert code == 0, err
    report = json.loads(out)
    new = {saved["title"]: saved for saved in report["new"]}
    assert set(new) == {"Envoy resigns", "Harbour reopens after the storm"}
    assert new["Harbour reopens after the storm"]["url"] is None
    assert new["Envoy resigns"]["url"] == page
    code, out, _ = run(corpus, index_dir, "search", "harbour", "--json")
    [hit] = json.loads(out)
    assert hit["title"] == "Harbour reopens after the storm"
    assert hit["source"] == "The New York Times"  # the feed's title, not "Atom"

    exported = corpus.parent / "out.opml"
    code, out, _ = run(corpus, index_dir, "feeds", "export", "-o", str(exported))
    assert code == 0 and "1 feed written to" in out
    [outline] = ElementTree.parse(exported).getroot().iter("outline")
    assert outline.get("text") == outline.get("title") == "NYT > World News"
