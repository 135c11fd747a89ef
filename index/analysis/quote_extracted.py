"""What quote extraction makes of one article, and how a rebuild takes it from the previous
generation instead of extracting it again (issue 18).

Extraction (`QuotesDerived.extract`) reads nothing of an article but the start of its body
that quotes are looked for in (`quoted_part`); its id, outlet and date are copied. So each
article's value is keyed by a digest of that part (``part``), kept in the quotes folder
(``parts.tsv``: a line per article, its part's digest, a tab, its id as JSON, in order of
id). A rebuild whose live generation holds quotes of the same rules version (checked by
`index.store.reuse`) lets each extracting process skip an article whose digest is listed
there: it sends a `Reused` (the digest, the id, outlet and date) and `filled` makes the
article's value of the previous generation's stored quotes and words, as an update reads
them (`quote_store.StoredQuotes`). The grouping then gets what a fresh extraction gives.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from index.analysis.quote_segments import article_key, id_from_json, id_json, read_live
from index.analysis.quote_segments import write_lines as _write_lines
from index.analysis.quotes import Quote
from index.errors import BuildFailed

PARTS = "parts.tsv"
"""Each article's part digest (`part_digest`) and id: what a rebuild may reuse."""
PARTS_HEAD = "parts 1 blake2b-16 quoted_part"
"""The first line of ``parts.tsv``: what its digests are of (another is read as none)."""


def part_digest(part: str) -> str:
    """The digest of what extraction reads of an article (its `quoted_part`), in hex."""
    return hashlib.blake2b(part.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass(frozen=True, slots=True)
class ArticleQuotes:
    """What `QuotesDerived.extract` finds in one article: its quotes, outlet and date."""

    id: str
    source: str | None
    date: datetime | None
    quotes: tuple[Quote, ...]
    words: tuple[tuple[str, ...], ...]
    """Each quote's ``words`` (what grouping compares), found where the quote was."""
    part: str | None = None
    """The digest of what extraction read (`part_digest`), kept for a rebuild to reuse."""

    def __reduce__(self) -> tuple[type[ArticleQuotes], tuple[Any, ...]]:
        """Pickled as its fields (sent by the index workers; see `Quote.__reduce__`)."""
        fields = (self.id, self.source, self.date, self.quotes, self.words, self.part)
        return (ArticleQuotes, fields)


@dataclass(frozen=True, slots=True)
class Reused:
    """An article whose quotes the previous generation holds (its part's digest listed):
    what an extracting process sends instead of extracting them again."""

    id: str
    source: str | None
    date: datetime | None
    part: str

    def __reduce__(self) -> tuple[type[Reused], tuple[Any, ...]]:
        return (Reused, (self.id, self.source, self.date, self.part))


def read_parts(folder: Path) -> dict[str, str]:
    """The article id (as JSON) of each part digest a quotes folder lists (the first id of
    a digest several articles share); empty when it lists none or cannot be read."""
    found: dict[str, str] = {}
    for digest, name in _rows(folder):
        found.setdefault(digest, name)
    return found


def _rows(folder: Path) -> Iterator[tuple[str, str]]:
    """The digest and id (as JSON) of each line of ``parts.tsv``; none if it is unreadable."""
    try:
        text = (folder / PARTS).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return
    head, _, rest = text.partition("\n")
    if head != PARTS_HEAD:
        return
    for line in rest.split("\n"):
        digest, tab, name = line.partition("\t")
        if tab:
            yield digest, name


def write_parts(folder: Path, parts: dict[str, str | None]) -> None:
    """Write ``parts.tsv``: the digest of each article id that has one, in order of id."""
    rows = sorted((a, p) for a, p in parts.items() if p)
    _write_lines(folder / PARTS, [PARTS_HEAD, *(f"{p}\t{id_json(a)}" for a, p in rows)])


def carried_parts(previous: Path, removed: Iterable[str]) -> dict[str, str | None]:
    """The digests ``previous`` lists by article id, less the ``removed`` (an update's)."""
    parts: dict[str, str | None] = {id_from_json(name): digest for digest, name in _rows(previous)}
    for article in removed:
        parts.pop(article, None)
    return parts


def noted(values: Iterable[ArticleQuotes], parts: dict[str, str | None]) -> Iterator[ArticleQuotes]:
    """``values`` as they come, each one's digest noted in ``parts`` by its id."""
    for value in values:
        parts[value.id] = value.part
        yield value


def filled(values: Iterable[ArticleQuotes | Reused], previous: Path) -> Iterator[ArticleQuotes]:
    """``values`` with each `Reused` made the value a fresh extraction gives: its quotes
    and words as ``previous`` (the live generation's quotes folder) stores them.

    Raises:
        BuildFailed: ``previous`` lacks an article whose digest it lists (it changed under
            the build: it never should).
    """
    stored: _Stored | None = None
    for value in values:
        if isinstance(value, Reused):
            stored = stored or _Stored(previous)
            yield stored.value(value)
        else:
            yield value


class _Stored:
    """The previous generation's quotes of each part digest, read once when first asked."""

    def __init__(self, folder: Path) -> None:
        from index.analysis.quote_store import ARTICLES, read_toc

        self._folder = folder
        try:
            toc = read_toc(folder)
            self._lines = read_live(folder, toc.get("articles", [ARTICLES]), article_key)
        except Exception as error:  # any failure: the same to the user
            raise _unusable(folder) from error
        self._parts = read_parts(folder)
        self._made: dict[str, tuple[tuple[Quote, ...], tuple[tuple[str, ...], ...]]] = {}

    def value(self, reused: Reused) -> ArticleQuotes:
        made = self._made.get(reused.part)
        if made is None:
            try:
                line = self._lines[self._parts[reused.part]]
                data = json.loads(line.partition("\t")[2])
                quotes = tuple(Quote.from_json(q) for q in data["quotes"])
                words = tuple(tuple(w.split()) for w in data["words"])
            except Exception as error:  # any failure: the same to the user
                raise _unusable(self._folder) from error
            made = self._made[reused.part] = (quotes, words)
        return ArticleQuotes(reused.id, reused.source, reused.date, *made, reused.part)


def _unusable(folder: Path) -> BuildFailed:
    return BuildFailed(
        f"the previous quotes in {folder} could not be reused; the previous index is kept: "
        "run `broadsheet index rebuild --fresh-quotes`"
    )
