"""`bench.quote_shared_cost` times both ways of the shared-passage look-up on a real store
(a small build, scaled 2x) and finds they give the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.quote_shared_cost import main
from index.analysis.quote_derived import QuotesDerived
from tests.index.test_quote_shared import BODIES, IDS, _article


def test_both_ways_are_timed_and_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles = [_article(aid, n % len(BODIES)) for n, aid in enumerate(IDS)]
    QuotesDerived().build(iter(sorted(articles, key=lambda a: a.id)), tmp_path, None)
    rows = (tmp_path / "members.tsv").read_text(encoding="utf-8").split("\n")
    carriers = {row.split("\t")[0] for row in rows if row}
    main([str(tmp_path), "--scale", "2", "--rounds", "2"])
    out = capsys.readouterr().out
    assert out.startswith(f"{2 * len(carriers)} articles;")
    assert "side: first call" in out and "parse: first call" in out
    assert "same answers: True" in out
