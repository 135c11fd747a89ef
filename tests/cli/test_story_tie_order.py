"""One order for articles of one time (nu51 #8): the story's table listed CNN Business, AP,
NYT, NY Post (by file name) while `story --json` named AP `first` and its lags went AP, CNN
Business, NY Post, NYT. Now every view lists tied outlets in `first_dated`'s order (a time
before a day alone, then the outlet by name), and `first` is the first listed: the table,
the chart, the heat map's base (`outlets_first`), `first_tied` and the lags."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import Library
from tests.story_corpus import one_story
from tui.cli.story_records import timeline_record
from tui.screens.story import chart, grouped, outlets_first
from tui.story_form import story_order


def _outlets(names: list[str | None]) -> list[str | None]:
    return list(dict.fromkeys(names))


@pytest.mark.parametrize(
    ("outlets", "hours", "first"),
    [
        (["Zeta Post", "Mid Times", "Alpha Wire"], [0, 0, 0], "Alpha Wire"),  # ids against names
        (["Zeta Post", "alpha wire", "Beta News"], [0, 0, 0], "alpha wire"),  # case aside
        (["Zeta Post", "Beta News", "Alpha Wire"], [0, 9.5, 0], "Beta News"),  # timed first
        (["Zeta Post", "Alpha Wire", "Beta News"], [7, 7, 7], "Alpha Wire"),  # one time
    ],
)
def test_every_view_lists_a_tie_in_one_order(
    tmp_path: Path, outlets: list[str], hours: list[float], first: str
) -> None:
    one_story(tmp_path / "news" / "news.jsonl", outlets, hours)
    library = Library(tmp_path / "news", tmp_path / "index")
    library.open_or_build()
    (story,) = library.stories(min_articles=2)
    told = library.story(story.id)
    record = timeline_record(told)
    table = [m.source for m in story_order(told)]
    heads = [str(o.prompt).split("  ")[0] for o in grouped(told) if o.disabled]
    # one day: the chart is one line, naming outlets only where one ran more (nu83 #2)
    drawn = chart(told).plain
    one_day = max(hours) < 24  # every case here: the articles of one day
    assert (drawn == f"One day, {str(told.story.start)[:10]}: one article an outlet") is one_day
    bars = [line.split(" ")[0] for line in drawn.splitlines()[1:]]
    lags = [lag["source"] for lag in record["lags"]]
    listed = [a["source"] for a in record["articles"]]
    by_outlet = sorted(outlets, key=lambda name: (hours[outlets.index(name)] == 0, name.casefold()))
    assert table[0] == first and record["first"]["source"] == first
    assert _outlets(table) == heads == lags == _outlets(listed) == by_outlet
    assert one_day or [name.split(" ")[0] for name in by_outlet] == bars
    assert outlets_first(told.articles)[0] == record["first"]["id"]
    assert list(story.sources) == by_outlet
    if record["first_tied"]:
        assert record["first_tied"][0] == record["first"]["id"]
