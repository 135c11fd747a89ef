"""What the updates and rebuilds have told of each followed story's moves, so that the next
one tells only what is new (nu35 #2: "'X' split: 1 of its articles is now in 'Y'" came again
after every later update and rebuild; nu38 #11: "1 new in 'X'" too, even after a no-op
update). `following`, the notebook and the story list still count every new article and
list every move until the story is opened: only the build's news is cut to what it has not
said.

The record is a small JSON file beside the notebook in the index folder: for each followed
story, the new articles, the moves (article and the story it is in), removed articles,
"gone" and the possible follow-ups (`Library.followups`) last told.
A lost or unreadable file only means a move is told once more.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from index.library import read_state

if TYPE_CHECKING:  # annotations only: SQLite loads with the notebook, when one is read
    from index.notebook import FollowedNews

TOLD_FILE = "followed-told.json"
"""The record's name in the index folder."""


def _marks(news: FollowedNews) -> set[str]:
    """What there is to tell of a story: each new article, each move, each removed article,
    its being gone, each possible follow-up (fu34)."""
    marks = {f"new {article}" for article in news.new}
    marks |= {f"moved {moved.article} {moved.story}" for moved in news.moved}
    marks |= {f"followup {later.article}" for later in news.followups}
    marks |= {f"removed {article}" for article in news.removed}
    return marks | ({"gone"} if news.gone else set())


def _read(path: Path) -> dict[str, list[str]]:
    """What was told, by story; {} when unreadable (nested too deeply too: the reader's
    follow mode and `index update` raised RecursionError, rv69), and only the marks of
    text (a mark of a list made `set` raise)."""
    try:
        told = json.loads(read_state(path))  # a FIFO: refused, not waited on
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(told, dict):
        return {}
    return {
        k: [mark for mark in v if isinstance(mark, str)]
        for k, v in told.items()
        if isinstance(v, list)
    }


def untold(index_dir: Path, found: Sequence[FollowedNews]) -> list[FollowedNews]:
    """The followed stories' news less the new articles, moves, removals and "gone" told
    before, and record what is told now (a move told is not told again while the article
    stays where it went; one moving on to a third story is told again; a new article is told
    by the build that brought it, though counted new until the story is opened).

    One gone and told so, with nothing untold, is left out.
    """
    path = index_dir / TOLD_FILE
    before = _read(path)
    record: dict[str, list[str]] = {}
    fresh: list[FollowedNews] = []
    for news in found:
        marks = _marks(news)
        said = set(before.get(news.followed.story, ()))
        if marks:
            record[news.followed.story] = sorted(marks)
        new = tuple(a for a in news.new if f"new {a}" not in said)
        moved = tuple(m for m in news.moved if f"moved {m.article} {m.story}" not in said)
        removed = tuple(a for a in news.removed if f"removed {a}" not in said)
        later = tuple(f for f in news.followups if f"followup {f.article}" not in said)
        if news.gone and "gone" in said and not moved and not removed:
            continue
        into = {m.story for m in moved}  # a move told before tells its story's new no more
        also = tuple(pair for pair in news.moved_new if pair[0] in into)
        fresh.append(
            replace(news, new=new, moved=moved, removed=removed, followups=later, moved_new=also)
        )
    if record or before:
        _write(path, record)
    return fresh


def _write(path: Path, record: dict[str, list[str]]) -> None:
    """Replace the record whole (a reader never sees half of it); a folder that cannot be
    written only means the news is told again."""
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(json.dumps(record, sort_keys=True), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        return
