"""`broadsheet stories` lists the stories of the offer the article list shows the hits of,
as the reader's story list does (nu83 #6: it said "Did you mean" where `search` and the
reader listed "Showing results for atlanta"): stderr says "Showing stories for atlanta;
search instead for atlantta: --as-typed", and `--as-typed` keeps the "Did you mean".
Oracle: `search --json`'s `searched` (the query that found each hit) names the offer, and
`stories OFFER --json` its stories; `--json` stays a list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_stories_cli import run
from tests.story_corpus import CORPUS, write_corpus

WORDS = sorted({w.lower() for a in CORPUS for w in a.title.split() if len(w) >= 5 and w.isalpha()})
SLIPS = sorted(
    {w[:k] + w[k + 1] + w[k] + w[k + 2 :] for w in WORDS for k in (1, len(w) - 2)} - set(WORDS)
)
"""Each long title word with two neighbouring letters swapped (a typing slip, one edit)."""


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("offer")
    write_corpus(folder / "news" / "news.jsonl")
    return folder


def ids(out: str) -> list[str]:
    listed = json.loads(out)
    assert isinstance(listed, list)  # the contract: a list, offer or not
    return [story["id"] for story in listed]


@pytest.mark.parametrize("typed", SLIPS)
def test_stories_list_the_offer_the_search_shows(
    news: Path, typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BROADSHEET_CORPUS", str(news / "news"))
    monkeypatch.setenv("BROADSHEET_INDEX_DIR", str(news / "index"))
    hits = json.loads(run("search", typed, "--json")[1])
    offer = hits[0]["searched"] if hits and hits[0]["searched"] != typed else None
    code, out, err = run("stories", typed, "--json", "--min-articles", "1")
    assert code == 0
    typed_only = run("stories", typed, "--json", "--min-articles", "1", "--as-typed")
    assert typed_only[0] == 0
    if offer is None:  # found as typed, or offered only: the stories as typed
        assert ids(out) == ids(typed_only[1]) and "Showing stories" not in err
        assert all(story["searched"] == typed for story in json.loads(out))
        return
    assert ids(typed_only[1]) == []  # as typed, nothing: the offer found it
    assert ids(out) == ids(run("stories", offer, "--json", "--min-articles", "1")[1])
    # the JSON says so too, as search --json does: a script is not misled (rv80 #1)
    assert {story["searched"] for story in json.loads(out)} == {offer}
    assert f"Showing stories for {offer}; search instead for {typed}: --as-typed" in err
    code, table, err = run("stories", typed, "--min-articles", "1")
    assert code == 0 and "Did you mean" not in table and "Showing stories for" in err
    code, table, _ = run("stories", typed, "--min-articles", "1", "--as-typed")
    assert code == 0 and "Did you mean" in table
