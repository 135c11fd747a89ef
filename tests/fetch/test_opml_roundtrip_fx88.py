"""An OPML export imports back as the same feed list (fx88, nu43 #1): each name the user
gave is read back as its name, each feed's title as its title only (an unnamed feed
stays unnamed, so its title never becomes its articles' outlet)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.fetch.feedlist import feed_titles, follow_listed, read_feeds, write_feeds
from index.fetch.models import Feed
from index.fetch.opml import read_opml, write_opml
from index.fetch.state import FeedState, load_state, save_state
from index.ingest.sanitize import sanitize

_TEXT = st.lists(
    st.characters(codec="utf-8", blacklist_categories=("Cs", "Cc"))
    | st.sampled_from(["&amp;", "&", "<", ">", '"', "'", "&#233;", "é", "—", "東京", "\t", "\n"]),
    min_size=1,
    max_size=12,
).map("".join)
names = _TEXT.map(lambda n: sanitize(n).strip()).filter(bool)
"""A name as `feeds add --name` keeps it (sanitised, stripped): entities, quotes, unicode."""
titles = _TEXT.map(lambda t: " ".join(sanitize(t).split())).filter(bool)
"""A title as a fetch keeps a feed's (spaces made single)."""
feed_lists = st.lists(
    st.tuples(st.integers(0, 10**6), st.none() | names, st.none() | titles),
    max_size=6,
    unique_by=lambda row: row[0],
)


def _corpus(root: Path, rows: list[tuple[int, str | None, str | None]]) -> None:
    write_feeds(root, [Feed(f"https://f{n}.example/rss", name) for n, name, _ in rows])
    state = load_state(root)
    for n, _, title in rows:
        if title:
            state.feeds[f"https://f{n}.example/rss"] = FeedState(title=title)
    save_state(root, state)


@settings(max_examples=60, deadline=None)
@given(rows=feed_lists)
def test_export_then_import_is_the_same_list(
    rows: list[tuple[int, str | None, str | None]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first, second = Path(folder, "a"), Path(folder, "b")
        first.mkdir(), second.mkdir()
        _corpus(first, rows)
        document = write_opml(read_feeds(first), feed_titles(first))
        report = follow_listed(second, read_opml(document.encode("utf-8")))
        assert len(report.added) == len(rows)
        assert [(f.url, f.name) for f in read_feeds(second)] == [
            (f.url, f.name) for f in read_feeds(first)
        ]
        assert feed_titles(second) == feed_titles(first)
        again = write_opml(read_feeds(second), feed_titles(second))
        assert again.split("</head>")[1] == document.split("</head>")[1]


def test_an_import_keeps_a_fetched_title_and_names_no_feed(tmp_path: Path) -> None:
    url = "https://wire.example/rss"
    state = load_state(tmp_path)
    state.feeds[url] = FeedState(etag='"e1"', title="Wire: World")
    save_state(tmp_path, state)
    data = (
        '<opml version="2.0"><body><outline text="Capitol Wire" title="Capitol Wire" '
        f'xmlUrl="{url}"/></body></opml>'
    ).encode()
    follow_listed(tmp_path, read_opml(data))
    assert read_feeds(tmp_path) == [Feed(url, None, read_feeds(tmp_path)[0].added)]
    assert load_state(tmp_path).feeds[url] == FeedState(etag='"e1"', title="Wire: World")
