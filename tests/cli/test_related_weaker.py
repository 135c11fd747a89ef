"""`related` hides its weaker matches and says how many (nu45 #8: rows at 0.01 "shared
common words only" padded the list after the real ones). The rule (`index.related_floor`):
past the best two, a row of another story with no shared passage scoring under 0.015 is
hidden; --json lists every one; --limit caps what is asked, hidden ones among it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.library import Library
from index.models import RelatedArticle, hidden_words, stronger
from index.related_floor import ALWAYS_SHOWN, WEAKER_SCORE
from tests.cli.test_related_nothing import apart as apart  # the fixture: a small index
from tests.cli.test_stories_cli import run

ROW = RelatedArticle("r", "T", "Wire A", None, 0.3, False, (), False, False, 0.3)
rows = st.lists(
    st.builds(
        lambda n, score, story, passage: replace(
            ROW, id=f"r{n}", score=score, same_story=story, shared_passage=passage
        ),
        st.integers(0, 10**6),
        st.sampled_from([0.0, 0.01, 0.0149, 0.015, 0.05, 0.4]),
        st.booleans(),
        st.booleans(),
    ),
    max_size=12,
)


@given(rows)
def test_the_weaker_rows_hidden_are_counted(listed: list[RelatedArticle]) -> None:
    shown, hidden = stronger(listed)
    weak = [
        k
        for k, r in enumerate(listed)
        if k >= ALWAYS_SHOWN
        and not r.same_story
        and not r.shared_passage
        and r.score < WEAKER_SCORE
    ]
    assert hidden == len(weak) and len(shown) + hidden == len(listed)
    assert shown == [r for k, r in enumerate(listed) if k not in weak]  # order kept


def _rows(limit: int) -> list[RelatedArticle]:
    strong = [replace(ROW, id=f"strong{k}", score=0.3 - k / 10) for k in range(2)]
    weak = [replace(ROW, id=f"weak{k}", score=0.01) for k in range(3)]
    return [*strong, replace(ROW, id="mate", score=0.01, same_story=True), *weak][:limit]


@pytest.fixture
def padded(apart: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def related(self: Library, article_id: str, limit: int = 10) -> list[RelatedArticle]:
        return _rows(limit)

    monkeypatch.setattr(Library, "related", related)
    monkeypatch.setattr(Library, "__len__", lambda self: 6)  # --json asks for every one


def test_related_says_how_many_weaker_matches_it_hides(padded: None) -> None:
    code, out, _ = run("related", "harbour")
    assert code == 0
    assert "strong0" in out and "strong1" in out and "mate" in out
    assert "weak" not in out.replace("weaker", "")
    assert hidden_words(3) in " ".join(out.split())
    code, out, _ = run("related", "harbour", "--json")
    assert code == 0 and len(json.loads(out)) == 6  # scripts get every one


def test_the_limit_still_caps(padded: None) -> None:
    code, out, _ = run("related", "harbour", "--limit", "4")
    assert code == 0 and "weak0" not in out
    assert hidden_words(1) in " ".join(out.split())
    code, out, _ = run("related", "harbour", "--limit", "2")
    assert code == 0 and "hidden" not in out
