"""nu50 #11: the seeds' 000 (paragraphs on single newlines) read as one dense block in the
reading pane and spaced in compare. Oracle: the body's lines of text, in order, each apart
from the next by a blank line at least, and by as many as the body has where it has more;
over any chunking of the body (a long article is laid out a chunk at a time)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from rich.style import Style
from rich.text import Text

from index.ingest.readers import iter_articles
from index.models import Article
from index.search.highlight import highlighter_for_terms
from tui.cli import bundled_seeds
from tui.widgets.article_layout import chunks, layout_article, spaced

CONSOLE = Console(width=400, color_system=None)
MATCH = Style(bgcolor="yellow", meta={"m": 1})

_LINE = st.text(st.sampled_from("ab cd"), min_size=1, max_size=12).filter(lambda t: t.strip())


def expected(body: str) -> list[str]:
    """The body's lines with a blank one added between two lines of text (the oracle)."""
    out: list[str] = []
    for line in body.split("\n"):
        if out and out[-1] and line:
            out.append("")
        out.append(line)
    return out


@given(
    lines=st.lists(st.one_of(_LINE, st.just("")), min_size=1, max_size=12),
    size=st.integers(1, 40),
)
def test_each_line_of_text_is_a_paragraph_over_any_chunking(lines: list[str], size: int) -> None:
    body = "\n".join(lines)
    laid = Text()
    before = ""
    for chunk in chunks(body, size):
        laid.append_text(spaced(Text(chunk), before))
        before = (before + chunk)[-2:]
    assert laid.plain.split("\n") == expected(body)


def test_spacing_keeps_the_lit_words_lit() -> None:
    piece = Text("one two\nthree four\n")
    piece.stylize(MATCH, 4, 13)  # "two\nthree"
    laid = spaced(piece)
    assert laid.plain == "one two\n\nthree four\n"
    lit = "".join(laid.plain[s.start : s.end] for s in laid.spans if s.style == MATCH)
    assert lit.replace("\n", "") == "twothree"


def test_the_seeds_000_reads_in_paragraphs_as_in_compare() -> None:
    (article,) = [
        a for a in iter_articles(bundled_seeds()) if isinstance(a, Article) and "000" in a.id
    ]
    assert "\n\n" not in article.body  # paragraphs on single newlines
    layout = layout_article(
        article, 400, CONSOLE, highlighter=highlighter_for_terms([]), match_style=MATCH
    )
    assert layout is not None
    body = [line.plain for line in layout.lines][-len(expected(article.body.rstrip("\n"))) :]
    assert body == expected(article.body.rstrip("\n"))


def test_a_body_spaced_already_is_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nOne line here.\n\nTwo line here.\n\n\nThree.\n")
    (article,) = [a for a in iter_articles(tmp_path) if isinstance(a, Article)]
    layout = layout_article(
        article, 400, CONSOLE, highlighter=highlighter_for_terms([]), match_style=MATCH
    )
    assert layout is not None
    plain = [line.plain for line in layout.lines]
    start = plain.index("One line here.")
    assert plain[start:] == expected(article.body[article.body.index("One") :].rstrip("\n"))
    assert plain[start:] == article.body[article.body.index("One") :].rstrip("\n").split("\n")
