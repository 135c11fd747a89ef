"""`outlets`, `outlets lean`, and the coverage by side of `story` and `stories` (JSON contract).

The oracle: each article's lean is its record's ``stance`` when it gives one, else its
outlet's in the user's map; the coverage counts those, a blindspot as `index.leans` says.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.story_corpus import ATLANTA, BOULDER, CORPUS, record
from tui.cli import app

runner = CliRunner()

STANCES = {"boulder-paper": "Lean Right", "atlanta-wire": "mixed"}
"""What some records say of their outlet ("mixed" names no side: the map decides)."""
MAP = {"Wire A": "right", "Paper B": "left", "Paper C": "left"}
"""The user's map; Paper B's "left" loses to boulder-paper's own stance."""


def run(*args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if "--json" in args else result.stdout


@pytest.fixture
def news(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    corpus = tmp_path / "news"
    corpus.mkdir()
    lines = [
        {**record(a), **({"stance": STANCES[a.id]} if a.id in STANCES else {})} for a in CORPUS
    ]
    (corpus / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), "utf-8")
    monkeypatch.setenv("BROADSHEET_CORPUS", str(corpus))
    run("index", "rebuild")
    return corpus


def expected_lean(article_id: str, source: str | None) -> str | None:
    given = {"boulder-paper": "right"}.get(article_id)
    return given or MAP.get(source or "")


def test_coverage_follows_metadata_then_the_users_map(news: Path) -> None:
    before = run("stories", "--json")
    assert all(s["blindspot"] is None for s in before)
    assert all(s["coverage"]["left"] == 0 for s in before)  # only boulder-paper says a side
    for outlet, lean in MAP.items():
        assert f"{outlet}: {lean}" in run("outlets", "lean", outlet.lower(), lean)  # its own name
    found = {frozenset(s["articles"]): s for s in run("stories", "--json")}
    for group in (BOULDER, ATLANTA):
        story = found[frozenset(a.id for a in group)]
        leans = [expected_lean(a.id, a.source) for a in group]
        expected = {side: leans.count(side) for side in ("left", "center", "right")}
        assert story["coverage"] == {**expected, "unknown": leans.count(None)}
        told = run("story", story["id"], "--json")
        assert told["coverage"] == story["coverage"]
        assert told["blindspot"] == story["blindspot"]
    boulder = found[frozenset(a.id for a in BOULDER)]
    assert boulder["coverage"]["right"] == 2 and boulder["blindspot"] == "left"
    assert [s["id"] for s in run("stories", "--blindspot", "left", "--json")] == [boulder["id"]]
    assert "blindspot for the left" in run("story", boulder["id"])


def test_outlets_json_gives_counts_leans_and_where_each_came_from(news: Path) -> None:
    run("outlets", "lean", "Paper C", "left")
    rows = {row["outlet"]: row for row in run("outlets", "--json")}
    assert rows["Paper B"] == {"outlet": "Paper B", "articles": 1, "lean": "right",
                               "lean_from": "metadata"}  # fmt: skip
    assert rows["Paper C"]["lean"] == "left" and rows["Paper C"]["lean_from"] == "user"
    assert rows["Wire A"]["lean"] is None and rows["Wire A"]["lean_from"] is None
    counts = {o: sum(a.source == o for a in CORPUS) for o in rows}
    assert {o: r["articles"] for o, r in rows.items()} == counts


def test_a_wrong_lean_or_blindspot_is_a_usage_error(news: Path) -> None:
    assert runner.invoke(app, ["outlets", "lean", "Paper C", "far-left"]).exit_code == 2
    assert runner.invoke(app, ["stories", "--blindspot", "center"]).exit_code == 2


def test_search_lean_keeps_the_hits_of_one_side(news: Path) -> None:
    """``lean:right`` keeps the hits whose lean (`expected_lean`) is right, of every match."""
    for outlet, lean in MAP.items():
        run("outlets", "lean", outlet, lean)
    every = run("search", "", "--json", "-n", "100")
    right = [h["id"] for h in every if expected_lean(h["id"], h["source"]) == "right"]
    assert right and len(right) < len(every)
    assert [h["id"] for h in run("search", "lean:right", "--json", "-n", "100")] == right
    shooting = run("search", "police", "--json", "-n", "100")
    left = [h["id"] for h in shooting if expected_lean(h["id"], h["source"]) == "left"]
    assert left and len(left) < len(shooting)
    assert [h["id"] for h in run("search", "police AND stance:left", "--json")] == left
    refused = runner.invoke(app, ["search", "police OR lean:left"])
    assert refused.exit_code != 0 and "outside brackets" in refused.stderr


def test_outlets_take_the_kept_leans_and_read_no_article(
    news: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fx71: `outlets` counts the leans the build kept by each id's listed outlet; the
    oracle is `outlet_leans` over every article read, as the command did before."""
    from index.leans import library_outlet_leans, outlet_leans
    from index.library import Library

    with Library.open(news, index_dir) as library:
        every = outlet_leans(library.articles())
        assert every == {"Paper B": "right"}

        def no_read(*_: object) -> None:
            raise AssertionError("an article was read")

        monkeypatch.setattr(Library, "articles", no_read)
        monkeypatch.setattr(Library, "article", no_read)
        assert library.kept_leans() is not None
        assert library_outlet_leans(library) == every


def test_a_lean_filtering_away_an_offer_s_hits_says_the_query_as_typed(news: Path) -> None:
    """rv75: "lean:left polcie" said "Showing results for police" on stderr and then "No
    articles match 'lean:left polcie'": now, the offer's hits all of another side, it is
    told as --as-typed tells it (no hits, "Did you mean: police?"); when the side has some,
    they are the hits of the query spelt right (the oracle: ``lean:X police``)."""
    for outlet, lean in MAP.items():
        run("outlets", "lean", outlet, lean)
    sides = {"left": 0, "right": 0, "center": 0}
    for side in sides:
        right = [h["id"] for h in run("search", f"lean:{side} police", "--json", "-n", "100")]
        sides[side] = len(right)
        for json_flag in ((), ("--json",)):
            typo = runner.invoke(app, ["search", f"lean:{side} polcie", "-n", "100", *json_flag])
            as_typed = runner.invoke(
                app, ["search", f"lean:{side} polcie", "-n", "100", "--as-typed", *json_flag]
            )
            assert typo.exit_code == 0 == as_typed.exit_code, typo.output
            if right:
                assert "Showing results for police" in typo.stderr, side
                if json_flag:
                    assert [h["id"] for h in json.loads(typo.stdout)] == right
            else:
                assert "Showing results" not in typo.stderr, side
                assert (typo.stdout, typo.stderr) == (as_typed.stdout, as_typed.stderr), side
    assert any(sides.values()) and not all(sides.values())  # both cases met
