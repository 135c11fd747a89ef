"""`related` lists an article that carries the same long quotation, and says why (nu27 #6).

Two reports of one statement, a month and more apart, whose headlines and leads share no
word: the quotation comes after each lead (the likeness reads the lead only), so before
`related_passages` neither listed the other. Now each lists the other with "shared
passage"; an article sharing only a short quotation is not listed for it.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from index.analysis.related_passages import PASSAGE_SCORE
from index.analysis.stories import StoryArticle
from tests.cli.test_stories_cli import run
from tests.story_corpus import write_corpus

QUOTE = (
    "We will hopefully release pressure on the spillway before the storm arrives and keep"
    " every family living downstream safe tonight"
)
SHORT = "We are watching it closely"


def _lead(words: str, n: int = 170) -> str:
    """A lead of ``n`` words cycling through ``words`` (no word of another lead)."""
    pool = words.split()
    return " ".join(pool[k % len(pool)] for k in range(n)) + "."


def _article(aid: str, title: str, lead: str, quote: str, day: datetime) -> StoryArticle:
    body = f'{lead}\n\n"{quote}," said Bill Croyle, the director of the department.'
    return StoryArticle(aid, title, body, aid.title(), day)


ARTICLES = [
    _article(
        "wire",
        "Reservoir engineers brace for heavy rain",
        _lead("reservoir engineers brace heavy rain northern valley crews gauges overnight"),
        QUOTE,
        datetime(2017, 2, 10, 9),
    ),
    _article(
        "reprint",
        "Governor tours flooded farmland",
        _lead("governor tours flooded farmland orchards county growers tractors levee"),
        QUOTE,
        datetime(2017, 4, 2, 9),
    ),
    _article(
        "short",
        "Harbour pilots slow ferries in fog",
        _lead("harbour pilots slow ferries fog captains terminals sailings commuters"),
        SHORT,
        datetime(2017, 3, 1, 9),
    ),
    _article(
        "other",
        "Orchard growers count frost losses",
        _lead("orchard growers count frost losses blossoms buds spring cold snap"),
        SHORT,
        datetime(2017, 3, 3, 9),
    ),
]


@pytest.fixture
def quoted(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    corpus = tmp_path / "quoted"
    write_corpus(corpus / "quoted.jsonl", ARTICLES)
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    code, out, _ = run("index", "rebuild")
    assert code == 0, out
    return corpus


def _related(article_id: str) -> list[dict[str, object]]:
    code, out, _ = run("related", article_id, "--json")
    assert code == 0, out
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_the_quotation_is_one_group(quoted: Path) -> None:
    code, out, _ = run("quotes", "hopefully release pressure", "--json")
    assert code == 0, out
    carried = [sorted(o["article"] for o in g["occurrences"]) for g in json.loads(out)]
    assert ["reprint", "wire"] in carried


@pytest.mark.parametrize(("asked", "other"), [("wire", "reprint"), ("reprint", "wire")])
def test_related_lists_the_article_sharing_a_long_quotation(
    quoted: Path, asked: str, other: str
) -> None:
    rows = {r["id"]: r for r in _related(asked)}
    assert other in rows
    row = rows[other]
    assert row["shared_passage"] is True and row["same_story"] is False
    assert isinstance(row["score"], float) and row["score"] >= PASSAGE_SCORE
    code, out, _ = run("related", asked)
    assert code == 0 and "shared passage" in out


def test_a_short_shared_quotation_is_no_passage(quoted: Path) -> None:
    assert all(not r["shared_passage"] for r in _related("short"))
    assert "other" not in {r["id"] for r in _related("short")}
