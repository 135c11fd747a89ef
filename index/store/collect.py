"""From files to index documents: read each file, feed its articles to a writer, keep count."""

from __future__ import annotations

import heapq
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from index.derived import Extracting
from index.errors import duplicate_skip
from index.ingest.digests import pack_digests, unpack_digests
from index.ingest.files import ReadError, SourceFile
from index.models import Article, Progress, ProgressCallback, Skipped
from index.store.schema import TIMED
from index.when import has_time

if TYPE_CHECKING:
    from index.ingest.files import ReadResult


Before = tuple[dict[str, bytes], dict[str, list[Any]]]
"""A JSON Lines file an update compares record by record (`diffed`): the digest of each of
its ids' records, and their listing rows."""

DEFER = 1000
"""Documents an update holds back from its writer while it reads (`Collector`'s ``defer``):
the last of its articles reach the derived kinds' child (`derive.Streamed`) before the
Whoosh writer has indexed them (issue 21: that child's work after them is the update's
longest path); more than this many are indexed as they come."""


def read_source(source: SourceFile) -> ReadResult:
    """`index.ingest.readers.read_source`, imported when the first file is read: the
    readers bring the cleaning rules and the metadata extraction (~40 ms of imports),
    which an update with nothing to read (a no-op) never runs."""
    from index.ingest.readers import read_source as read

    return read(source)


def row_of(article: Article) -> list[Any]:
    """The article's id and what the listing keeps of it."""
    date = article.date.isoformat() if article.date else None
    return [article.id, article.title, article.title_derived, article.source, date]


def document(article: Article) -> dict[str, Any]:
    """The Whoosh document of an article."""
    doc: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "title_derived": article.title_derived,
        "body": article.body,
        "removed": list(article.removed),
        "url": article.url,
        "extra": dict(article.extra),
        "provenance": dict(article.provenance),
        "styles": [(span.start, span.end, span.style) for span in article.styles],
    }
    for name in ("source", "byline", "dateline"):
        value = getattr(article, name)
        if value:
            doc[name] = value
    if article.date is not None:
        doc["date"] = article.date
        if has_time(article.date):
            doc["timed"] = TIMED  # a `date:` query with a time matches only these (dt33)
    return doc


class Collector:
    """Feeds articles to a Whoosh writer and keeps the manifest and listing in step."""

    def __init__(
        self,
        writer: Any,
        files: dict[str, Any],
        listing: dict[str, list[Any]],
        on_progress: ProgressCallback | None,
        total: int,
        extract: Sequence[Extracting] = (),
        *,
        kept: Callable[[Article], None] | None = None,
        read: Callable[[SourceFile], ReadResult] | None = None,
        defer: int = 0,
        before: Mapping[str, Before] | None = None,
    ) -> None:
        """``extract``: kinds whose ``extract`` runs here on every article indexed (those
        the writer's worker processes do not run), into ``extracted`` by id; ``kept``: given
        every article indexed too (for kinds that extract elsewhere: `derive.Streamed`);
        ``read``: reads a file instead of `read_source` (`index.store.prefetch`: in a child);
        ``defer``: documents held back from the writer until `flush` (at most that many:
        more flush them), so that ``kept``'s receiver has every article sooner; ``before``:
        the entries of the JSON Lines files an update reads again whose records it compares
        (`diffed`): a record as before is listed, not indexed again, and the ids to delete
        from the index (gone or changed) go to ``gone``. ``fresh``: the ids indexed;
        ``late``: the files not read by the update that gave up an id (`add_files`)."""
        self.before = dict(before or {})
        self.gone: list[str] = []
        self.fresh: list[str] = []
        self.writer = writer
        self.defer = defer
        self._held: list[dict[str, Any]] = []
        self.read = read
        self.extract = list(extract)
        self.extracted: dict[str, list[Any]] = {}
        self.kept = kept
        self.files = files
        self.listing = listing
        self.skipped: list[Skipped] = []
        self.indexed = 0
        self.on_progress = on_progress
        self.total = total
        self.done = 0
        self._last_report = 0.0
        self._order: dict[str, int] = {}
        self._sources: dict[str, SourceFile] = {}
        self._queue: list[tuple[int, str]] = []
        self.late: set[str] = set()

    def add_files(self, read: Sequence[SourceFile], sources: Sequence[SourceFile]) -> None:
        """`add_file` each file of ``read`` (an update's), in the corpus's order
        (``sources``, as a rebuild reads them). A record that takes an id a file not read
        held, a file after it in that order, takes it from that file as a rebuild would
        (`claim`): that file is then read again too, its record skipped as a duplicate."""
        self._order = {source.rel: k for k, source in enumerate(sources)}
        self._sources = {source.rel: source for source in sources}
        self._queue = [(self._order.get(source.rel, -1), source.rel) for source in read]
        self._sources.update((source.rel, source) for source in read)
        heapq.heapify(self._queue)
        while self._queue:
            self.add_file(self._sources[heapq.heappop(self._queue)[1]])

    def _take_from(self, holder: str, rel: str) -> bool:
        """Whether the file ``holder``, not read by this update and after ``rel`` in the
        corpus's order, gives up its ids to be read again after ``rel`` (`add_files`)."""
        order = self._order
        if holder not in order or rel not in order or order[holder] <= order[rel]:
            return False
        if any(queued == holder for _, queued in self._queue) or holder in self.late:
            return False
        source = self._sources[holder]
        removed, before = diffed([holder], [source], self.files, self.listing)
        self.gone.extend(removed)
        self.before.update(before)
        self.late.add(holder)
        self.total += 1
        heapq.heappush(self._queue, (order[holder], holder))
        return True

    def add_file(self, source: SourceFile) -> None:
        if source.rel in self.before:
            self._add_again(source, *self.before[source.rel])
            return
        found: list[Skipped] = []
        ids: list[str] = []
        digest: str | None = None
        records: list[bytes] | None = None
        try:
            late = source.rel in self.late  # not sent to a prefetch child
            result = (read_source if late else self.read or read_source)(source)
        except ReadError as error:
            found.append(Skipped(str(source.path), str(error)))
        else:
            digest, records = result.digest, [] if result.records else None
            count = len(result.articles)
            lines: list[int | None] = [*result.lines] or [None] * count
            digests: list[bytes | None] = [*result.records] or [None] * count
            rows = zip(result.articles, lines, digests, strict=True)
            for n, (article, line, record) in enumerate(rows, 1):
                if result.lines:  # a JSON Lines file's records: the bar moves (nu60 #4)
                    self.report((n, count))
                if not self.claim(row_of(article), source.rel, ids, found, line):
                    continue
                if records is not None and record is not None:
                    records.append(record)
                self._index(article)
            found.extend(result.skipped)
        self.file_done(source, digest, ids, found, records)

    def _index(self, article: Article) -> None:
        """Index an article claimed (`claim`), and hand it on."""
        self.fresh.append(article.id)
        if self.defer:
            self._held.append(document(article))
            if len(self._held) >= self.defer:
                self.flush()
        else:
            self.writer.add_document(**document(article))
        if self.extract:
            self.extracted[article.id] = [kind.extract(article) for kind in self.extract]
        if self.kept is not None:
            self.kept(article)

    def _add_again(
        self, source: SourceFile, old: dict[str, bytes], rows: dict[str, list[Any]]
    ) -> None:
        """A JSON Lines file read again whose records had the digests ``old``: a record as
        before is listed again (its row as before), not indexed; the others are indexed,
        and the ids gone from the file or changed go to ``gone`` (``rows``: the listing's
        rows of its articles before)."""
        from index.ingest.readers import read_again  # as `read_source`

        found: list[Skipped] = []
        ids: list[str] = []
        records: list[bytes] = []
        digest = None
        try:
            compared = read_again(source, old)
        except ReadError as error:
            found.append(Skipped(str(source.path), str(error)))
        else:
            digest = compared.digest
            for line, record, item in compared.rows:
                row = [item, *rows[item][:4]] if isinstance(item, str) else row_of(item)
                if not self.claim(row, source.rel, ids, found, line):
                    continue
                records.append(record)
                if isinstance(item, str):
                    self.indexed -= 1  # its document stays
                else:
                    self._index(item)
            found.extend(compared.skipped)
        now = dict(zip(ids, records, strict=True))
        self.gone.extend(key for key, was in old.items() if now.get(key) != was)
        self.file_done(source, digest, ids, found, records)

    def flush(self) -> None:
        """Give the writer the documents held back (``defer``), in the order read."""
        held, self._held = self._held, []
        for doc in held:
            self.writer.add_document(**doc)

    def claim(
        self,
        row: list[Any],
        rel: str,
        ids: list[str],
        found: list[Skipped],
        line: int | None = None,
    ) -> bool:
        """List an article (its `row_of`) of the file ``rel`` (at ``line``: a JSON Lines
        record's) unless its id is taken (then its skip goes to ``found``); True if it is
        to be indexed."""
        article_id = row[0]
        if article_id in self.listing and not self._take_from(self.listing[article_id][4], rel):
            first = self.listing[article_id][4]
            found.append(Skipped(*duplicate_skip(article_id, first, rel, line)))
            return False
        self.listing[article_id] = [*row[1:], rel]
        ids.append(article_id)
        self.indexed += 1
        return True

    def file_done(
        self,
        source: SourceFile,
        digest: str | None,
        ids: list[str],
        found: list[Skipped],
        records: list[bytes] | None = None,
    ) -> None:
        """Record a file read (or not, with why), and report progress now and then;
        ``records``: a JSON Lines file's digest of each id's record."""
        # a file that could not be read is known too, with why: status and update then
        # see it unchanged (not new) until it changes, and its reason stays listed
        entry: dict[str, Any] = {"sig": list(source.signature), "digest": digest, "ids": ids}
        if records and digest is not None:  # a JSON Lines file's, when it has articles
            entry["records"] = pack_digests(records)
        if found:
            entry["skipped"] = [[s.path, s.reason] for s in found]
        self.files[source.rel] = entry
        self.skipped.extend(found)
        self.done += 1
        self.report(last=self.done == self.total)

    def report(self, records: tuple[int, int] | None = None, *, last: bool = False) -> None:
        """Report progress (at most every 50 ms, and the ``last`` step): files done, and
        the ``records`` read of the JSON Lines file being read."""
        now = time.monotonic()
        if self.on_progress and (now - self._last_report > 0.05 or last):
            self._last_report = now
            self.on_progress(Progress(self.done, self.total, records=records))

    def finish(self) -> None:
        """Nothing left to do: each file was indexed as it was added (as `Feeder.finish`)."""


def diffed(
    drop: Sequence[str],
    read: Sequence[SourceFile],
    files: dict[str, Any],
    listing: dict[str, list[Any]],
) -> tuple[list[str], dict[str, Before]]:
    """Take the files of ``drop`` out of an update's manifest ``files`` and ``listing``: the
    ids of their articles to delete from the index, and, for the JSON Lines files read
    again whose records are compared instead, each id's digest and listing row (what
    changed is deleted as the records are read: `Collector`'s ``before``; a file whose
    entry has no digests, from an index built before them, is read whole)."""
    removed: list[str] = []
    before: dict[str, Before] = {}
    again = {source.rel for source in read}
    for rel in drop:
        entry = files.pop(rel, {})
        old = unpack_digests(entry) if rel in again else None
        if old is not None and all(article_id in listing for article_id in old):
            before[rel] = (old, {article_id: listing.pop(article_id) for article_id in old})
            continue
        for article_id in entry.get("ids", []):
            listing.pop(article_id, None)
            removed.append(article_id)
    return removed, before


_FIRST_IN = re.compile(r"duplicate id .* \(first in (.+?)\)(?::|$)")


def behind(known: Mapping[str, Any], changed: Iterable[str]) -> set[str]:
    """The files of an update's manifest ``known`` whose records were skipped as duplicates
    of an id a file of ``changed`` (read again or gone) held, and so on from those: read
    again, a record whose id that file no longer holds is indexed, as a rebuild would."""
    named: dict[str, set[str]] = {}
    for rel, entry in known.items():
        for _, reason in entry.get("skipped", ()):
            if "duplicate id" in reason and (first := _FIRST_IN.search(reason)):
                named.setdefault(first.group(1), set()).add(rel)
    found: set[str] = set()
    todo = [rel for rel in changed if rel in named]
    while todo:
        for rel in named.get(todo.pop(), ()):
            if rel not in found:
                found.add(rel)
                todo.append(rel)
    return found


def whole(read: Sequence[SourceFile], files: dict[str, Any]) -> list[SourceFile]:
    """The files of ``read`` an update reads whole: not those `diffed` compares (the
    `Collector` reads those itself, not a prefetch child)."""
    return [source for source in read if "records" not in files.get(source.rel, ())]


def same_content(
    read: Sequence[SourceFile], before: dict[str, Any], after: dict[str, Any]
) -> tuple[set[str], set[str]]:
    """The articles of files read again whose bytes, sidecar and ids are as before (a
    `touch`), and those files: re-indexed, they are no change for the user."""
    same: set[str] = set()
    files: set[str] = set()
    for source in read:
        old, now = before.get(source.rel), after.get(source.rel)
        if (
            old is not None
            and now is not None
            and old.get("digest") is not None
            and old.get("digest") == now.get("digest")
            and old.get("sig", [])[2:] == now.get("sig", [])[2:]  # the sidecar's stat
            and old.get("ids") == now.get("ids")
        ):
            same.update(now["ids"])
            files.add(source.rel)
    return same, files
