"""What a reader opened on a folder with no articles says to do next (nu43 #10: a new
corpus that followed feeds said only "press u once some are in" and never mentioned `F`).

A folder that follows feeds (``feeds.toml``) is told to fetch them: `F` in the reader, or
``broadsheet fetch`` in a shell. One that follows none is told how to follow one
(``broadsheet feeds add URL``), or to put article files in it and press `u`.
"""

from __future__ import annotations

from pathlib import Path

NO_ARTICLES = "no articles yet — press u once some are in"
"""The status line's last part when the folder had no articles and follows no feeds."""
NO_ARTICLES_FETCH = "no articles yet — press F to fetch the feeds"
"""The status line's last part when the folder had no articles and follows feeds."""


def feeds_followed(corpus: Path) -> int:
    """How many feeds the folder follows (0 for a file or a folder with no feed list); a
    ``feeds.toml`` that cannot be read counts as 1: `F` then says what is wrong with it."""
    from index.fetch.feedlist import feeds_path, read_feeds
    from index.fetch.models import FetchError

    try:
        return len(read_feeds(corpus))
    except FetchError:
        return 1 if feeds_path(corpus).is_file() else 0


def empty_status(feeds: int) -> str:
    """The status line's last part for an empty folder following ``feeds`` feeds."""
    return NO_ARTICLES_FETCH if feeds else NO_ARTICLES


def empty_hint(reason: str, feeds: int) -> str:
    """The empty list's text: why there is nothing (``reason``), then how to fetch the
    feeds followed, or how to follow one when there are none."""
    if feeds:
        these = "the feed" if feeds == 1 else f"the {feeds:,} feeds"
        return (
            f"{reason}. Press F to fetch {these} this folder follows "
            "(or run `broadsheet fetch` in a shell, then press u)."
        )
    return (
        f"{reason}. To fetch news, follow a feed with `broadsheet feeds add URL`, then press "
        "F; or put article files in the folder and press u."
    )
