"""`related_passages`: which articles share a long quotation, and how `related` lists them.

`sharing` scans ``members.tsv`` by string searches; a plain parse of every row (group ->
its rows) is the oracle. `StoryModel.related` lists a passage-sharing article however far
in time, flagged and scored at least `PASSAGE_SCORE`, story-mates still first.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.related_passages import LONG_QUOTE, PASSAGE_SCORE, sharing
from index.analysis.stories import StoryArticle, StoryModel

IDS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8)
ROWS = st.lists(
    st.tuples(IDS, st.sampled_from(["q1", "q2", "q12", "q123", "r1"]), st.integers(0, 30)),
    max_size=30,
)


def _oracle(rows: list[tuple[str, int, str, int]], asked: str, least: int) -> set[str]:
    members: dict[str, set[str]] = defaultdict(set)
    for article, _, gid, size in rows:
        if size >= least:
            members[gid].add(article)
    return {a for gid, found in members.items() if asked in found for a in found} - {asked}


@settings(max_examples=200, deadline=None)
@given(ROWS, st.integers(0, 40), st.integers(1, 20))
def test_sharing_is_the_long_rows_of_the_article_s_groups(
    tmp_path_factory: object, drawn: list[tuple[str, str, int]], pick: int, least: int
) -> None:
    folder: Path = tmp_path_factory.mktemp("quotes")  # type: ignore[attr-defined]
    rows = [(a, n, gid, size) for n, (a, gid, size) in enumerate(drawn)]
    lines = [
        f"{json.dumps(a, ensure_ascii=False)}\t{n}\t{gid}\tsh-0\tr{gid}\t{size}"
        for a, n, gid, size in sorted(rows)
    ]
    (folder / "members.tsv").write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    asked = drawn[pick % len(drawn)][0] if drawn else "none"
    assert sharing(folder, asked, least) == _oracle(rows, asked, least)


def test_no_quotes_folder_shares_nothing(tmp_path: Path) -> None:
    assert sharing(None, "a") == set()
    assert sharing(tmp_path, "a") == set()  # no members.tsv
    assert LONG_QUOTE > 5


def _article(aid: str, title: str, body: str, day: datetime) -> StoryArticle:
    return StoryArticle(aid, title, body, aid, day)


FAR = [
    _article(
        "a",
        "Dam crews open spillway",
        "Crews opened the spillway gates at dawn.",
        datetime(2017, 2, 7),
    ),
    _article(
        "b",
        "Dam spillway crews return",
        "Crews returned to the spillway gates.",
        datetime(2017, 2, 7, 8),
    ),
    _article(
        "c", "Governor tours farmland", "Growers showed orchards under water.", datetime(2017, 5, 1)
    ),
    _article(
        "d",
        "Ferries slowed by fog",
        "Harbour pilots held sailings at the terminal.",
        datetime(2016, 1, 1),
    ),
]


def test_a_passage_sharing_article_is_listed_however_far() -> None:
    model = StoryModel.build(FAR)
    assert "c" not in {r.id for r in model.related("a", 10)}
    listed = model.related("a", 10, passages=["c", "unknown", "a"])
    by_id = {r.id: r for r in listed}
    assert by_id["c"].shared_passage and by_id["c"].score >= PASSAGE_SCORE
    assert "unknown" not in by_id and "a" not in by_id
    mates = [r.same_story for r in listed]
    assert mates == sorted(mates, reverse=True)  # story-mates first still
    scores = [r.score for r in listed if not r.same_story]
    assert scores == sorted(scores, reverse=True)


def test_a_listed_neighbour_sharing_a_passage_is_flagged_and_raised() -> None:
    model = StoryModel.build(FAR)
    before = {r.id: r for r in model.related("a", 10)}
    after = {r.id: r for r in model.related("a", 10, passages=["b"])}
    assert set(before) == set(after)
    assert after["b"].shared_passage
    assert after["b"].score >= max(before["b"].score, PASSAGE_SCORE) or after["b"].same_story
