"""`NamedGroups`: the corpus's quote groups named by their stories only as they are read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from index.analysis.quote_groups import QuoteGroup
from index.library_quotes import NamedGroups


def _groups(n: int) -> list[QuoteGroup]:
    return [QuoteGroup(f"q{i}", f"words {i}", "Berg", (), "a1") for i in range(n)]


def test_names_only_what_is_read_and_each_once() -> None:
    asked: list[str] = []

    def named(group: QuoteGroup) -> QuoteGroup:
        asked.append(group.id)
        return replace(group, speaker="Tom Berg")

    groups = NamedGroups(_groups(5), named)
    assert len(groups) == 5
    assert asked == []
    assert [g.id for g in groups[:2]] == ["q0", "q1"]
    assert groups[-1].speaker == "Tom Berg"
    assert [g.speaker for g in groups] == ["Tom Berg"] * 5
    assert sorted(asked) == ["q0", "q1", "q2", "q3", "q4"]


def test_reads_as_the_list_it_stands_for() -> None:
    plain = _groups(4)
    groups = NamedGroups(plain, lambda g: g)
    assert groups == plain
    assert groups[1:3] == plain[1:3]
    assert groups[::-2] == plain[::-2]
    assert NamedGroups([], lambda g: g) == []
    assert groups != plain[:3]
    assert groups != tuple(plain)
    with pytest.raises(IndexError):
        groups[4]
