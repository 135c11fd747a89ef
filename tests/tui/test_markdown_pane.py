"""The reading pane shows a Markdown article's styles, with search matches drawn over them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich.console import Console
from rich.style import Style
from rich.text import Text

from index.ingest.readers import iter_articles
from index.models import Article
from index.search.highlight import highlighter_for_terms
from tui.widgets.reading_pane import layout_article

CONSOLE = Console(width=80, color_system=None)
MATCH = Style(bgcolor="yellow", meta={"m": 1})


def styles_at(line: Text, start: int, end: int) -> Style:
    """The combined style over ``line.plain[start:end]``."""
    style = Style()
    for span in line.spans:
        if span.start <= start and span.end >= end and isinstance(span.style, Style):
            style += span.style
    return style


def test_markdown_styles_under_the_matches(tmp_path: Path) -> None:
    (tmp_path / "dam.md").write_text(
        "# Dam holds\n\nThe **dam held** overnight, *engineers* said on Friday, after the "
        "rain.\n\n## What happens next\n\n- Roads reopen on [Monday](https://example.org)\n",
        encoding="utf-8",
    )
    (article,) = [a for a in iter_articles(tmp_path) if isinstance(a, Article)]
    layout = layout_article(
        article, 78, CONSOLE, highlighter=highlighter_for_terms(["held"]), match_style=MATCH
    )
    assert layout is not None
    lines = {line.plain: line for line in layout.lines}
    text = next(line for plain, line in lines.items() if plain.startswith("The dam held"))
    plain = text.plain
    dam = styles_at(text, plain.index("dam"), plain.index("dam") + 3)
    held = styles_at(text, plain.index("held"), plain.index("held") + 4)
    engineers = styles_at(text, plain.index("engineers"), plain.index("engineers") + 9)
    assert dam.bold and not dam.bgcolor
    assert held.bold and held.bgcolor is not None  # the match lit over the bold
    assert engineers.italic
    assert "**" not in plain and "*" not in plain
    heading = lines["What happens next"]
    assert styles_at(heading, 0, 4).bold
    item = next(line for plain, line in lines.items() if plain.startswith("• Roads"))
    monday = item.plain.index("Monday")
    assert styles_at(item, monday, monday + 6).underline  # the link, shown as its text
    assert "example.org" not in item.plain


def test_plain_articles_have_no_styles() -> None:
    article = Article(
        id="a.txt",
        path="a.txt",
        title="Plain",
        title_derived=False,
        source=None,
        byline=None,
        dateline=None,
        date=datetime(2024, 5, 1),
        body="**not bold** in a text file",
    )
    layout = layout_article(
        article, 78, CONSOLE, highlighter=highlighter_for_terms([]), match_style=MATCH
    )
    assert layout is not None
    line = next(line for line in layout.lines if "not bold" in line.plain)
    assert line.plain == "**not bold** in a text file"
    assert not styles_at(line, 2, 10).bold
