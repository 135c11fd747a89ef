"""Every export format parsed back by a real reader, with hostile titles, notes and quotes."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from index.ingest.sanitize import sanitize
from index.notebook import ArticleRecord, ArticleText, Entry, Notebook, anchor_quote
from index.notebook.exports import CSV_COLUMNS, ExportFormat, export
from index.notebook.models import AnchorState, Highlight
from index.wording import quoted
from tests.notebook.conftest import record
from tests.passage_marks import marked_once

BODY = (
    "Dock workers ended a three-week strike on Tuesday after the port authority brokered "
    "a pay deal | worth *2%* more.\n\n"
    "# The union said the deal was fair.\n- Peacekeeping at the docks had been tense.\n"
    "1. <b>Bold</b> [link](javascript:alert(1)) &amp; `code`"
)
HOSTILE_TITLE = 'Ports | "strike" =cmd()\nER  - \n# second line'
HOSTILE_NOTE = (
    '=HYPERLINK("http://evil.example","click")\n# not a heading\n- not a list\n'
    "1. not numbered\n<script>alert(1)</script>\n[link](javascript:alert(1))\n"
    "    not code\n===\n| a | b |\n|---|---|\n| c | d |\n"
)
WHEN = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def entries(notebook: Notebook) -> list[Entry]:
    hostile = record(
        "hostile/1.txt",
        title=HOSTILE_TITLE,
        source="+Reuters",
        url="https://example.org/a?x=1&y=2_(b)",
        byline="-Jane Doe",
    )
    notebook.pin(hostile, tags=["ports", "@cmd"], note=HOSTILE_NOTE)
    notebook.highlight(
        hostile, anchor_quote(BODY, "a pay deal | worth *2%* more."), note="+1 agreed\n=2+3"
    )
    notebook.highlight(
        hostile, anchor_quote(BODY, "# The union said"), tags=["quotes"], note="- dash"
    )
    notebook.highlight(hostile, anchor_quote(BODY, "1. <b>Bold</b> [link](javascript:alert(1))"))
    plain = record("plain", title="Council approves the budget", url=None, byline=None)
    notebook.tag(plain, ["budget"])
    gone = record("gone", title="", source=None, date=None, url="javascript:alert(1)", byline=None)
    notebook.highlight(gone, anchor_quote(BODY, "three-week strike"))
    current = {r.id: ArticleText(r, BODY) for r in (hostile, plain)}
    notebook.refresh(current.get)  # "gone" is no longer in the index
    chosen = notebook.selection(
        [hostile, plain, ArticleRecord("unnoted", "Not in the notebook", "AP"), gone]
    )
    assert [e.orphaned for e in chosen] == [False, False, False, True]
    return chosen


# text as hostile as can be: markdown, formula and RIS characters, line breaks, any unicode
HOSTILE = st.one_of(
    st.text(),
    st.text(alphabet=list("#*_`[]()<>!&|~=-+.:;1 \n\t\r\\aé/@'\"ERTY"), max_size=60),
    st.lists(
        st.sampled_from(["# ", "1. ", "- ", "> ", "<b>", "</b>", "[x](y)", "&amp;", "===", "```"])
        | st.sampled_from(["    ", "\n", "\n\n", "|", "---", "=cmd()", "@A1", "ER  - ", "<a", "x"]),
        max_size=12,
    ).map("".join),
)

# CSV


def _csv(entries: list[Entry]) -> list[dict[str, str]]:
    text = export(entries, "csv")
    assert "\r\n" in text
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    return list(reader)


def _unformula(value: str) -> str:
    return value[1:] if value.startswith("'") else value


def test_csv_has_a_row_per_highlight_and_no_formulas(entries: list[Entry]) -> None:
    rows = _csv(entries)
    assert [r["article"] for r in rows] == ["hostile/1.txt"] * 3 + ["plain", "unnoted", "gone"]
    for row in rows:
        for value in row.values():
            assert not value.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))
    first = rows[0]
    assert first["title"] == HOSTILE_TITLE  # kept whole, newlines and bars too
    assert first["source"] == "'+Reuters" and first["byline"] == "'-Jane Doe"
    assert _unformula(first["note"]) == HOSTILE_NOTE.strip()
    assert first["tags"] == "'@cmd; ports" and first["pinned"] == "yes"
    highlights = {_unformula(r["highlight"]): r for r in rows[:3]}
    assert set(highlights) == {
        "a pay deal | worth *2%* more.",
        "# The union said",
        "1. <b>Bold</b> [link](javascript:alert(1))",
    }
    deal = highlights["a pay deal | worth *2%* more."]
    assert deal["highlight_note"] == "'+1 agreed\n=2+3"
    assert int(deal["highlight_end"]) - int(deal["highlight_start"]) == 29
    assert deal["highlight_state"] == "anchored"
    assert rows[3]["tags"] == "budget" and rows[3]["highlight"] == ""
    assert rows[4]["title"] == "Not in the notebook" and rows[4]["pinned"] == ""
    # nu32 #8: a gone article's highlight is gone, not as last found ("anchored", or "fuzzy")
    assert rows[5]["orphaned"] == "yes" and rows[5]["highlight_state"] == "gone"


@settings(max_examples=200, deadline=None)
@given(HOSTILE, HOSTILE, HOSTILE)
def test_csv_round_trips_any_text(title: str, note: str, exact: str) -> None:
    highlight = Highlight(1, "x", exact, "", "", 0, 1, note, (), AnchorState.ANCHORED, "", "")
    entry = Entry(ArticleRecord("x", title), note=note, highlights=(highlight,))
    (row,) = _csv([entry])
    for column, given_text in (("title", title), ("note", note), ("highlight", exact)):
        value = row[column]
        expected = sanitize(given_text)
        assert value in (expected, "'" + expected)
        assert not value.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))


# JSON


def test_json_is_the_notes_shape(entries: list[Entry]) -> None:
    data = json.loads(export(entries, ExportFormat.JSON))
    assert data == [e.to_json() for e in entries]
    assert data[0]["title"] == HOSTILE_TITLE and data[0]["note"] == HOSTILE_NOTE.strip()
    assert data[0]["highlights"][0]["exact"] == "a pay deal | worth *2%* more."


# RIS


def test_ris_reads_back_one_record_per_article(entries: list[Entry]) -> None:
    text = export(entries, "ris")
    records = rispy.loads(text)
    assert len(records) == len(entries)
    hostile, plain, unnoted, gone = records
    assert hostile["type_of_reference"] == "NEWS"
    assert hostile["id"] == "hostile/1.txt"
    assert hostile["title"] == 'Ports | "strike" =cmd() ER - # second line'
    assert hostile["secondary_title"] == "+Reuters"
    assert hostile["authors"] == ["-Jane Doe"]
    assert (hostile["year"], hostile["date"]) == ("2014", "2014/03/20/")
    assert hostile["urls"] == ["https://example.org/a?x=1&y=2_(b)"]
    assert hostile["keywords"] == ["@cmd", "ports"]
    assert len(hostile["notes"]) == 4  # the note, then one per highlight
    assert hostile["notes"][1] == "“a pay deal | worth *2%* more.” — +1 agreed =2+3"
    assert plain["keywords"] == ["budget"] and "urls" not in plain
    assert unnoted["title"] == "Not in the notebook" and "notes" not in unnoted
    assert gone["title"] == "gone" and "year" not in gone
    assert all(line[:2].isupper() and line[2:6] == "  - " for line in text.splitlines() if line)


# CSL-JSON


def test_csl_json_has_the_fields_citation_managers_need(entries: list[Entry]) -> None:
    items = json.loads(export(entries, "csljson"))
    hostile, plain, unnoted, gone = items
    for item in items:
        assert {"id", "type", "title"} <= set(item)
        assert item["type"] == "article-newspaper"
    assert hostile["title"] == 'Ports | "strike" =cmd() ER - # second line'
    assert hostile["container-title"] == "+Reuters"
    assert hostile["issued"] == {"date-parts": [[2014, 3, 20]]}
    assert hostile["URL"] == "https://example.org/a?x=1&y=2_(b)"
    assert hostile["author"] == [{"literal": "-Jane Doe"}]
    assert hostile["keyword"] == "@cmd, ports"
    assert "“a pay deal | worth *2%* more.” — +1 agreed =2+3" in hostile["note"]
    assert "author" not in plain and "URL" not in plain
    assert unnoted["container-title"] == "AP" and "note" not in unnoted
    assert "issued" not in gone and "container-title" not in gone


def test_a_csl_processor_reads_and_formats_the_export(entries: list[Entry]) -> None:
    items = json.loads(export(entries, "csljson"))
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, citeproc_formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = "\n".join(str(line) for line in bibliography.bibliography())
    assert "Council approves the budget" in rendered
    assert "-Jane Doe (2014)" in rendered and "+Reuters, 20 March" in rendered
    assert "Available at: https://example.org/a?x=1&y=2_(b)" in rendered


def test_dates_of_every_precision_become_date_parts() -> None:
    dated = [
        Entry(ArticleRecord(str(n), "t", date=date))
        for n, date in enumerate(["2014", "2014-03", "2014-03-20T10:00:00", "unknown"])
    ]
    items = json.loads(export(dated, "csljson"))
    assert [i.get("issued") for i in items] == [
        {"date-parts": [[2014]]},
        {"date-parts": [[2014, 3]]},
        {"date-parts": [[2014, 3, 20]]},
        None,
    ]
    assert [r.get("date") for r in rispy.loads(export(dated, "ris"))] == [
        "2014/",
        "2014/03/",
        "2014/03/20/",
        None,
    ]


# Markdown


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline_text(token: Token) -> str:
    parts = []
    for child in token.children or []:
        assert child.type in {"text", "softbreak", "link_open", "link_close"}, child.type
        parts.append("\n" if child.type == "softbreak" else child.content)
    return "".join(parts)


def _outline(memo: str) -> dict[str, Any]:
    """What a renderer makes of the memo: headings, quotes, links, and what must not be."""
    tokens = _parser().parse(memo)
    kinds = {t.type for t in tokens}
    assert not kinds & {"html_block", "table_open", "code_block", "fence", "bullet_list_open"}
    assert not kinds & {"ordered_list_open", "lheading"}
    outline: dict[str, Any] = {"h1": [], "h2": [], "quotes": [], "links": [], "hr": 0}
    depth = 0
    quote: list[str] = []
    for i, token in enumerate(tokens):
        if token.type == "hr":
            outline["hr"] += 1
        if token.type == "heading_open":
            outline[token.tag].append(_inline_text(tokens[i + 1]))
        if token.type == "blockquote_open":
            depth, quote = depth + 1, []
        if token.type == "blockquote_close":
            depth -= 1
            outline["quotes"].append("\n\n".join(quote))
        if token.type == "inline":
            for child in token.children or []:
                assert child.type not in {"html_inline", "image", "code_inline", "s_open"}
                if child.type == "link_open":
                    outline["links"].append(child.attrs["href"])
                if child.type in {"em_open", "strong_open"}:
                    raise AssertionError("emphasis made from text")
            if depth:
                quote.append(_inline_text(token))
    return outline


def test_the_memo_lists_each_article_with_its_quotes_and_notes(entries: list[Entry]) -> None:
    memo = export(entries, "markdown", title="Harbour | strike", exported=WHEN)
    outline = _outline(memo)
    assert outline["h1"] == ["Harbour | strike"]
    assert outline["h2"] == [
        'Ports | "strike" =cmd() ER - # second line',
        "Council approves the budget",
        "Not in the notebook",
        "gone",
    ]
    assert outline["hr"] == 4
    assert outline["links"] == ["https://example.org/a?x=1&y=2_(b)"]  # javascript: is text
    assert outline["quotes"] == [
        "a pay deal | worth *2%* more.",
        "# The union said\n\n— tags: quotes",
        "1. <b>Bold</b> [link](javascript:alert(1))",
        "three-week strike",
    ]
    assert "4 articles, exported 2026-11-30 09:00 UTC" in memo
    assert "javascript:alert(1)" in memo and "No longer in the index" in memo


def test_hostile_notes_show_as_typed(entries: list[Entry]) -> None:
    memo = export(entries, "markdown", exported=WHEN)
    tokens = _parser().parse(memo)
    paragraphs = [
        _inline_text(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "paragraph_open"
    ]
    expected = "\n".join(line.strip() for line in HOSTILE_NOTE.strip().splitlines())
    assert f"Article note: {expected}" in paragraphs  # labelled too (nu53 #10, fx131)
    # a highlight's note labelled, apart from the quote (nu22)
    assert "Note: +1 agreed\n=2+3" in paragraphs and "Note: - dash" in paragraphs


def _one_line(text: str) -> str:
    return " ".join(sanitize(text).split())


def _paragraphs(text: str) -> str:
    lines = [line.strip() for line in sanitize(text).splitlines()]
    blocks, block = [], []
    for line in [*lines, ""]:
        if line:
            block.append(line)
        elif block:
            blocks.append("\n".join(block))
            block = []
    return "\n\n".join(blocks)


@settings(max_examples=300, deadline=None)
@given(HOSTILE, HOSTILE, HOSTILE, HOSTILE)
def test_any_text_in_the_memo_renders_literally(
    title: str, note: str, exact: str, url: str
) -> None:
    highlight = Highlight(1, "x", exact, "", "", 0, 1, note, (), AnchorState.ANCHORED, "", "")
    entry = Entry(ArticleRecord("id-1", title, url=url), note=note, highlights=(highlight,))
    outline = _outline(export([entry], "markdown", title=title, exported=WHEN))
    assert outline["h1"] == [_one_line(title) or "Notebook"]
    assert outline["h2"] == [_one_line(title) or "id-1"]
    assert outline["hr"] == 1
    assert outline["quotes"] == ([_paragraphs(exact)] if _paragraphs(exact) else [])
    assert all(link.startswith(("http://", "https://")) for link in outline["links"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(HOSTILE, HOSTILE, HOSTILE), min_size=1, max_size=3))
@example([("", "", '"'), ("", "", 'a "b" c'), ("", "", '"a"')])  # CI129: '"' showed as “‘”
def test_any_text_in_ris_stays_inside_its_record(fields: list[tuple[str, str, str]]) -> None:
    entries = []
    for n, (title, note, exact) in enumerate(fields):
        highlight = Highlight(
            n, str(n), exact, "", "", 0, 1, None, (), AnchorState.ANCHORED, "", ""
        )
        entries.append(Entry(ArticleRecord(f"id{n}", title), note=note, highlights=(highlight,)))
    records = rispy.loads(export(entries, "ris"))
    assert [r["id"] for r in records] == [f"id{n}" for n in range(len(fields))]
    for record_read, (title, note, exact) in zip(records, fields, strict=True):
        assert record_read["title"] == (_one_line(title) or record_read["id"])
        notes = record_read.get("notes", [])
        assert notes[: bool(_one_line(note))] == ([_one_line(note)] if _one_line(note) else [])
        assert len(notes) == bool(_one_line(note)) + 1
        assert notes[-1] == quoted(_one_line(exact))  # shown as everywhere (fx170)
        assert marked_once(notes[-1], _one_line(exact))


def test_an_id_is_written_as_typed() -> None:
    # nu16: "068\.txt", a numbered item's escape where no list can start
    memo = export([Entry(ArticleRecord("068.txt", ""))], "markdown", title="N", exported=WHEN)
    assert "## 068.txt\n" in memo and "Article id: 068.txt." in memo


@settings(max_examples=200, deadline=None)
@given(HOSTILE)
def test_any_id_renders_literally(aid: str) -> None:
    assume(_one_line(aid))
    outline = _outline(export([Entry(ArticleRecord(aid, ""))], "markdown", exported=WHEN))
    assert outline["h2"] == [_one_line(aid)]
