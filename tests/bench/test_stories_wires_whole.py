"""`bench.stories_wires --whole`: the whole corpus file clustered, its widest stories listed (wk33).

A rule that joins one outlet's series in the labelled slice can chain recurring reports
into stories of weeks in the whole file; ``--whole`` shows it by size, days and first id.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.stories_wires import main, widest
from index.analysis.stories import StoryArticle

DAY = datetime(1987, 3, 16, 9)


def _wire(k: int, hours: float | None) -> StoryArticle:
    date = None if hours is None else DAY + timedelta(hours=hours)
    return StoryArticle(f"reut-{k:05d}", "COCOA TALKS", "Delegates met.", "Reuters", date)


def test_the_widest_and_the_largest_stories_by_size_days_and_first_id() -> None:
    wires = [_wire(0, 0), _wire(1, 240), _wire(2, 12), _wire(3, 13), _wire(4, 14), _wire(5, None)]
    clusters = {"reut-00000": "a", "reut-00001": "a", "reut-00005": "a"}
    clusters |= {"reut-00002": "b", "reut-00003": "b", "reut-00004": "b"}
    found = widest(clusters, wires, limit=1)
    # an undated member counts as an article and adds no days
    assert found["widest"] == [(3, 10.0, "reut-00000")]
    assert found["largest"] == [(3, 10.0, "reut-00000")]
    assert widest(clusters, wires)["largest"][1] == (3, round(2 / 24, 1), "reut-00002")


@given(
    hours=st.lists(st.one_of(st.none(), st.floats(0, 2000)), min_size=1, max_size=12),
    stories=st.lists(st.integers(0, 3), min_size=12, max_size=12),
)
def test_every_story_is_listed_once_with_its_span(
    hours: list[float | None], stories: list[int]
) -> None:
    wires = [_wire(k, h) for k, h in enumerate(hours)]
    clusters = {w.id: f"s{stories[k]}" for k, w in enumerate(wires)}
    found = widest(clusters, wires, limit=len(wires))
    for listing in found.values():
        assert sorted(n for n, _, _ in listing) == sorted(
            list(clusters.values()).count(s) for s in set(clusters.values())
        )
        for n, days, first in listing:
            mine = [w for w in wires if clusters[w.id] == clusters[first]]
            assert first == min(w.id for w in mine) and n == len(mine)
            dated = [w.date for w in mine if w.date]
            span = (max(dated) - min(dated)).total_seconds() / 86400 if dated else 0.0
            assert days == round(span, 1)
    assert [d for _, d, _ in found["widest"]] == sorted(
        (d for _, d, _ in found["widest"]), reverse=True
    )


def test_whole_clusters_every_wire_of_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = []
    for k, day, category in (
        ("05168", "1987-03-16", "cocoa"),  # two wires of the ICCO council (tuning half)
        ("05192", "1987-03-17", "cocoa"),
        ("99999", "1987-05-01", "grain"),
    ):
        lines.append(
            json.dumps(
                {
                    "id": f"reut-{k}",
                    "title": "COCOA TALKS RESUME",
                    "source": "Reuters",
                    "date": f"{day}T09:00:00",
                    "url": None,
                    "body": "Cocoa delegates met again on buffer stock rules.",
                    "category": [category],
                }
            )
        )
    (tmp_path / "reuters21578.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--corpora", str(tmp_path), "--whole"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("2 wires")  # the slice: the grain wire is outside it
    assert "whole file: 3 wires" in printed and "widest: " in printed
