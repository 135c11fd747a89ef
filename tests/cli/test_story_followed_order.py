"""`broadsheet story`'s "followed:" line names the outlets in the order its table groups them
(nu29 #10: "followed: BBC News, Deutsche Welle, HuffPost, RTE" over a table that listed
HuffPost first). The oracle: the table's own order."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.story_corpus import story_told

OUTLETS = ("Alpha Post", "Zulu Wire", "Mike Daily", "Bravo News", "Kilo Times")


@pytest.mark.parametrize(
    "hours",
    [(0, 24, 24, 24, 24), (0, 24, 48, 24, 48), (9, 33, 33, 33.5, 57)],
    ids=["next-day-bare", "two-days-bare", "timed"],
)
def test_followed_names_the_outlets_as_the_table_does(
    tmp_path: Path, hours: tuple[float, ...]
) -> None:
    # ids in OUTLETS' order, the names not: lags of one length came by name
    told = story_told(tmp_path, OUTLETS, hours)
    head, table = told.split("\n\n", 1)
    [followed] = [line for line in head.splitlines() if line.startswith("followed: ")]
    named = sorted((o for o in OUTLETS if o in followed), key=followed.index)
    assert len(named) == 4, followed
    assert named == sorted(named, key=table.index), told
