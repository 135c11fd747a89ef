"""The store of articles read (`tui.read_marks`): any marks, unmarks and reloads equal a
plain model (an ordered list, oldest read first, cut to the limit)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.read_marks import ReadMarks, load_read, read_path, save_read
from tui.reader_state import StateDamaged

IDS = st.sampled_from([f"a{n}" for n in range(8)] + ["é/ü", "x y"])
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("mark"), IDS),
        st.tuples(st.just("unmark"), IDS),
        st.tuples(st.just("reload"), st.just("")),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(steps=STEPS, limit=st.integers(1, 12))
def test_any_steps_equal_the_model(tmp_path_factory: pytest.TempPathFactory, steps, limit) -> None:  # type: ignore[no-untyped-def]
    path = read_path(tmp_path_factory.mktemp("read"))
    marks = load_read(path, limit)
    model: list[str] = []
    for step, article_id in steps:
        if step == "mark":
            assert marks.mark(article_id) == (article_id not in model)
            model = [i for i in model if i != article_id] + [article_id]
            model = model[-limit:]
        elif step == "unmark":
            assert marks.unmark(article_id) == (article_id in model)
            model = [i for i in model if i != article_id]
        else:
            save_read(path, list(marks))
            marks = load_read(path, limit)
        assert list(marks) == model
        assert len(marks) == len(model)
        assert all((i in marks) == (i in model) for i in [f"a{n}" for n in range(8)])
    assert marks.unread([f"a{n}" for n in range(8)]) == 8 - sum(i.startswith("a") for i in model)


def test_no_file_is_nothing_read(tmp_path: Path) -> None:
    assert list(load_read(read_path(tmp_path))) == []


@pytest.mark.parametrize(
    "text",
    ["{", "[]", '{"version": 2, "read": []}', '{"version": 1, "read": [1]}', '{"version": 1}'],
)
def test_a_bad_file_is_said_in_one_line(tmp_path: Path, text: str) -> None:
    path = read_path(tmp_path)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StateDamaged) as raised:
        load_read(path)
    assert "\n" not in str(raised.value)


def test_the_file_is_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = read_path(tmp_path)
    save_read(path, ["a1"])

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("tui.reader_state.os.replace", broken)
    with pytest.raises(OSError):
        save_read(path, ["a1", "a2"])
    assert list(load_read(path)) == ["a1"]  # the old file whole, no temporary left beside it
    assert [p.name for p in tmp_path.iterdir()] == ["read.json"]


def test_marks_are_bounded_oldest_forgotten() -> None:
    marks = ReadMarks(["a", "b", "c"], limit=2)
    assert list(marks) == ["b", "c"]
    marks.mark("b")  # read again: the latest
    marks.mark("d")
    assert list(marks) == ["b", "d"]


@given(ids=st.lists(IDS, max_size=30), limit=st.integers(1, 12))
def test_made_from_ids_as_marked_one_by_one(ids: list[str], limit: int) -> None:
    one_by_one = ReadMarks(limit=limit)
    for article_id in ids:
        one_by_one.mark(article_id)
    assert list(ReadMarks(ids, limit)) == list(one_by_one)
