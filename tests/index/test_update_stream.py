"""An update hands the articles it indexes to the children that update stories and quotes
a batch at a time as it reads them (`index.store.derive.Streamed`): each child extracts its
values from a batch as it comes, while the files after it are read, and gets them in order
of id at the end, the same values it would have been sent at once."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.errors import BuildFailed
from index.models import Article
from index.store import aside, derive
from index.store.aside import Later
from tests.faults.helpers import wait_for


def _article(number: int) -> Article:
    return Article(
        f"id-{number:03d}", f"/a{number}", f"Title {number}", False, "s", None, None, None, "x"
    )


def _child(tmp_path: Path, name: str) -> aside.Aside:
    """A child that extracts each article's title (noting each one in a file as it does)
    and writes what its kind's update would get."""

    def work(later: Later) -> None:
        def extract(article: Article) -> str:
            with open(tmp_path / f"{name}.extracted", "a", encoding="utf-8") as seen:
                seen.write(article.id + "\n")
            return article.title.upper()

        later.extract = extract
        got = {"added": list(later.added()), "removed": list(later.removed()), "raw": later.raw}
        (tmp_path / f"{name}.json").write_text(json.dumps(got), encoding="utf-8")

    return aside.start_later(name, work)


@settings(max_examples=10, deadline=None)
@given(count=st.integers(0, 25), batch=st.integers(1, 12), seed=st.integers(0, 1000))
def test_the_values_streamed_are_the_values_sent_at_once_in_order_of_id(
    tmp_path_factory: pytest.TempPathFactory, count: int, batch: int, seed: int
) -> None:
    tmp_path = tmp_path_factory.mktemp("stream")
    articles = [_article(number) for number in range(count)]
    random.Random(seed).shuffle(articles)  # read in the files' order, not the ids'
    children = [_child(tmp_path, name) for name in ("one", "two")]
    try:
        streamed = derive.Streamed(children)
        streamed.BATCH = batch
        for article in articles:
            streamed.add(article)
        streamed.end([article.id for article in articles], ["gone", "also-gone"])
        for child in children:
            child.wait()
    finally:
        for child in children:
            child.kill()
    titles = [article.title.upper() for article in sorted(articles, key=lambda a: a.id)]
    for name in ("one", "two"):
        got = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        assert got == {"added": titles, "removed": ["also-gone", "gone"], "raw": False}


def test_a_child_extracts_a_batch_before_the_update_has_read_the_rest(tmp_path: Path) -> None:
    child = _child(tmp_path, "early")
    try:
        streamed = derive.Streamed([child])
        for number in range(streamed.BATCH):
            streamed.add(_article(number))
        seen = tmp_path / "early.extracted"

        def extracted() -> bool:
            return seen.exists() and len(seen.read_text().split()) == streamed.BATCH

        wait_for("the first batch extracted", extracted)
        streamed.add(_article(streamed.BATCH))
        streamed.end([_article(n).id for n in range(streamed.BATCH + 1)], [])
        child.wait()
    finally:
        child.kill()
    assert len(seen.read_text().split()) == streamed.BATCH + 1


def test_an_article_indexed_but_not_streamed_fails_the_update(tmp_path: Path) -> None:
    child = _child(tmp_path, "short")
    try:
        streamed = derive.Streamed([child])
        streamed.add(_article(1))
        with pytest.raises(BuildFailed, match="'id-002' was indexed but not kept for its short"):
            streamed.end([_article(1).id, _article(2).id], [])
    finally:
        child.kill()
    assert not (tmp_path / "short.json").exists()
