"""The line rules tried one by one (a short run) and compiled into one pattern (a long one)
name the same rule for every line: the oracle is each way on the same lines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text import clean


def _lines() -> list[str]:
    know = clean.knowledge()
    found = [text for rule in know.rules for text in (*rule.examples, *rule.keep)]
    return [line.strip() for text in found for line in text.splitlines() if line.strip()]


EXAMPLES = _lines()


@pytest.fixture
def fresh() -> Iterator[None]:
    know = clean.knowledge()
    saved = dict(know.buckets)
    yield
    know.buckets.clear()
    know.buckets.update(saved)


def _rules(lines: list[str], after: int) -> list[str | None]:
    know = clean.knowledge()
    know.buckets.clear()
    saved, clean.COMPILE_AFTER = clean.COMPILE_AFTER, after
    try:
        return [clean.line_rule(line) for line in lines]
    finally:
        clean.COMPILE_AFTER = saved


def test_the_examples_name_the_same_rule_each_way(fresh: None) -> None:
    assert EXAMPLES
    one_by_one = _rules(EXAMPLES, len(EXAMPLES) + 1)
    assert one_by_one == _rules(EXAMPLES, 0)
    assert any(one_by_one)  # the rules' examples do match


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(EXAMPLES),
            st.builds(lambda a, b: a + b, st.sampled_from(EXAMPLES), st.text(max_size=12)),
            st.text(min_size=1, max_size=80),
        ),
        min_size=1,
        max_size=30,
    ),
    st.integers(0, 20),
)
def test_any_lines_name_the_same_rule_however_many_came_before(
    lines: list[str], after: int
) -> None:
    know = clean.knowledge()
    saved = dict(know.buckets)
    try:
        assert _rules(lines, after) == _rules(lines, 0)
    finally:
        know.buckets.clear()
        know.buckets.update(saved)
