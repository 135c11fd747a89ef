"""The reprint score prints the fresh sets only when asked (nobody scores one by accident)."""

from __future__ import annotations

import pytest

from bench import quote_reprints
from bench.quote_reprints import GroupLabel, score_lines
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes

BODY = '"We will build the bridge before the winter comes," she said.'


def _index() -> QuoteIndex:
    index = QuoteIndex()
    for n in range(2):
        index.add_article(f"a{n}", f"outlet {n}", "2017-03-01", extract_quotes(BODY))
    return index


def test_fresh_sets_are_scored_only_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quote_reprints, "SETS", {"g": "tuned", "z": "fresh"})
    monkeypatch.setattr(quote_reprints, "FRESH", "z")
    start, end = BODY.index("We"), BODY.index(',"')
    both = tuple((f"a{n}", start, end) for n in range(2))
    groups = [GroupLabel("g01", both), GroupLabel("z01", both), GroupLabel("z02", both[:1])]
    plain = score_lines(groups, _index())
    assert not any("fresh" in line or "all" in line or "/3" in line for line in plain)
    assert [line.split(":")[0].strip() for line in plain] == ["tuned", "tuning sets together"]
    asked = score_lines(groups, _index(), fresh=True)
    assert [line.split(":")[0].strip() for line in asked] == [
        "tuned",
        "fresh",
        "tuning sets together",
        "all",
    ]
    assert "3/3 one group" in asked[-1] and "2/2 one group" in asked[1]
