"""A dozen feeds kept current: the installed `broadsheet fetch`, first run and refresh.

Twelve loopback hosts (127.0.0.1 to 127.0.0.12, each its own `http.server`, so per-host
pacing applies as on the web) serve a feed of ``--pages`` articles each. The command
runs as a whole process with the default politeness (one request a second a host):
first into an empty corpus, then again with nothing new (every feed answers 304), then
after one new article per feed.

    .venv/bin/python -m bench.fetch_dozen [--pages 5]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from tests.fetch.conftest import article_html, rss
from tests.fetch.site import serve

HOSTS = 12


def write_feed(root: Path, outlet: int, count: int) -> None:
    """``count`` pages and a feed of them under ``root``."""
    items = []
    for number in range(count):
        page = root / "news" / f"story-{number}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        title = f"Outlet {outlet} story {number} on the flood"
        body = f"Outlet {outlet} reports story {number}: the river rose again overnight."
        page.write_text(article_html(title, body), encoding="utf-8")
        day = 1 + number % 28
        items.append((title, f"news/story-{number}.html", f"Tue, {day:02d} May 2024 08:00:00 GMT"))
    (root / "rss.xml").write_text(rss(items, title=f"Outlet {outlet}"), encoding="utf-8")


def run(broadsheet: Path, corpus: Path, index_dir: Path) -> tuple[float, dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    started = time.perf_counter()
    where = ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    done = subprocess.run(
        [str(broadsheet), "fetch", "--json", *where],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return time.perf_counter() - started, json.loads(done.stdout)


HEADER = (
    "run               new  unchanged  already_saved  failed  requests  wall s  fetch s  indexed"
)
"""The table's head: `fetch --json`'s counts, ``already_saved`` among them (sm33: the
articles the corpus holds, not asked again, were in no column)."""


def row(label: str, seconds: float, report: dict[str, object]) -> str:
    """One run's line under `HEADER`, from its `fetch --json` record."""
    new, failed, index = report["new"], report["failed"], report["index"]
    assert isinstance(new, list) and isinstance(failed, list) and isinstance(index, dict)
    return (
        f"{label:16} {len(new):4} {report['unchanged']:10} {report['already_saved']:14} "
        f"{len(failed):7} {report['requests']:9} {seconds:7.1f} {report['seconds']:8.1f} "
        f"{index['indexed']:8}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5, help="articles per feed at first")
    pages = parser.parse_args().pages
    broadsheet = Path(sys.prefix) / "bin" / "broadsheet"
    with tempfile.TemporaryDirectory() as temp, ExitStack() as stack:
        tmp = Path(temp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        sites = []
        for outlet in range(1, HOSTS + 1):
            root = tmp / f"site{outlet}"
            write_feed(root, outlet, pages)
            sites.append(root)
            url = stack.enter_context(serve(root, f"127.0.0.{outlet}"))
            subprocess.run(
                [str(broadsheet), "feeds", "add", f"{url}/rss.xml", "--corpus", str(corpus)],
                check=True,
                capture_output=True,
            )
        rows = []
        for label in ("first run", "nothing new", "one new per feed"):
            if label == "one new per feed":
                time.sleep(1.1)  # a Last-Modified second newer than the last fetch's
                for outlet, root in enumerate(sites, 1):
                    write_feed(root, outlet, pages + 1)
            seconds, report = run(broadsheet, corpus, tmp / "index")
            rows.append((label, seconds, report))
        print(f"{HOSTS} feeds on {HOSTS} loopback hosts, {pages} articles each at first")
        print(HEADER)
        for label, seconds, report in rows:
            print(row(label, seconds, report))


if __name__ == "__main__":
    main()
