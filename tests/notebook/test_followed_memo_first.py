"""The memo's followed stories name no first outlet when others tie with it (nu40 #2: "first:
ABC News" for eight articles of one day, no time given, which the story screen calls tied)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.notebook.story_memo import followed_part

OUTLETS = st.sampled_from(["ABC News", "BBC News", "CNN", "Al Jazeera", "Fox News"])


def record(first: str, tied: list[str]) -> dict[str, object]:
    return {
        "id": "s0123456789ab",
        "title": "Nerve agent used",
        "gone": False,
        "articles": 8,
        "first": {"id": "a0", "source": first, "date": "2017-02-24"},
        "first_tied": [{"id": f"a{n}", "source": s} for n, s in enumerate(tied)],
    }


@given(first=OUTLETS, others=st.lists(OUTLETS, min_size=1, max_size=6))
def test_a_tie_names_every_outlet_and_none_first(first: str, others: list[str]) -> None:
    line = "\n".join(followed_part([record(first, [first, *others])]))
    assert f"first: {1 + len(others)} articles tied" in line
    assert f"first: {first}," not in line
    for outlet in {first, *others}:
        assert outlet in line


@given(first=OUTLETS)
def test_one_first_article_is_named_first(first: str) -> None:
    for tied in ([], [first]):  # no tie, or the first alone listed
        line = "\n".join(followed_part([record(first, tied)]))
        assert f"first: {first}, 24 Feb 2017" in line or f"first: {first}," in line
        assert "tied" not in line


def test_an_export_before_ties_were_kept_still_reads() -> None:
    old = record("CNN", [])
    del old["first_tied"]
    assert "first: CNN," in "\n".join(followed_part([old]))
