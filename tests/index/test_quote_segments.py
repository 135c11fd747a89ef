"""Segments of keyed lines (`index.analysis.quote_segments`): the live lines of a list of
segments are what a dict holds after the same writes and removals, in the same order."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis.quote_segments import article_key, group_key, id_json, read_live, write_lines

IDS = st.sampled_from(["a1", "a2", "b\tc", 'q"x', "é", ""])
# one segment: (id, None) removes the article, (id, n) writes its line n
SEGMENT = st.lists(st.tuples(IDS, st.none() | st.integers(0, 3)), max_size=8)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(SEGMENT, min_size=1, max_size=5))
def test_segments_replay_as_a_dict(
    tmp_path: Path, segments: list[list[tuple[str, int | None]]]
) -> None:
    oracle: dict[str, str] = {}
    names = []
    for n, changes in enumerate(segments):
        lines = []
        for article, value in changes:
            key = id_json(article)
            oracle.pop(key, None)
            if value is None:
                lines.append(key)  # a tombstone: the key alone
            else:
                oracle[key] = f'{key}\t{{"v":{value},"n":{n}}}'
                lines.append(oracle[key])
        name = f"articles-{n}.jsonl"
        write_lines(tmp_path / name, lines)
        names.append(name)
    assert list(read_live(tmp_path, names, article_key).items()) == list(oracle.items())


def test_a_group_line_is_keyed_by_its_id() -> None:
    assert group_key('3\t"a1"\tq0123\t{"id":"q0123"}') == "q0123"
