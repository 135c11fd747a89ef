"""The corpus as an OpenSearch build reads it, and the build settings from the environment."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from index.errors import StoreError
from index.ingest.files import ReadError
from index.ingest.readers import read_source, scan
from index.models import Article, Skipped


def setting(name: str, default: int, least: int) -> int:
    """A whole number from the environment (``default`` when unset).

    Raises:
        StoreError: The value is no whole number of at least ``least``.
    """
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit() or int(text) < least:
        raise StoreError(f"{name} must be a whole number of at least {least}, not {text!r}")
    return int(text)


class CorpusFiles:
    """The corpus read file by file as `index.store` reads it, for a build to stream.

    Attributes:
        signatures: Every file read: relative path -> signature (what `status` compares).
        ids: Every file read: relative path -> `ids_digest` of its articles' ids.
        file_of: The relative path of each article's file, by article id.
        skipped: Files and records that could not be read, with why.
    """

    def __init__(self, corpus: Path) -> None:
        self.corpus = Path(corpus)
        self.signatures: dict[str, list[int]] = {}
        self.ids: dict[str, str] = {}
        self.file_of: dict[str, str] = {}
        self.skipped: list[Skipped] = []

    def articles(self) -> Iterator[Article]:
        sources, skipped = scan(self.corpus.resolve())
        self.skipped.extend(skipped)
        for source in sources:
            self.signatures[source.rel] = list(source.signature)
            try:
                result = read_source(source)
            except ReadError as error:
                self.skipped.append(Skipped(str(source.path), str(error)))
                continue
            self.skipped.extend(result.skipped)
            self.ids[source.rel] = ids_digest(a.id for a in result.articles)
            for article in result.articles:
                self.file_of.setdefault(article.id, source.rel)
                yield article


def ids_digest(ids: Iterable[str]) -> str:
    """A short digest of a file's article ids, in order: an update that sent none of its
    articles and deleted none of them left the file as it was."""
    return hashlib.blake2b("\n".join(ids).encode(), digest_size=8).hexdigest()
