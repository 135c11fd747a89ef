"""Leans and coverage by side (`index.leans`), against plain oracles over generated cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.leans import (
    BLINDSPOT_ARTICLES,
    LEAN_PLACE,
    LEANS,
    Coverage,
    article_lean,
    coverage,
    lean_filter,
    lean_for,
    lean_of,
    outlet_key,
)
from tui.outlet_leans import read_leans, set_lean, user_leans
from tui.widgets.coverage_bar import coverage_bar, shares

SIDES = st.sampled_from([*LEANS, None])


@pytest.mark.parametrize(
    ("rating", "lean"),
    [
        ("left", "left"),
        ("Lean Left", "left"),
        ("left-center", "left"),  # MBFC's "Left-Center" leans left
        ("liberal", "left"),
        ("RIGHT", "right"),
        ("lean right", "right"),
        ("Right-Center", "right"),
        ("conservative", "right"),
        ("center", "center"),
        ("Centre", "center"),
        ("least biased", "center"),
        ("mixed", None),
        ("", None),
        ("left and right", None),
    ],
)
def test_a_rating_names_its_side(rating: str, lean: str | None) -> None:
    assert lean_of(rating) == lean


def test_the_first_lean_field_given_wins_in_any_case() -> None:
    assert article_lean({"Stance": "lean left", "bias": "right"}) == "left"
    assert article_lean({"story": "5607", "subtitle": "right turn"}) is None
    assert article_lean({"stance": " ", "bias": "right"}) == "right"


def test_metadata_wins_over_the_users_map() -> None:
    user = {outlet_key("Fox  News"): "right"}
    assert lean_for(None, "fox news", user) == "right"  # case and spacing aside
    assert lean_for("center", "Fox News", user) == "center"
    assert lean_for(None, None, user) is None
    assert lean_for(None, "CNN", user) is None


@given(st.lists(SIDES, max_size=30))
def test_coverage_counts_each_article_once(leans: list[str | None]) -> None:
    cover = coverage(leans)  # type: ignore[arg-type]
    assert cover.record() == {
        "left": leans.count("left"),
        "center": leans.count("center"),
        "right": leans.count("right"),
        "unknown": leans.count(None),
    }


@given(st.lists(SIDES, max_size=30))
def test_a_blindspot_is_the_side_that_misses_what_the_other_covers(
    leans: list[str | None],
) -> None:
    cover = coverage(leans)  # type: ignore[arg-type]
    left, right = leans.count("left"), leans.count("right")
    expected = (
        "left"
        if left == 0 and right >= BLINDSPOT_ARTICLES
        else "right"
        if right == 0 and left >= BLINDSPOT_ARTICLES
        else None
    )
    assert cover.blindspot == expected


@given(st.lists(st.integers(0, 50), min_size=3, max_size=3), st.integers(3, 60))
def test_the_bar_shares_its_cells_in_proportion(counts: list[int], width: int) -> None:
    cells = shares(counts, width)
    total = sum(counts)
    if total == 0:
        assert cells == [0, 0, 0]
        return
    assert sum(cells) == width
    for count, cell in zip(counts, cells, strict=True):
        assert (cell > 0) == (count > 0)  # every side there shows, none absent does
        assert abs(cell - count * width / total) < 2


def test_the_bar_says_counts_unknown_and_blindspot() -> None:
    text = coverage_bar(Coverage(left=0, center=1, right=2, unknown=1), width=9).plain
    assert text.startswith("Coverage " + "█" * 9 + " ")
    assert text.endswith("left 0 · center 1 · right 2 · 1 unknown · blindspot for the left")


def test_the_users_map_is_set_replaced_and_taken_out(tmp_path: Path) -> None:
    set_lean("Fox News", "right", tmp_path)
    set_lean("The Hill", "center", tmp_path)
    set_lean("fox  news", "left", tmp_path)  # the same outlet spelled otherwise: replaced
    assert read_leans(tmp_path) == {"The Hill": "center", "fox  news": "left"}
    set_lean("FOX NEWS", None, tmp_path)
    assert user_leans(tmp_path) == ({"the hill": "center"}, None)


def test_a_bad_map_counts_every_outlet_unknown_and_says_why(tmp_path: Path) -> None:
    (tmp_path / "leans.json").write_text('{"CNN": "far left"}', encoding="utf-8")
    leans, problem = user_leans(tmp_path)
    assert leans == {}
    assert problem is not None and "far left" in problem
    with pytest.raises(ValueError, match="far left"):
        set_lean("BBC", "center", tmp_path)  # never writes over what it cannot read


WORDS = st.lists(st.sampled_from(["dam", "budget", '"harbour strike"', "title:vote"]), max_size=4)


@given(
    WORDS, WORDS, st.sampled_from(LEANS), st.sampled_from(["lean", "stance", "LEAN"]), st.booleans()
)
def test_a_top_level_lean_is_taken_out_of_the_query(
    before: list[str], after: list[str], side: str, field: str, joined: bool
) -> None:
    """The oracle: the query written without it; ``AND`` next to it goes with it."""
    token = f"{field}:{side}" + (" AND" if joined and after else "")
    if joined and before and not after:
        token = f"AND {token}"
    words, found, problem, _ = lean_filter(" ".join([*before, token, *after]))
    assert (words, found, problem) == (" ".join([*before, *after]), side, None)


@pytest.mark.parametrize(
    ("query", "column"),
    [
        ("(dam lean:right)", 6),
        ("dam OR lean:left", 8),
        ("NOT lean:left", 5),
        ("-lean:left", 2),
        ("lean:left NOT dam", 1),
        ("lean:left NOT(dam)", 1),  # glued to its bracket, NOT is NOT (sx54)
    ],
)
def test_a_lean_inside_the_query_is_refused_where_it_stands(query: str, column: int) -> None:
    words, side, problem, at = lean_filter(query)
    assert (words, side, at) == (query, None, column)
    assert problem is not None and "outside brackets" in problem


def test_a_lean_in_a_phrase_is_a_phrase_and_a_wrong_side_is_said() -> None:
    assert lean_filter('"lean:left" dam') == ('"lean:left" dam', None, None, 0)
    assert lean_filter("lean:far")[2] == "lean: takes left, center or right (lean:right)"
    assert lean_filter("lean:left stance:right")[2] is not None


# rv38 #2 (fx68): "a OR b AND lean:x" is "a OR (b AND lean:x)": a filter of every hit is wrong
TERMS = st.sampled_from(["court", "abortion", '"harbour strike"', "(court OR dam)", "title:vote"])


@given(
    st.lists(st.tuples(st.sampled_from(["", "AND ", "OR "]), TERMS), min_size=1, max_size=4),
    st.integers(min_value=0, max_value=4),
    st.sampled_from(["", "AND "]),
)
def test_a_lean_is_refused_in_a_query_with_or_outside_brackets(
    terms: list[tuple[str, str]], at: int, join: str
) -> None:
    """The oracle: refused (at the lean's column) iff an OR stands outside brackets."""
    parts = [terms[0][1], *(f"{op}{term}" for op, term in terms[1:])]
    at = min(at, len(parts))
    lean = f"{join}lean:right" if at else f"lean:right {join}".rstrip()
    query = " ".join([*parts[:at], lean, *parts[at:]])
    words, side, problem, column = lean_filter(query)
    top_or = any(op == "OR " for op, _ in terms[1:])
    assert (problem is not None) == top_or, query
    if top_or:
        assert (problem, column) == (LEAN_PLACE, query.index("lean:") + 1)
    else:
        assert side == "right" and "lean:" not in words


@pytest.mark.parametrize(
    ("value", "side"),
    [("Right", "right"), ("centre", "center"), (" LEFT ", "left"), ("Centre", "center")],
)
def test_a_hand_typed_lean_is_read_in_any_case(tmp_path: Path, value: str, side: str) -> None:
    (tmp_path / "leans.json").write_text(json.dumps({"CNN": value}), encoding="utf-8")
    assert user_leans(tmp_path) == ({"cnn": side}, None)
    assert read_leans(tmp_path) == {"CNN": side}


def test_a_bad_value_skips_that_entry_alone_and_names_it(tmp_path: Path) -> None:
    entries = {"CNN": "far left", "Fox News": "Right", "BBC": 3, "The Hill": "centre"}
    (tmp_path / "leans.json").write_text(json.dumps(entries), encoding="utf-8")
    leans, problem = user_leans(tmp_path)
    assert leans == {"fox news": "right", "the hill": "center"}
    assert problem is not None and "\n" not in problem
    assert "'CNN'" in problem and "'far left'" in problem and "'BBC'" in problem
    assert "Fox" not in problem
