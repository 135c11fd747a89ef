"""Multicompare tabs of one outlet's articles (nu80 #1, nu79 #1): seven Reuters wires read
"2 Reuters · 17 Mar…" and "4 Reuters · 17 Mar…", the outlet telling nothing and taking the
room of the time that told them apart. With one outlet the tabs leave it out (the base's line
says it) and give its room to what tells them apart.

Oracle for generated wires (one outlet, random days and times in a year): the labels hold no
outlet, stay pairwise different as `told_apart`'s are, and each says its article's day and
time as the article's date gives them, wherever `told_apart` had to."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.compare_tabs import tab_text
from tui.outlet_labels import Named, told_apart, without_outlet

START = datetime(1987, 3, 10, 0, 1)


def wires(minutes: list[int]) -> list[Named]:
    return [
        Named(f"reut-{n}", "Reuters", START + timedelta(minutes=m), f"OPEC WIRE {n}")
        for n, m in enumerate(minutes)
    ]


def test_the_nu79_tabs_at_120_columns() -> None:
    named = wires([0, 7 * 1440 + 9, 3 * 1440 + 500, 7 * 1440 + 600])
    labels = without_outlet(told_apart(named), ["Reuters"] * 4)
    assert labels is not None
    tabs = [tab_text(k + 1, label, "OPEC", None, 26) for k, label in enumerate(labels)]
    assert tabs[1] == "2 17 Mar 00:10 · OPEC" and tabs[3] == "4 17 Mar 10:01 · OPEC", tabs
    assert not any("Reuters" in tab for tab in tabs)


def test_several_outlets_keep_their_names() -> None:
    assert without_outlet(["Reuters", "AP"], ["Reuters", "AP"]) is None
    assert without_outlet(["Reuters"], ["Reuters"]) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 300 * 1440), min_size=2, max_size=8, unique=True))
def test_one_outlets_labels_tell_apart_without_it(minutes: list[int]) -> None:
    named = wires(minutes)
    told = told_apart(named)
    labels = without_outlet(told, ["Reuters"] * len(named))
    assert labels is not None
    assert len(set(labels)) == len(labels) == len(set(told))
    for article, label, was in zip(named, labels, told, strict=True):
        assert "Reuters" not in label
        assert article.date is not None
        if f"{article.date:%H:%M}" in was:
            assert f"{article.date:%H:%M}" in label
        if f"{article.date.day} {article.date:%b}" in was:
            assert label.startswith(f"{article.date.day} {article.date:%b}")
