"""The reading pane's layout: chunked for long articles, the same lines as one piece."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.style import Style
from rich.text import Text

from index.models import Article
from index.search.highlight import highlighter_for_terms
from tui.widgets.article_layout import Layout, chunks, layout_article

CONSOLE = Console(width=120, color_system=None)
MATCH = Style(bold=True)


def article(body: str) -> Article:
    return Article(
        id="a.txt",
        path="a.txt",
        title="A long report",
        title_derived=False,
        source="Test Wire",
        byline=None,
        dateline=None,
        date=datetime(2024, 5, 1),
        body=body,
    )


def whole(body: str, width: int) -> list[str]:
    """How the body wraps as one Text (what chunking must reproduce)."""
    return [line.plain for line in Text(body).wrap(CONSOLE, width, overflow="fold")]


@given(st.text(alphabet="ab \n", max_size=400), st.integers(min_value=1, max_value=50))
@settings(max_examples=200, deadline=None)
def test_chunks_cover_the_text_in_order(text: str, size: int) -> None:
    pieces = list(chunks(text, size))
    assert "".join(pieces) == text
    assert all(pieces)


def test_a_long_article_is_laid_out_in_chunks_like_one_piece() -> None:
    paragraph = "The peacekeepers arrived at dawn, officials said, and talks began. " * 8
    body = "\n\n".join(paragraph.strip() for _ in range(400))  # about 200,000 characters
    firsts: list[Layout] = []
    layout = layout_article(
        article(body),
        60,
        CONSOLE,
        highlighter=highlighter_for_terms(["peacekeeper"]),
        match_style=MATCH,
        on_first=firsts.append,
    )
    assert layout is not None and layout.complete
    assert [line.plain for line in layout.lines[4:]] == whole(
        body, 60
    )  # after title, facts, id and file, blank line
    assert len(layout.match_lines) == 8 * 400
    assert all("peacekeepers" in layout.lines[n].plain for n in layout.match_lines)
    # the first screenful was handed over before the rest was laid out
    assert len(firsts) == 1 and not firsts[0].complete
    assert 0 < len(firsts[0].lines) < len(layout.lines)


def test_a_layout_stops_when_cancelled() -> None:
    body = "\n".join(["peacekeepers said so."] * 20_000)
    layout = layout_article(
        article(body),
        60,
        CONSOLE,
        highlighter=highlighter_for_terms(["peacekeeper"]),
        match_style=MATCH,
        cancelled=lambda: True,
    )
    assert layout is None


def test_a_line_without_breaks_is_cut_at_spaces() -> None:
    body = "word " * 10_000
    layout = layout_article(
        article(body), 70, CONSOLE, highlighter=highlighter_for_terms([]), match_style=MATCH
    )
    assert layout is not None
    assert all(len(line.plain) <= 70 for line in layout.lines)
    assert "".join(line.plain for line in layout.lines[4:]).replace(" ", "") == "word" * 10_000


def test_the_header_says_the_day_plainly_and_crops_a_long_address() -> None:
    # nu16: "01 March 2017", and a web address folded mid-word onto a second line
    url = "https://www.example.com/news/2017/03/01/" + "a-long-slug-" * 8
    shown = replace(article("Text."), url=url)
    layout = layout_article(
        shown, 60, CONSOLE, highlighter=highlighter_for_terms([]), match_style=MATCH
    )
    assert layout is not None
    head = [line.plain for line in layout.lines[:4]]
    assert head[1] == "Test Wire · 1 May 2024"
    assert head[2].startswith("a.txt · https://www.example.com/") and head[2].endswith("…")
    assert len(head[2]) == 60 and head[3] == ""
