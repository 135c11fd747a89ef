"""`fetch --refetch` on the command line: a corrected page is asked again, written over in
place and read by the index update as changed (nu33 #6)."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.cli.test_fetch_cli import _no_proxies, folders, run
from tests.fetch.conftest import article_html, no_robots

__all__ = ["_no_proxies", "folders"]  # fixtures shared with the fetch tests


def test_refetch_updates_a_corrected_page_and_the_index(
    httpserver: HTTPServer,
    folders: tuple[Path, Path],
) -> None:
    corpus, index_dir = folders
    no_robots(httpserver)
    first = article_html("Ferry returns", "Ferry news for the island.")
    httpserver.expect_request("/ok").respond_with_data(first, content_type="text/html")
    page = str(httpserver.url_for("/ok"))
    code, out, err = run(corpus, index_dir, "fetch", page, "--json")
    assert code == 0, err
    (saved,) = json.loads(out)["new"]
    code, out, _ = run(corpus, index_dir, "fetch", page)
    assert code == 0 and "0 new, 0 unchanged, 1 already saved, 0 skipped" in out
    assert "0 requests" in out
    code, out, _ = run(corpus, index_dir, "fetch", page, "--refetch", "--json")
    report = json.loads(out)
    assert code == 0 and (report["unchanged"], report["already_saved"]) == (1, 0)  # same bytes
    assert report["updated"] == [] and report["requests"] == 1

    httpserver.clear()
    no_robots(httpserver)
    corrected = article_html("Ferry returns", "Correction: the ferry sails on Thursdays.")
    httpserver.expect_request("/ok").respond_with_data(corrected, content_type="text/html")
    code, out, err = run(corpus, index_dir, "fetch", page, "--refetch")
    assert code == 0, err
    assert "0 new, 1 updated, 0 unchanged" in out
    assert f"~ {saved['path']}  Ferry returns" in out  # titled, as `+` lines are (nu43 #7)
    assert "1 changed" in out  # the index update read it again
    assert (corpus / saved["path"]).read_text("utf-8") == corrected
    code, out, _ = run(corpus, index_dir, "search", "thursdays", "--json")
    assert [hit["id"] for hit in json.loads(out)] == [saved["path"]]
