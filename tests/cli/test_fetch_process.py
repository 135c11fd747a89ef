"""The installed `broadsheet fetch` as a whole process, against a local `http.server`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fetch.site import serve, write_site

BROADSHEET = Path(sys.prefix) / "bin" / "broadsheet"
pytestmark = pytest.mark.skipif(not BROADSHEET.exists(), reason="needs the installed command")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """Two pages and an RSS feed with relative links, served on loopback."""
    with serve(write_site(tmp_path / "site")) as url:
        yield url


def broadsheet(*args: str, corpus: Path, index_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.pop("BROADSHEET_CORPUS", None)
    return subprocess.run(
        [str(BROADSHEET), *args, "--corpus", str(corpus), "--index-dir", str(index_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_installed_fetch_follows_a_feed_and_indexes_it(site: str, tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    where = {"corpus": corpus, "index_dir": index_dir}
    added = broadsheet("feeds", "add", f"{site}/rss.xml", "--name", "Island Post", **where)
    assert added.returncode == 0, added.stderr
    done = broadsheet("fetch", "--interval", "0.2", **where)
    assert done.returncode == 0, done.stderr
    assert "2 new, 0 unchanged, 0 skipped, 0 failed; 1 feed checked" in done.stdout
    assert "index: 2 articles indexed" in done.stdout
    assert "Traceback" not in done.stderr
    found = broadsheet("search", "ferry", "--json", **where)
    hits = json.loads(found.stdout)
    assert [(h["title"], h["source"]) for h in hits] == [
        ("Ferry returns to the island", "Island Post")
    ]
    again = broadsheet("fetch", "--interval", "0.2", **where)
    assert again.returncode == 0  # http.server sends Last-Modified: the feed answers 304
    assert "0 new, 1 unchanged, 0 skipped, 0 failed; 1 feed checked, 1 request" in again.stdout
    refused = broadsheet(
        "fetch", f"{site}/rss.xml", corpus=tmp_path / "nowhere", index_dir=index_dir
    )
    assert refused.returncode == 3 and refused.stderr.count("\n") == 1
