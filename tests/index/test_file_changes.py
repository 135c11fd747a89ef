"""`file_changes` (new, changed and deleted files by path) by set operations, against the
count a path at a time it replaced: ``seen`` and ``known`` as sets, dicts or lists of
unique paths, ``changed`` as a test of a path or the set of the paths that changed (which
may name paths outside both: they count for nothing)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from index.store.status import file_changes

PATHS = st.sets(st.sampled_from([f"f{n}.json" for n in range(12)] + ["a/b.md", "a/c.md"]))
SHAPES = st.sampled_from([set, frozenset, list, lambda paths: {rel: [1, 2] for rel in paths}])


def _one_at_a_time(seen: set[str], known: set[str], changed: set[str]) -> tuple[int, int, int]:
    new = sum(1 for rel in seen if rel not in known)
    altered = sum(1 for rel in seen if rel in known and rel in changed)
    deleted = sum(1 for rel in known if rel not in seen)
    return new, altered, deleted


@given(PATHS, PATHS, PATHS, SHAPES, SHAPES)
def test_the_counts_are_those_a_path_at_a_time(
    seen: set[str], known: set[str], changed: set[str], seen_as: Any, known_as: Any
) -> None:
    expected = _one_at_a_time(seen, known, changed)
    as_given = seen_as(sorted(seen)), known_as(sorted(known))
    assert file_changes(*as_given, changed) == expected
    assert file_changes(*as_given, lambda rel: rel in changed) == expected
