"""`broadsheet follow`, `unfollow`, `following` and the news an update prints about them."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from index.analysis.stories import StoryArticle
from tests.analysis.test_stories import DAY
from tests.cli.test_stories_cli import news, run
from tests.story_corpus import BOULDER, CORPUS, write_corpus
from tui.cli import Exit
from tui.followed_lines import short_title

__all__ = ["news"]  # the corpus fixture, shared with the stories tests

FOLLOWING_KEYS = {
    *("story", "title", "articles", "new", "gone", "followed", "last_opened"),
    *("moved", "removed", "followups", "followups_found", "followed_title", "moved_new"),
}

JOINER = StoryArticle(
    "boulder-paper-c",
    "Boulder supermarket gunman kills ten, police officer among dead",
    "A gunman opened fire inside a King Soopers supermarket in Boulder, Colorado, on Monday, "
    "killing ten people including police officer Eric Talley, authorities said. The suspect "
    "was taken into custody after a standoff.",
    "Paper C",
    DAY + timedelta(hours=22),
)
"""A third report of the Boulder shooting, which an update adds to its story."""


def boulder_story() -> str:
    code, out, _ = run("stories", "--json")
    assert code == 0
    return next(s["id"] for s in json.loads(out) if "boulder-wire" in s["articles"])


def following() -> list[dict[str, object]]:
    code, out, err = run("following", "--json")
    assert code == 0, err
    found: list[dict[str, object]] = json.loads(out)
    return found


def test_an_update_counts_the_articles_that_joined_a_followed_story(news: Path) -> None:
    story = boulder_story()
    code, out, _ = run("follow", story)
    assert code == 0 and f"following {story}" in out and "(2 articles seen)" in out
    [entry] = following()
    assert set(entry) == FOLLOWING_KEYS
    assert entry["story"] == story and entry["title"] == BOULDER[0].title
    assert sorted(entry["articles"]) == sorted(a.id for a in BOULDER)  # type: ignore[arg-type]
    assert entry["new"] == [] and entry["gone"] is False and entry["followed_title"] is None

    write_corpus(news / "news.jsonl", (*CORPUS, JOINER))
    code, out, _ = run("index", "update")
    assert code == 0
    # the joiner's title is the story's now (`stories`): the news says it (nu29 #7)
    # and the title it was followed by beside it (nu39 #5)
    was = short_title(BOULDER[0].title)
    assert f"1 new in 'Boulder supermarket gunman kills ten …' (was {was!r})" in out
    [entry] = following()
    assert entry["story"] == story  # the id stays across the update
    assert entry["new"] == [JOINER.id] and JOINER.id in entry["articles"]  # type: ignore[operator]
    assert entry["title"] == JOINER.title and entry["followed_title"] == BOULDER[0].title
    code, table, _ = run("following")
    assert code == 0 and story in table and "Boulder supermarket gunman" in table
    # told once, by the update that brought it (nu38 #11): a no-op update and a rebuild say
    # nothing of it, while `following` still counts it new until the story is opened
    for how in ("update", "rebuild"):
        code, out, _ = run("index", how)
        assert code == 0 and "new in" not in out, (how, out)
    assert following()[0]["new"] == [JOINER.id]

    # following again marks the new article seen, and follows it by its title now
    code, out, _ = run("follow", story)
    assert code == 0 and "(3 articles seen)" in out
    assert following()[0]["new"] == [] and following()[0]["followed_title"] is None
    code, out, _ = run("index", "update")
    assert "new in" not in out


def test_a_story_whose_articles_are_all_deleted_is_kept_as_gone(news: Path) -> None:
    story = boulder_story()
    assert run("follow", story)[0] == 0
    write_corpus(news / "news.jsonl", [a for a in CORPUS if a not in BOULDER])
    code, out, _ = run("index", "update")
    assert code == 0 and "is gone from the index" in out
    [entry] = following()
    assert entry["story"] == story and entry["gone"] is True
    assert entry["articles"] == [] and entry["title"] == BOULDER[0].title
    code, table, _ = run("following")
    assert code == 0 and "gone" in table
    # still listed after another update, until unfollowed
    assert run("index", "update")[0] == 0
    assert following()[0]["gone"] is True
    code, out, _ = run("unfollow", story)
    assert code == 0 and f"stopped following {story}" in out
    assert following() == []


def test_following_titles_a_story_as_the_index_does_after_an_update_renames_it(
    news: Path,
) -> None:
    """nu29 #7: the wire's report left the story and `stories` titled it anew, but
    `following` (table and JSON) kept the title it had when followed; nu39 #5: that title,
    which the user knew it by, is said beside the new one."""
    story = boulder_story()
    assert run("follow", story)[0] == 0
    assert following()[0]["title"] == BOULDER[0].title
    wire, *_ = BOULDER
    write_corpus(news / "news.jsonl", [*(a for a in CORPUS if a is not wire), JOINER])
    assert run("index", "update")[0] == 0
    code, out, _ = run("stories", "--json")
    now = next(s for s in json.loads(out) if s["id"] == story)  # the id stays
    assert now["title"] != wire.title  # the update renamed it
    [entry] = following()
    assert entry["title"] == now["title"] and entry["gone"] is False
    assert entry["followed_title"] == wire.title
    code, table, _ = run("following")
    rows = [line.split("│") for line in table.splitlines() if line.startswith("│")]
    shown = " ".join(row[2].strip() for row in rows).strip()
    assert code == 0 and shown == f"{now['title']} (was {wire.title!r})"


def test_unknown_stories_are_one_line_errors(news: Path) -> None:
    code, _, err = run("follow", "s000000000000")
    assert code == Exit.NOT_FOUND and "no story with id 's000000000000'" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run("unfollow", "s000000000000")
    assert code == Exit.NOT_FOUND and "is not followed" in err
    code, out, _ = run("following")
    assert code == 0 and "No followed stories" in out
    assert following() == []


def test_the_installed_command_follows_a_story(news: Path, index_dir: Path) -> None:
    story = boulder_story()
    command = Path(sys.prefix) / "bin" / "broadsheet"
    env = {**os.environ, "BROADSHEET_CORPUS": str(news), "BROADSHEET_INDEX_DIR": str(index_dir)}

    def call(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(command), *args], env=env, capture_output=True, text=True, timeout=60
        )

    done = call("follow", story)
    assert done.returncode == 0 and f"following {story}" in done.stdout, done.stderr
    listed = call("following", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout)[0]["story"] == story
    missing = call("follow", "nope")
    assert missing.returncode == Exit.NOT_FOUND and "Traceback" not in missing.stderr


def test_an_update_with_a_notebook_that_follows_nothing_opens_no_index_again(
    news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """up29: after an update the news of followed stories reopened the whole index whenever
    the corpus had a notebook (~0.26 CPU s at 100,000 articles), following anything or not."""
    from index.library import Library

    assert run("pin", "boulder-wire")[0] == 0  # a notebook, no story followed
    opened: list[Library] = []
    real = Library.open_or_build

    def counted(self: Library, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Library, "open_or_build", counted)
    (news / "late.txt").write_text("A late report on the council budget vote.\n")
    code, out, _ = run("index", "update")
    assert code == 0 and "following" not in out
    before = len(opened)
    story = boulder_story()
    assert run("follow", story)[0] == 0
    (news / "later.txt").write_text("A later report on the harbour ferry.\n")
    opened.clear()
    assert run("index", "update")[0] == 0
    assert len(opened) >= 1  # following a story, its news is read from the index
    assert before == 0


TALKS = [
    StoryArticle(f"talks-{k}", title, body, "Wire", DAY + timedelta(days=30, hours=hours))
    for k, (title, body, hours) in enumerate(
        (
            (
                "Grain council quota talks open, producers split",
                "Producers at the Northern Grain Council in Tallin are split over barley "
                "export quotas as talks open, delegates said.",
                1,
            ),
            (
                "Barley quota talks continue, no accord seen",
                "Barley quota talks at the Northern Grain Council continued in Tallin with "
                "no accord seen soon, producer delegates said.",
                18,
            ),
            (
                "Grain council talks on barley quotas resume",
                "Talks on barley export quotas resume at the grain council in Tallin today "
                "after producers met overnight.",
                27,
            ),
            (
                "Barley quota talks continue, outcome hard to gauge",
                "The Tallin talks of the Northern Grain Council on barley quotas went on, "
                "and the outcome is hard to gauge, council delegates said.",
                36,
            ),
        )
    )
]
"""Four reports of one set of talks by one wire over two days (nu57 #1, in invented words)."""


def test_a_fourth_report_of_a_followed_story_of_three_is_told_as_new(news: Path) -> None:
    write_corpus(news / "news.jsonl", (*CORPUS, *TALKS[:3]))
    assert run("index", "update")[0] == 0
    code, out, _ = run("stories", "--json")
    [story] = [s["id"] for s in json.loads(out) if "talks-0" in s["articles"]]
    code, out, _ = run("follow", story)
    assert code == 0 and "(3 articles seen)" in out

    write_corpus(news / "news.jsonl", (*CORPUS, *TALKS))
    code, out, _ = run("index", "update")
    assert code == 0 and "1 new in '" in out and "split" not in out, out
    [entry] = following()
    assert entry["story"] == story and entry["new"] == ["talks-3"]
    assert sorted(entry["articles"]) == [a.id for a in TALKS]  # type: ignore[arg-type]


def ferry(k: int, title: str, body: str, hours: int) -> StoryArticle:
    return StoryArticle(f"ferry-{k}", title, body, "Wire", DAY + timedelta(days=40, hours=hours))


FERRY = [
    ferry(
        0,
        "Velmar ferry crews walk out over pay",
        "Ferry crews at the port of Velmar walked out over pay on Monday, the crews' union "
        "said, halting every crossing from the harbour.",
        1,
    ),
    ferry(
        1,
        "Velmar ferry strike halts harbour crossings",
        "A pay strike by ferry crews halted crossings from Velmar harbour, the union said, "
        "and no talks with the port are planned.",
        9,
    ),
    ferry(
        2,
        "Velmar ferry strike leaves islands short of fuel",
        "The Velmar ferry strike over pay has left the outer islands short of heating fuel, "
        "island councils said, as tankers wait at the harbour.",
        20,
    ),
    ferry(
        3,
        "Outer islands ration heating fuel as tankers wait",
        "The outer islands began rationing heating fuel, island councils said, with tankers "
        "waiting at Velmar and schools on the islands closed until fuel arrives.",
        30,
    ),
]
"""A strike told by three reports, the third on the islands' fuel; a fourth on the fuel
alone is closer to the third than the third is to the strike (nu57 #1's shape: the new
report and the third part from the first two, rebuilt or updated alike)."""


def followed_ferry(news: Path) -> str:
    """The story of the first three `FERRY` reports, indexed and followed; its id."""
    write_corpus(news / "news.jsonl", (*CORPUS, *FERRY[:3]))
    assert run("index", "update")[0] == 0
    code, out, _ = run("stories", "--json")
    [story] = [s["id"] for s in json.loads(out) if "ferry-0" in s["articles"]]
    code, out, _ = run("follow", story)
    assert code == 0 and "(3 articles seen)" in out
    return story


def test_a_split_part_that_took_a_new_report_says_so(news: Path) -> None:
    """fl43 (st51's proposal, nu57 #1): the third report left with the new one, and the
    split line said where the third went but nothing of the new report."""
    story = followed_ferry(news)
    write_corpus(news / "news.jsonl", (*CORPUS, *FERRY))
    code, out, _ = run("index", "update")
    [entry] = following()
    [moved] = entry["moved"]  # type: ignore[misc]
    assert moved["article"] == "ferry-2" and moved["story"] != story
    assert entry["story"] == story and entry["new"] == []
    assert entry["moved_new"] == {moved["story"]: ["ferry-3"]}
    there = short_title(moved["title"])
    line = f"split: 1 of its articles is now in {there!r}, with 1 article you have not seen"
    assert code == 0 and line in out, out
    code, table, _ = run("following")
    assert code == 0 and f"{story}: " in table and line in " ".join(table.split())


def test_a_split_part_with_no_new_report_is_told_as_before(news: Path) -> None:
    """The third report retold as the fuel story alone: a story of its own, nothing new in
    it, and the split line ends where it ended before fl43."""
    story = followed_ferry(news)
    alone = dataclasses.replace(FERRY[3], id="ferry-2", date=FERRY[2].date)
    write_corpus(news / "news.jsonl", (*CORPUS, *FERRY[:2], alone))
    code, out, _ = run("index", "update")
    [entry] = following()
    [moved] = entry["moved"]  # type: ignore[misc]
    assert moved["article"] == "ferry-2" and moved["story"] != story
    assert entry["moved_new"] == {}
    there = short_title(moved["title"])
    [said] = [line.strip() for line in out.splitlines() if "split:" in line]
    assert code == 0 and said.endswith(f"split: 1 of its articles is now in {there!r}"), out
