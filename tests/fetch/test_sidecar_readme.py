"""The fetch sidecar carries what README.md says it does (nu24 #6: README listed title,
source and date, which a page fetched by its address alone never had in its sidecar)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pytest_httpserver import HTTPServer

from index.fetch.run import fetch
from tests.fetch.conftest import QUICK
from tests.fetch.test_fetch import serve_site

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_keys() -> tuple[set[str], set[str]]:
    """Every key README's sidecar sentence names, and those it says are always there."""
    text = " ".join(README.read_text("utf-8").split())
    said = text[text.index("`NAME.meta.toml` sidecar") : text.index("What fetching remembers")]
    always = said[: said.index(";")]
    name = r"`([a-z_]+)`"
    return set(re.findall(name, said)), set(re.findall(name, always))


def _sidecars(corpus: Path) -> list[dict[str, object]]:
    return [tomllib.loads(p.read_text("utf-8")) for p in corpus.rglob("*.meta.toml")]


def test_sidecars_hold_only_and_always_what_readme_lists(
    server: HTTPServer, corpus_dir: Path
) -> None:
    listed, always = _readme_keys()
    assert always and always <= listed
    feed_url = serve_site(server)
    by_address = fetch(corpus_dir, [server.url_for("/world/talks")], settings=QUICK)
    assert len(by_address.new) == 1
    [direct] = _sidecars(corpus_dir)
    assert not {"title", "source", "date"} & set(direct)  # as README says: the page's own
    fetch(corpus_dir, [feed_url], settings=QUICK)
    sidecars = _sidecars(corpus_dir)
    assert len(sidecars) == 3
    for meta in sidecars:
        assert always <= set(meta) <= listed, sorted(set(meta) - listed)
    assert any("title" in meta and "feed" in meta for meta in sidecars)
