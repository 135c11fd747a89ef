"""One search, one time budget (fx101, rv45): the page, the count of every match and the
undated matches a date filter left out are steps of one search, and together they stop at
the budget, as the README's "5 s of searching" says. Before, each step had its own 5 s, so
``*ed`` on Reuters ran 8.3 s.

Time is a fake clock that moves one "second" each time it is read: a step's length is how
often it looked at the budget, the same on any machine (no timed assertion).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.library import Library
from index.search import limits
from index.search.limits import Budget, QueryTooSlow
from tui.cli import Exit, app

ROWS = [
    {"id": f"d{n:02d}", "source": "ABC News", "date": f"2017-02-{n + 1:02d}"}
    | {"title": f"Dam report {n}", "body": f"The spillway opened; engineers watched {n}."}
    for n in range(12)
] + [
    {"id": f"u{n}", "source": "CNN", "title": f"Undated {n}", "body": "The spillway opened."}
    for n in range(3)
]
SINCE = datetime(2017, 1, 1)
QUERIES = ["spill*", "sp?llway", "spillway", "engineer* OR spillway"]


class Ticks:
    """A clock that moves one second each time it is read; `spans` are the steps it
    timed (the clock at each `Budget.start` and at that step's `finish`)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.spans: list[list[float]] = []

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    top = tmp_path_factory.mktemp("one_budget")
    corpus = top / "dam.jsonl"
    corpus.write_text("\n".join(json.dumps(row) for row in ROWS) + "\n", encoding="utf-8")
    Library.open(corpus, top / "index").close()
    return top


@pytest.fixture
def ticks(monkeypatch: pytest.MonkeyPatch) -> Iterator[Ticks]:
    """The fake clock, for every budget made from now on, with each step's span logged."""
    clock = Ticks()
    monkeypatch.setattr(limits, "clock", clock)
    start, finish = Budget.start, Budget.finish

    def started(budget: Budget) -> None:
        start(budget)
        if budget.seconds != math.inf:
            clock.spans.append([clock.now, clock.now])

    def finished(budget: Budget) -> None:
        if budget.deadline != math.inf and clock.spans:
            clock.spans[-1][1] = clock.now
        finish(budget)

    monkeypatch.setattr(Budget, "start", started)
    monkeypatch.setattr(Budget, "finish", finished)
    yield clock


def steps(clock: Ticks) -> tuple[float, float]:
    """The longest step, and the time from the first step's start to the last's end."""
    longest = max(end - begun for begun, end in clock.spans)
    return longest, clock.spans[-1][1] - clock.spans[0][0]


def open_library(folder: Path) -> Library:
    return Library.open(folder / "dam.jsonl", folder / "index")


@pytest.mark.parametrize("query", QUERIES)
def test_the_steps_of_a_library_search_share_one_budget(
    folder: Path, ticks: Ticks, query: str
) -> None:
    with open_library(folder) as library:
        budget = library.engine.searcher.budget  # type: ignore[attr-defined]
        budget.seconds = 1e9
        with library.one_search():
            whole = library.search(query, limit=2)
            undated = library.undated_left_out(query, since=SINCE)
        longest, total = steps(ticks)
        assert len(ticks.spans) >= 2, ticks.spans  # the page, then the count past it
        assert total > longest
        # long enough for any one step (a budget each never stopped), not for all of them
        budget.seconds = longest + 0.5
        ticks.spans.clear()
        with pytest.raises(QueryTooSlow) as stopped, library.one_search():
            library.search(query, limit=2)
            library.undated_left_out(query, since=SINCE)
        assert str(stopped.value) == f"query stopped after {longest + 0.5:g} s; make it narrower"
        # the whole of it fits: the same answer as with no limit
        budget.seconds = total + 1
        with library.one_search():
            assert library.search(query, limit=2) == whole
            assert library.undated_left_out(query, since=SINCE) == undated


@pytest.mark.parametrize("query", QUERIES)
def test_a_library_search_alone_is_one_budget(folder: Path, ticks: Ticks, query: str) -> None:
    # `Library.search` holds its own steps (the page asked twice, the folded count) together
    with open_library(folder) as library:
        budget = library.engine.searcher.budget  # type: ignore[attr-defined]
        budget.seconds = 1e9
        library.search(query, limit=2)
        library.count(query)
        longest, _ = steps(ticks)
        # two searches in a row, each in its own block: each has the whole budget again
        budget.seconds = longest + 0.5
        library.search(query, limit=2)
        library.count(query)


def test_the_cli_stops_at_one_budget_and_says_so(
    folder: Path, ticks: Ticks, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the table's page and total, then the undated matches the date filter left out
    args = ["search", "spill*", "--since", "2017-02-01", "-c", str(folder / "dam.jsonl")]
    env = {"BROADSHEET_INDEX_DIR": str(folder / "index")}
    monkeypatch.setattr(limits, "SEARCH_BUDGET_SECONDS", 1e9)
    seconds = {"now": 1e9}
    made = Budget.__init__

    def budget_of(budget: Budget, _: float = 0.0) -> None:
        made(budget, seconds["now"])

    monkeypatch.setattr(Budget, "__init__", budget_of)
    done = CliRunner().invoke(app, args, env=env)
    assert done.exit_code == 0, done.stderr
    assert "undated match" in done.stderr  # the undated count ran too
    longest, total = steps(ticks)
    # two timed steps at least: since sx40 the undated count looks among the undated
    # articles alone, inside the same budget, and times no step of its own here
    assert len(ticks.spans) >= 2 and total > longest
    seconds["now"] = longest + 0.5
    ticks.spans.clear()
    done = CliRunner().invoke(app, args, env=env)
    assert done.exit_code == Exit.QUERY
    said = f"bad query: query stopped after {longest + 0.5:g} s; make it narrower"
    assert said in done.stderr
