"""The notebook's Tags rows count the articles a tag reaches, as `notes --tag` and `#tag` do.

nu33: a tag given only to a highlight (`highlight ID -q ... -t judge`) listed as "#judge  0",
while `notes --tag judge`, `export --tag judge` and enter on the row found its article.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.notebook import Notebook, anchor_quote
from index.notebook.models import ArticleRecord
from tui.screens.notebook import items

BODY = "The dam held through the night. Engineers checked the spillway at dawn."
PASSAGES = ("The dam held through the night", "Engineers checked the spillway")
TAGS = st.lists(st.sampled_from(["judge", "Judge", "legal", "court-ruling"]), max_size=3)
ARTICLE = st.tuples(TAGS, st.lists(TAGS, max_size=2))  # its own tags; each highlight's


COUNTED = re.compile(r"  (\d+) articles?(?:, (\d+) highlights?)?$")
MARKED = re.compile(r"  (\d+) highlights?(?: in (\d+) articles)?$")  # on highlights only


def _reach(notebook: Notebook) -> dict[str, tuple[int, int]]:
    """Each tag row's counts: articles, highlights (nu54 #9: "#only-here  6" counted
    articles where 68 highlights carried it; the row says both; nu57 #6: a tag on
    highlights only says "1 highlight", or "4 highlights in 2 articles")."""
    tags = [tag.name for tag in notebook.tags()]
    rows = [row for row in items(notebook.notes(), tags, []) if row.tag is not None]
    reach = {}
    for row in rows:
        assert row.tag is not None
        own = any(row.tag.casefold() in {t.casefold() for t in e.tags} for e in notebook.notes())
        plain = row.label.plain
        counted, marked = COUNTED.search(plain), MARKED.search(plain)
        if own:  # on an article itself: its articles first
            assert counted is not None and marked is None, plain
            reach[row.tag] = (int(counted.group(1)), int(counted.group(2) or 0))
        else:
            assert marked is not None and counted is None, plain
            reach[row.tag] = (int(marked.group(2) or 1), int(marked.group(1)))
    return reach


def _counts(notebook: Notebook) -> dict[str, int]:
    return {tag: articles for tag, (articles, _) in _reach(notebook).items()}


def test_a_tag_on_a_highlight_only_counts_its_article(tmp_path: Path) -> None:
    record = ArticleRecord("a1", "Dam holds", "Reuters")
    with Notebook.open(tmp_path) as notebook:
        notebook.highlight(record, anchor_quote(BODY, PASSAGES[1]), tags=["judge"])
        assert _counts(notebook) == {"judge": 1}
        [row] = [r for r in items(notebook.notes(), ["judge"], []) if r.tag]
        assert row.label.plain == "#judge  1 highlight"  # nu57 #6: "1 article, 1 highlight"
        notebook.tag(record, ["judge"])  # on the article too: still the one article
        assert _counts(notebook) == {"judge": 1}


@settings(max_examples=40, deadline=None)
@given(st.lists(ARTICLE, min_size=1, max_size=4))
def test_each_count_is_what_notes_tag_finds(
    articles: list[tuple[list[str], list[list[str]]]],
) -> None:
    with tempfile.TemporaryDirectory() as folder, Notebook.open(Path(folder)) as notebook:
        for n, (own, marked) in enumerate(articles):
            record = ArticleRecord(f"a{n}", f"Article {n}", "Reuters")
            if own:
                notebook.tag(record, own)
            for passage, tags in zip(PASSAGES, marked, strict=False):
                notebook.highlight(record, anchor_quote(BODY, passage), tags=tags)
        counts = _counts(notebook)
        assert set(counts) == {tag.name for tag in notebook.tags()}
        for tag, count in counts.items():
            assert count == len(notebook.notes(tag=tag)), tag
        for tag, (_, marked_count) in _reach(notebook).items():
            carried = [
                h
                for entry in notebook.notes()
                for h in entry.highlights
                if tag.casefold() in {t.casefold() for t in h.tags}
            ]
            assert marked_count == len(carried), tag
