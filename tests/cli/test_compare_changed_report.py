"""Two versions of one text in every report: "~" and the changed words, never "=" and
"100% same words" (nu36 #1)."""

from __future__ import annotations

import json

from rich.console import Console
from rich.style import Style

from index.analysis.compare import compare
from index.search.highlight import highlighter_for_terms
from tests.analysis.test_compare_changed_words import ORIGINAL, VERSION
from tui.cli.compare_report import (
    CHANGED_STYLE,
    Header,
    _cell,
    to_json,
    to_markdown,
    to_rich,
)
from tui.widgets.compare_layout import SideStyles, layout_side

HA = Header(title="Board meets", source="Gazette", date="2021-05-04", id="orig.md")
HB = Header(title="Board meets", source="Gazette", date="2021-05-04", id="v2.md")


def test_json_gives_the_kind_and_the_changed_words() -> None:
    data = json.loads(json.dumps(to_json(compare(ORIGINAL, VERSION), HA, HB)))
    a, b = data["sentences"]["a"], data["sentences"]["b"]
    assert [s["kind"] for s in a] == ["similar", "shared", "similar"]
    assert [[w["text"] for w in s["changed"]] for s in a] == [["Sunday", "week"], [], ["utmost"]]
    assert [[w["text"] for w in s["changed"]] for s in b] == [
        ["Saturday", "month"],
        [],
        ["very best"],
    ]
    for side, body in ((a, ORIGINAL), (b, VERSION)):
        for s in side:
            assert all(body[w["start"] : w["end"]] == w["text"] for w in s["changed"])
    assert data["summary"]["a_same_in_b"] < 1.0 and data["summary"]["a_in_b"] == 1.0
    stranger = to_json(compare(ORIGINAL, "Snow fell on the pass."), HA, HB)
    assert {s["changed"] is None for s in stranger["sentences"]["a"]} == {True}


def test_the_table_marks_similar_and_lists_the_changed_words() -> None:
    console = Console(record=True, width=200, color_system="truecolor")
    console.print(to_rich(compare(ORIGINAL, VERSION), HA, HB))
    output = console.export_text()
    row = next(line for line in output.splitlines() if "harbour board met" in line)
    assert "~" in row and "=" not in row
    assert "100% same words" not in output
    assert "A “Sunday”, “week” → B “Saturday”, “month”" in output
    assert "A “utmost” → B “very best”" in output
    cell = _cell(compare(ORIGINAL, VERSION).a[0])
    assert [cell.plain[s.start : s.end] for s in cell.spans if s.style == CHANGED_STYLE] == [
        "Sunday",
        "week",
    ]


def test_markdown_lists_the_changed_words() -> None:
    md = to_markdown(compare(ORIGINAL, VERSION), HA, HB)
    section = md.split("## Changed words", 1)[1].split("##", 1)[0]
    assert "- “Sunday”, “week” → “Saturday”, “month”: “The harbour board" in section
    assert "- “utmost” → “very best”: " in section
    same = to_markdown(compare(ORIGINAL, ORIGINAL), HA, HB)
    assert same.split("## Changed words", 1)[1].split("##", 1)[0].strip() == "None."


def test_the_reader_lights_the_changed_words() -> None:
    changed = Style(bold=True)
    styles = SideStyles(*(Style() for _ in range(6)), changed)
    c = compare(ORIGINAL, VERSION)
    for body, aligns, words in (
        (ORIGINAL, c.a, ["Sunday", "week", "utmost"]),
        (VERSION, c.b, ["Saturday", "month", "very best"]),
    ):
        layout = layout_side(
            body, aligns, [], highlighter_for_terms([]), 400, Console(width=400), styles
        )
        lit = [
            line.plain[s.start : s.end]
            for line in layout.lines
            for s in line.spans
            if isinstance(s.style, Style) and s.style.meta.get("c") and s.style.bold
        ]
        assert lit == words


def test_a_quote_in_both_worded_otherwise_shows_b_s_words() -> None:
    c = compare(ORIGINAL, VERSION)
    console = Console(record=True, width=200, color_system=None)
    console.print(to_rich(c, HA, HB))
    output = console.export_text()
    assert "B words it “We will do our very best to keep the port open”" in output
    md = to_markdown(c, HA, HB)
    assert "  - B words it: “We will do our very best to keep the port open”" in md
    same = to_rich(compare(ORIGINAL, ORIGINAL), HA, HB)
    console.print(same)
    assert console.export_text().count("B words it") == 0


def test_json_tells_the_words_the_other_leaves_out() -> None:
    """rv35 #9: B drops "at last"; A's changed words say it is left out, and A is found in
    B only in its same words."""
    a = "The harbour board met on Sunday and agreed to widen the northern channel at last."
    data = to_json(compare(a, a.replace(" at last", "")), HA, HB)
    assert data["sentences"]["a"][0]["changed"] == [
        {"start": a.index("at last"), "end": len(a) - 1, "text": "at last", "left_out": True}
    ]
    assert data["sentences"]["b"][0]["changed"] == []
    assert data["summary"]["a_in_b"] == data["summary"]["a_same_in_b"] < 1.0
    changed = to_json(compare(ORIGINAL, VERSION), HA, HB)["sentences"]["a"][0]["changed"]
    assert {w["left_out"] for w in changed} == {False}
