"""A Markdown file with front matter: its opening ``# Heading`` is its headline, out of
the body as when no front matter gives a title (nu36 #10: it stayed in the body); the
front matter's title is the title."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.models import Article
from tests.index.test_markdown_header import BODY, OUTLETS, TITLES


def _read(folder: Path, name: str, text: str) -> Article:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    [article] = [a for a in iter_articles(folder) if isinstance(a, Article)]
    return article


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    heading=st.sampled_from(TITLES),
    title=st.sampled_from(("Front matter title", *TITLES)),
    meta=st.sampled_from(("", "*{}*, 2021-09-30\n\n", "By Jo Writer\n\n")),
    outlet=st.sampled_from(OUTLETS),
)
def test_the_heading_leaves_the_body_under_a_given_title(
    tmp_path_factory, heading: str, title: str, meta: str, outlet: str
) -> None:
    folder = tmp_path_factory.mktemp("corpus")
    text = f"# {heading}\n\n{meta.format(outlet)}{BODY}\n"
    bare = _read(folder / "bare", "a.md", text)  # the oracle: no front matter
    front = _read(folder / "front", "a.md", f"---\ntitle: {json.dumps(title)}\n---\n{text}")
    assert front.title == title and bare.title == heading
    assert front.body == bare.body and heading not in front.body.split("\n")


def test_the_walkthrough_file(tmp_path: Path) -> None:
    text = (
        '---\ntitle: "Front matter title"\ndate: 2021-10-01T09:30:00-04:00\n'
        "url: https://example.com/x\n---\n# Manchin says his limit is firm\n\n*CNN*, 2021-09-30\n\n"
        f"{BODY}\n"
    )
    article = _read(tmp_path / "corpus", "fm.md", text)
    assert article.title == "Front matter title" and article.source == "CNN"
    assert article.body.startswith("A portion of the harbour wall")
