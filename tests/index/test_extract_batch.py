"""A worker extracts a batch kind by kind once it is indexed (`segment_worker.extract_batch`):
the same values, in the same order, as extracting each article with every kind in turn."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from index.models import Article
from index.store.collect import document
from index.store.segment_worker import extract_batch


class Kind:
    """An extracting kind whose values tell the kind, the article and how many calls came
    before (so a value given to the wrong article or kind shows)."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.calls = 0

    def extract(self, article: Article) -> tuple[str, str, int]:
        self.calls += 1
        return self.tag, article.id, len(article.body) + len(article.title)


def _article(n: int, body: str) -> Article:
    return Article(
        id=f"a{n}",
        path=f"/corpus/a{n}.txt",
        title=body[:12] or "untitled",
        title_derived=False,
        source="Outlet",
        byline=None,
        dateline=None,
        date=None,
        body=body,
    )


@settings(max_examples=60, deadline=None)
@given(
    bodies=st.lists(st.text(max_size=40), max_size=12),
    in_hand=st.lists(st.booleans(), min_size=12, max_size=12),
    tags=st.lists(st.sampled_from("qsc"), max_size=3, unique=True),
)
def test_a_batch_extracts_as_each_article_would(
    bodies: list[str], in_hand: list[bool], tags: list[str]
) -> None:
    articles = [_article(n, body) for n, body in enumerate(bodies)]
    # an article cleaned in the worker is in hand; one sent as fields is read back from them
    pairs: list[tuple[dict[str, Any], Any]] = [
        (document(a), a if held else None) for a, held in zip(articles, in_hand, strict=False)
    ]
    oracle = [Kind(tag) for tag in tags]
    want = [(a.id, [kind.extract(a) for kind in oracle]) for a in articles]
    kinds = [Kind(tag) for tag in tags]
    assert extract_batch(kinds, pairs) == (want if kinds else [])
    assert all(kind.calls == len(articles) for kind in kinds)  # each article once a kind
