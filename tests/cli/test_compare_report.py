"""The comparison report renderers: JSON, Markdown and the side-by-side Rich table."""

from __future__ import annotations

import json
from datetime import datetime
from types import SimpleNamespace

from rich.console import Console

from index.analysis.compare import Alignment, compare
from index.models import Article
from tui.cli.compare_report import Header, _rows, header_of, to_json, to_markdown, to_rich

A = (
    "The council approved the budget on Monday after a long and bitter debate.\n\n"
    '"We will fund two new schools this year," Mayor Jane Holt said.\n\n'
    "Only this article mentions the Harbour Trust and 200,000 euros [bold]not bold[/bold]."
)
B = (
    "The council approved the budget on Monday after a long and bitter debate.\n\n"
    "Mayor Jane Holt said: “We will fund two new schools this year.”\n\n"
    "Critics in the Green Party called the plan reckless [link=http://x]click[/link]."
)
HA = Header(title="Budget [red]passes[/red]", source="Gazette", date="2021-05-04", id="a.txt")
HB = Header(title="Council vote", source=None, date=None, id="b.txt")


def test_header_of_article() -> None:
    article = Article(
        id="notes/budget.md",
        path="/tmp/notes/budget.md",
        title="Council approves the budget",
        title_derived=False,
        source="Valley Gazette",
        byline=None,
        dateline=None,
        date=datetime(2021, 5, 4),
        body="The council approved the budget.",
    )
    header = header_of(article)
    assert header == Header(
        "Council approves the budget", "Valley Gazette", "2021-05-04", "notes/budget.md"
    )
    no_date = header_of(Article("x", "/x", "T", True, None, None, None, None, "b"))
    assert no_date.date is None and no_date.source is None


def test_json_is_serialisable_and_complete() -> None:
    c = compare(A, B)
    data = to_json(c, HA, HB)
    text = json.dumps(data)
    back = json.loads(text)
    assert back["a"]["id"] == "a.txt" and back["b"]["title"] == "Council vote"
    assert {"similarity", "a_in_b", "b_in_a", "only_a", "only_b"} <= back["summary"].keys()
    first = back["sentences"]["a"][0]
    assert first["kind"] == "shared" and first["counterpart"] == 0
    assert A[first["start"] : first["end"]] == first["text"]
    assert back["passages"] and A[back["passages"][0]["a_start"] : back["passages"][0]["a_end"]]
    assert back["quotes"]["in_both"] == [{"a": 0, "b": 0}]
    assert back["quotes"]["a"][0]["speaker"] == "Jane Holt"
    assert "Harbour Trust" in back["summary"]["only_a"]


def test_markdown_has_the_sections() -> None:
    md = to_markdown(compare(A, B), HA, HB)
    for heading in (
        "# Comparison",
        "## Summary",
        "## Only in A",
        "## Only in B",
        "## Shared passages",
        "## Quotes in both",
    ):
        assert heading in md
    assert "Overall similarity:" in md
    assert "We will fund two new schools this year" in md
    assert "Green Party" in md
    assert "\\[bold\\]" in md  # article brackets are escaped, not live Markdown links


def test_markdown_with_nothing_in_common() -> None:
    md = to_markdown(compare("Snow fell in the Alps today.", "Rain hit Lisbon hard."), HA, HB)
    assert "None." in md


def render(renderable: object, width: int = 160) -> str:
    console = Console(record=True, width=width, color_system="truecolor")
    console.print(renderable)
    return console.export_text()


def test_rich_table_pairs_sentences_and_shows_markup_literally() -> None:
    output = render(to_rich(compare(A, B), HA, HB), width=300)
    assert "[bold]not bold[/bold]" in output
    assert "[link=http://x]click[/link]" in output
    assert "Budget [red]passes[/red]" in output
    assert "Summary" in output and "Only in A" in output
    row = next(line for line in output.splitlines() if "council approved the budget" in line)
    assert row.count("council approved the budget") == 2  # both sides on one row
    assert "=" in row


def test_rich_unique_b_sentences_get_their_own_rows() -> None:
    output = render(to_rich(compare(A, B), HA, HB), width=220)
    row = next(line for line in output.splitlines() if "Green Party" in line)
    assert "Harbour Trust" not in row


def test_rich_handles_empty_comparison() -> None:
    output = render(to_rich(compare("", ""), HA, HB))
    assert "Summary" in output


def test_rich_rows_show_each_sentence_once_in_its_order() -> None:
    # nu17 #8: a B sentence matched by two A sentences was printed beside both
    def line(index: int, kind: str, counterpart: int | None) -> Alignment:
        return Alignment(index, 0, 0, f"s{index}", kind, counterpart, 0.9)

    a = [
        line(0, "shared", 1),
        line(1, "similar", 1),
        line(2, "similar", 0),
        line(3, "unique", None),
    ]
    b = [line(0, "similar", 2), line(1, "shared", 0), line(2, "unique", None)]
    rows = _rows(SimpleNamespace(a=a, b=b))  # type: ignore[arg-type]
    assert sorted(i for i, _ in rows if i is not None) == [0, 1, 2, 3]
    shown_b = [j for _, j in rows if j is not None]
    assert shown_b == [0, 1, 2]


def test_the_summary_wraps_on_a_soft_wrap_console() -> None:
    # nu17 #7: the CLI's console soft-wraps, which cut "Only in A:" at the panel's edge
    console = Console(record=True, width=60, soft_wrap=True, color_system=None)
    comparison = compare(A, B)
    console.print(to_rich(comparison, HA, HB))
    summary = console.export_text().split("Summary", 1)[1]
    words = " ".join(line.strip("│ ") for line in summary.splitlines()).split()
    assert " ".join(comparison.only_said(0).split()) in " ".join(words)
