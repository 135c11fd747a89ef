"""`feeds list` names a feed added without `--name` by the title it gave when last fetched,
as `feeds export` does (nu39 #6); a name the user gave wins, and a feed never fetched
has neither."""

from __future__ import annotations

import json
from pathlib import Path

from index.fetch.state import FeedState, load_state, save_state
from tests.cli.test_fetch_cli import run


def test_a_feed_without_a_name_is_listed_by_its_own_title(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    named, titled, unfetched = (f"https://news.example/{n}.xml" for n in ("a", "b", "c"))
    for url, name in ((named, ["--name", "Valley Gazette"]), (titled, []), (unfetched, [])):
        code, _, err = run(corpus, index_dir, "feeds", "add", url, "--no-check", *name)
        assert code == 0, err
    state = load_state(corpus)
    state.feeds[named] = FeedState(title="Valley Gazette - Top Stories")
    state.feeds[titled] = FeedState(title="Riverton Post")
    save_state(corpus, state)

    code, out, _ = run(corpus, index_dir, "feeds", "list", "--json")
    listed = {f["url"]: (f["name"], f["title"]) for f in json.loads(out)}
    assert listed == {
        named: ("Valley Gazette", "Valley Gazette - Top Stories"),
        titled: (None, "Riverton Post"),
        unfetched: (None, None),
    }
    code, out, _ = run(corpus, index_dir, "feeds", "list")
    assert code == 0
    rows = {line.split()[-2]: line for line in out.splitlines() if "news.example" in line}
    assert rows[named].split()[:2] == ["Valley", "Gazette"] and "Top Stories" not in rows[named]
    assert rows[titled].split()[:2] == ["Riverton", "Post"]
    assert rows[unfetched].split()[0] == unfetched
