"""`export --story ID` tells the story as its screen does (nu38 #5: titles and links only),
and the whole notebook's memo lists the followed stories ("0 articles" with 5 followed).

The oracle is the CLI's own account of the story: the JSON's ``story`` is `story --json`
with its quotations added (`quotes --json`'s groups of the story's articles), and the memo
says the same first, followers, days and quotes, parsed back by a CommonMark parser."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.cli.test_following_cli import boulder_story
from tests.cli.test_stories_cli import run
from tests.notebook.test_exports import _outline, _parser
from tests.story_corpus import BOULDER, CORPUS, write_corpus

QUOTE = "We are heartbroken, and we will grieve together"
SAID = f' "{QUOTE}," said Mayor Sam Weaver.'


@pytest.fixture
def quoted(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The stories corpus, both Boulder articles carrying the mayor's words; the story's id."""
    boulder = {a.id for a in BOULDER}
    articles = [replace(a, body=a.body + SAID) if a.id in boulder else a for a in CORPUS]
    corpus = tmp_path / "news"
    write_corpus(corpus / "news.jsonl", articles)
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    code, out, err = run("index", "rebuild")
    assert code == 0, out + err
    return boulder_story()


def _out(*args: str) -> str:
    code, out, err = run(*args)
    assert code == 0, err
    return out


def _memo_text(memo: str) -> str:
    """The memo's words as a reader sees them (escapes undone by the parser)."""
    tokens = _parser().parse(memo)
    return "\n".join(t.content for t in tokens if t.type == "inline")


def test_the_json_story_is_story_json_with_its_quotes(quoted: str) -> None:
    told = json.loads(_out("export", "--story", quoted, "--format", "json"))
    story = told["story"]
    assert story["id"] == quoted and story["title"] == BOULDER[0].title  # the keys it had
    quotes = story.pop("quotes")
    assert story == json.loads(_out("story", quoted, "--json"))
    assert [q["text"] for q in quotes] == [QUOTE]
    assert quotes[0]["speaker"] == "Sam Weaver"
    assert {o["article"] for o in quotes[0]["occurrences"]} == {a.id for a in BOULDER}
    assert quotes[0]["first"] == BOULDER[0].id
    assert [e["article"] for e in told["articles"]] == [a.id for a in BOULDER]


def test_the_memo_tells_first_followers_days_and_quotes(quoted: str) -> None:
    memo = _out("export", "--story", quoted, "--format", "md")
    outline = _outline(memo)  # no table, list or emphasis; headings as before
    assert outline["h2"] == [a.title for a in BOULDER]
    text = _memo_text(memo)
    record = json.loads(_out("story", quoted, "--json"))
    first = record["first"]
    assert f"First: {first['source']}, 2021-03-22 20:00 (article {first['id']})." in text
    assert "Then: Paper B +3h." in text
    for day in record["timeline"]:
        assert f"{day['date']}: " in text and f"{day['source']} {day['count']}" in text
    assert f"“{QUOTE}” — Sam Weaver; first in Wire A, 2021-03-22 20:00; 2 outlets" in text


def test_the_notebook_memo_lists_the_followed_stories(quoted: str, tmp_path: Path) -> None:
    assert run("follow", quoted)[0] == 0
    memo = _out("export", "--format", "markdown")
    text = _memo_text(memo)
    assert "0 articles, 1 followed story" in text
    listed = f"{BOULDER[0].title} · 2 articles · first: Wire A, 2021-03-22 20:00 · story {quoted}"
    assert listed in text
    target = tmp_path / "memo.md"
    assert run("export", "-o", str(target))[0] == 0  # by the ending, as the reader's `e`
    assert "1 followed story" in _memo_text(target.read_text(encoding="utf-8"))
    assert json.loads(_out("export", "--format", "json")) == []  # the JSON stays a list


def test_a_tie_names_every_outlet_first_as_the_screen_does() -> None:
    """Three outlets the same day, no time given: none was first (the story screen's rule),
    so the memo names them together and none "then" (it said "First: Reuters ... Then:
    Politico same day" beside a screen that said all three were first together)."""
    from index.notebook.story_memo import story_part

    articles = [{"id": f"a{n}", "source": name} for n, name in enumerate(("R", "P", "W", "L"))]
    lags = [{"source": name, "hours_after_first": None, "days_after_first": days}
            for name, days in (("R", 0), ("P", 0), ("W", 0), ("L", 2))]  # fmt: skip
    record = {"id": "s1", "articles": articles, "first_tied": ["a0", "a1", "a2"], "lags": lags}
    record["first"] = {"id": "a0", "source": "R", "date": "2021-10-18"}
    text = "\n".join(story_part(record))
    assert "First: 3 articles tied, 2021-10-18: R, P, W. Then: L +2 days." in text
