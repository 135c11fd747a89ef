"""An update's collector holds its documents back from the writer (``defer``: the derived
kinds' child gets the articles first, issue 21): the writer then gets the same documents in
the same order as without it, never more than ``defer`` of them held at once, every one of
them by `Collector.flush`, and every article reaches ``kept`` as it is read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from index.ingest.files import ReadResult, SourceFile
from index.models import Article
from index.store.collect import Collector


class _Writer:
    def __init__(self) -> None:
        self.docs: list[str] = []

    def add_document(self, **fields: Any) -> None:
        self.docs.append(fields["id"])


def _article(article_id: str) -> Article:
    return Article(
        id=article_id,
        path=Path(article_id),
        title=f"Title {article_id}",
        title_derived=False,
        source=None,
        byline=None,
        dateline=None,
        date=None,
        body=f"Body of {article_id}.",
    )


def _run(files: list[list[str]], defer: int) -> tuple[list[str], list[str], list[str], int]:
    """Ids the writer got before the flush, after it, those ``kept``, and the most held."""
    sources = [SourceFile(f"f{n}.txt", f"/x/f{n}.txt", n, 1, None, (n,)) for n in range(len(files))]
    results = {
        s.rel: ReadResult([_article(i) for i in ids], [], s.rel)
        for s, ids in zip(sources, files, strict=True)
    }
    writer = _Writer()
    kept: list[str] = []
    most = 0
    collector = Collector(
        writer,
        {},
        {},
        None,
        len(sources),
        kept=lambda article: kept.append(article.id),
        read=lambda source: results[source.rel],
        defer=defer,
    )
    for source in sources:
        collector.add_file(source)
        most = max(most, len(collector._held))
    before = list(writer.docs)
    collector.flush()
    return before, writer.docs, kept, most


@given(
    st.lists(st.lists(st.sampled_from("abcdefghij"), max_size=6), max_size=8),
    st.integers(0, 12),
)
def test_deferred_documents_reach_the_writer_as_they_would_without(
    names: list[list[str]], defer: int
) -> None:
    files = [[f"{n}-{name}" for name in names[n]] for n in range(len(names))]
    _, oracle, oracle_kept, _ = _run(files, 0)  # ids repeat within a file: the first is kept
    before, got, kept, most = _run(files, defer)
    assert got == oracle and kept == oracle_kept == oracle
    if defer:
        assert most < defer  # held, at most defer - 1 between files
        assert len(before) == defer * (len(oracle) // defer)  # the rest came at the flush
