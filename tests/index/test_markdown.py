"""Markdown articles: plain text for the index, and styles that survive cleaning and the index."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.models import Article
from index.search.engine import open_index
from index.store.build import rebuild
from index.text.markdown import render_markdown

STORY = """---
source: Valley Gazette
date: 2021-05-04
---
# Dam holds after storm

By Jane Doe

The **dam** held *overnight*, engineers said on Friday after a night of heavy rain. See
[the full report](https://example.org/report) for `details`.

## What happens next

- Inspections start on **Monday**
- The road stays closed

> "We were lucky," the mayor said.

Share Tweet Email
"""


def styled(article: Article) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for span in article.styles:
        found.setdefault(span.style, []).append(article.body[span.start : span.end])
    return found


def read(tmp_path: Path, text: str, name: str = "story.md") -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    (article,) = [a for a in iter_articles(tmp_path / name) if isinstance(a, Article)]
    return article


def test_markdown_is_plain_text_with_styles(tmp_path: Path) -> None:
    article = read(tmp_path, STORY)
    assert article.title == "Dam holds after storm" and not article.title_derived
    assert "**" not in article.body and "[" not in article.body and "#" not in article.body
    assert "Dam holds after storm" not in article.body  # the heading is the title, once
    assert article.body.startswith("The dam held overnight, engineers said")
    assert "See the full report for details." in article.body  # a link shows its text
    assert "• Inspections start on Monday\n• The road stays closed" in article.body
    assert styled(article) == {
        "bold": ["dam", "Monday"],
        "italic": ["overnight"],
        "link": ["the full report"],
        "code": ["details"],
        "heading2": ["What happens next"],
        "quote": ['"We were lucky," the mayor said.'],
    }
    assert "Share Tweet Email" in article.removed


def test_provenance_names_the_files_lines(tmp_path: Path) -> None:
    article = read(tmp_path, STORY)
    lines = STORY.split("\n")
    assert article.provenance["source"] == "front matter"
    for field in ("title", "byline"):
        number, quoted = re.match(r"line (\d+): “(.*)”", article.provenance[field]).groups()
        assert quoted in lines[int(number) - 1]  # the file's line, "# " and all


def test_styles_survive_the_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.md").write_text(STORY, encoding="utf-8")
    rebuild(corpus, tmp_path / "ix")
    stored = open_index(tmp_path / "ix").article("story.md")
    fresh = read(tmp_path, STORY)
    assert stored.styles == fresh.styles and stored.provenance == fresh.provenance
    assert styled(stored)["bold"] == ["dam", "Monday"]


_MARKDOWN = st.lists(
    st.sampled_from(
        [
            "# Heading",
            "Some **bold** and *italic* text with a [link](http://x.org).",
            "- item one",
            "1. first",
            "> quoted **words**",
            "`code` and ``more``",
            "plain words  with   spaces",
            "",
            "***",
            "<b>html</b>",
            "text with \\*escaped\\* stars",
            "![image](x.png)",
        ]
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(_MARKDOWN, st.text(max_size=40))
@example(["> quoted **words**", "![image](x.png)", "![image](x.png)"], "")  # found by hypothesis
@example(["***"], "\x1f0*")  # found by hypothesis: a control character made a space opened "*…*"
def test_styles_lie_inside_the_text(blocks: list[str], noise: str) -> None:
    rendered = render_markdown("\n".join(blocks) + noise)
    assert len(rendered.line_numbers) == len(rendered.text.split("\n")) or not rendered.text
    for span in rendered.styles:
        assert 0 <= span.start < span.end <= len(rendered.text)
        assert rendered.text[span.start : span.end].strip() == rendered.text[span.start : span.end]
