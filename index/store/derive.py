"""A build's derived data (`index.derived`): computed into the new generation before its check."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh.index import open_dir

from index.derived import NAME, Derived, Extracting, extracting, fed, light
from index.errors import BuildFailed
from index.models import Article, Progress, ProgressCallback
from index.store.reader import article_from
from index.store.schema import make_schema

if TYPE_CHECKING:
    from index.store.aside import Aside, Later


def check_kinds(derived: Sequence[Derived]) -> None:
    """Refuse names that cannot be a generation's folder, or that repeat.

    Raises:
        ValueError: Says which name.
    """
    seen: set[str] = set()
    for kind in derived:
        if not NAME.fullmatch(kind.name) or kind.name in seen:
            raise ValueError(f"derived data cannot be named {kind.name!r}")
        seen.add(kind.name)


class Extracted:
    """What the extracting kinds of a build (`index.derived.Extracting`) returned per article.

    Args:
        kinds: The extracting kinds, in the order of each article's values.
        values: Per article id, one value per kind.
    """

    def __init__(self, kinds: Sequence[Extracting], values: dict[str, list[Any]]) -> None:
        self.kinds = list(kinds)
        self.values = values

    def has(self, kind: Derived) -> bool:
        """True when ``kind`` is one of the extracting kinds."""
        return any(kind is known for known in self.kinds)

    def of(self, kind: Derived, ids: Iterable[str]) -> Iterator[Any]:
        """``kind``'s values for ``ids``, in that order.

        Raises:
            BuildFailed: An article was indexed but nothing was extracted from it.
        """
        at = next(k for k, known in enumerate(self.kinds) if known is kind)
        for article_id in ids:
            row = self.values.get(article_id)
            if row is None:
                raise BuildFailed(
                    f"article {article_id!r} was indexed but its {kind.name} were not "
                    "computed; the previous index is kept"
                )
            yield row[at]


NOTHING_EXTRACTED = Extracted((), {})


def derive_all(
    folder: Path,
    derived: Sequence[Derived],
    on_progress: ProgressCallback | None,
    extracted: Extracted = NOTHING_EXTRACTED,
    ids: Collection[str] = (),
    *,
    aside: bool = False,
) -> list[str]:
    """Build every kind from all the articles of a new generation; returns their names.

    An extracting kind gets its values (``extracted``) for ``ids`` (every article
    indexed); any other kind reads the articles back from the new index. With ``aside``,
    every extracting kind but the last kind is built in a process of its own
    (`index.store.aside`) while this process builds the others; a `light` kind is built
    here, and is no last kind (the copies come last: the stories stay here, with their
    progress).
    """
    from index.store.aside import start

    order = sorted(ids)
    children: list[Aside] = []
    last = max((at for at, kind in enumerate(derived) if not light(kind)), default=-1)
    try:
        for at, kind in enumerate(derived):
            if on_progress:
                on_progress(Progress(0, 0, kind.name))
            target = new_folder(folder, kind)
            if extracted.has(kind) and aside and at < last and not light(kind):
                values = extracted.of(kind, order)
                start(kind.name, partial(kind.build, values, target, None), record=children)
            elif extracted.has(kind):
                kind.build(extracted.of(kind, order), target, on_progress)
            else:
                kind.build(fed(kind, read_back(folder)), target, on_progress)
        if on_progress and children:  # the last kind named stood still 5.4 s (fx164)
            on_progress(Progress(0, 0, finishing(children)))
        for child in children:
            child.wait()
    finally:
        for child in children:
            child.kill()
    return [kind.name for kind in derived]


def finishing(children: Sequence[Aside]) -> str:
    """The stage while a build waits for the kinds built aside: "finishing quotes"."""
    return "finishing " + " and ".join(name for child in children for name in child.kinds)


def start_early(
    folder: Path, previous: Path, derived: Sequence[Derived], redo: Collection[str] = ()
) -> list[Aside]:
    """Start updating every extracting kind ``previous`` holds, all of them in one forked
    child (`index.store.aside.start_later`), before the changed files are read: it opens
    their previous states while this process indexes, and `derive_changes` sends it the
    values. One child, not one a kind: each would import NumPy and the analysis modules
    again, and two children beside this process are three on two cores. The kinds named
    in ``redo`` are left to `derive_changes` (built from every article).

    The caller kills what was started if the update fails before they are waited for.
    """
    from index.store.aside import start_later

    kinds = [
        kind
        for kind in extracting(derived)
        if (previous / kind.name).is_dir() and kind.name not in redo
    ]
    if not kinds:
        return []
    targets = [new_folder(folder, kind) for kind in kinds]
    befores = [previous / kind.name for kind in kinds]
    children: list[Aside] = []
    if len(kinds) == 1:
        work = partial(_update_later, kinds[0], befores[0], targets[0])
    else:
        work = partial(_update_all_later, kinds, befores, targets)
    try:
        child = start_later(" and ".join(kind.name for kind in kinds), work, record=children)
        child.kinds = tuple(kind.name for kind in kinds)
    except BaseException:
        for child in children:
            child.kill()
        raise
    return children


def small_pages() -> None:
    """Have NumPy leave its large arrays on ordinary pages in this process (an update's
    forked derive child only, which lives for one update).

    NumPy asks the kernel for transparent huge pages for every array of 4 MiB or more
    (``madvise``); where THP is ``madvise`` (the usual default), each first touch of such
    an array then zeroes -- and may first compact -- 2 MiB at a time. An update's child
    makes hundreds of corpus-sized temporaries once each, so at 100,000 articles this
    was 1.3-2.3 s of system CPU in a stories update that does 0.8 s of its own work.
    The arrays and their values are the same; only the pages behind them differ.
    """
    import importlib

    for name in ("numpy._core.multiarray", "numpy.core.multiarray"):  # NumPy 2, 1.x
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        advise = getattr(module, "_set_madvise_hugepage", None)
        if callable(advise):
            advise(False)
        return


def _update_later(kind: Extracting, before: Path, target: Path, later: Later) -> None:
    small_pages()
    later.extract = kind.extract  # the articles streamed, as they come (`Streamed`)
    kind.update(before, _Values(kind, later), later.removed(), target, None)


def _update_all_later(
    kinds: Sequence[Extracting], befores: Sequence[Path], targets: Sequence[Path], later: Later
) -> None:
    """Update ``kinds`` in this child, each in a thread of its own (each opens its previous
    state before the values come, as a child of its own would); their values are tuples,
    one value a kind (`send_values`). Every kind but the last one that is not `light` (the
    quotes and the copies: the stories stay here) is updated in a grandchild forked first,
    after the imports and before any thread starts (`index.store.aside.fork_aside`), so
    that two cores work to the end; its thread here sends it its values and waits for it.
    The first kind that failed is raised, its name with it (`index.store.aside.FAILED_KIND`);
    a kind's extract, run for every kind in whichever thread reads the values first
    (`_extract_all`), names its own kind, and the others' threads then fail for want of
    values: its error is raised (up21s named the reader's)."""
    import threading

    from index.store.aside import FAILED_KIND, fork_aside

    small_pages()
    later.extract = partial(_extract_all, kinds)
    failed: list[tuple[int, BaseException]] = []
    forked: dict[int, Aside] = {}

    def run(at: int) -> None:
        kind = kinds[at]
        try:
            values = _Values(kind, later, at)
            if at in forked:
                forked[at].send(list(values), list(later.removed()))
                forked[at].wait()
            else:
                kind.update(befores[at], values, later.removed(), targets[at], None)
        except BaseException as error:
            failed.append((at, error))

    try:
        fork_aside(kinds, befores, targets, later, forked)
        threads = [threading.Thread(target=run, args=(at,)) for at in range(1, len(kinds))]
        for thread in threads:
            thread.start()
        run(0)
        for thread in threads:
            thread.join()
    finally:
        for child in forked.values():
            child.kill()  # a no-op once waited for
    if failed:
        named = [error for _, error in failed if getattr(error, FAILED_KIND, None)]
        at, error = min(failed, key=lambda pair: pair[0])
        if not named:
            setattr(error, FAILED_KIND, kinds[at].name)
        raise named[0] if named else error


def _extract_all(kinds: Sequence[Extracting], article: Article) -> tuple[Any, ...]:
    """Every kind's value of ``article``; an error names the kind whose extract raised it."""
    from index.store.aside import FAILED_KIND

    values = []
    for kind in kinds:
        try:
            values.append(kind.extract(article))
        except Exception as error:
            setattr(error, FAILED_KIND, kind.name)
            raise
    return tuple(values)


class _Values:
    """A child's values: as sent, or extracted here from the articles sent (`Later.raw`);
    with ``at``, the values are tuples and this kind's is the one at ``at``."""

    def __init__(self, kind: Extracting, later: Later, at: int | None = None) -> None:
        self._kind, self._later, self._at = kind, later, at

    def __iter__(self) -> Iterator[Any]:
        added = self._later.added()
        if self._later.raw:
            return map(self._kind.extract, added)
        if self._at is not None:
            return (values[self._at] for values in added)
        return iter(added)


def send_values(
    started: Sequence[Aside],
    derived: Sequence[Derived],
    added: Collection[str],
    removed: Collection[str],
    extracted: Extracted,
) -> None:
    """Send the children of `start_early` still waiting their kinds' values.

    Raises:
        BuildFailed: An article was indexed but its values are not at hand.
    """
    kinds = {kind.name: kind for kind in derived}
    order = sorted(added)
    for child in started:
        if child.waiting:
            values = [list(extracted.of(kinds[name], order)) for name in child.kinds]
            together = values[0] if len(values) == 1 else list(zip(*values, strict=True))
            child.send(together, sorted(removed))


class Streamed:
    """The articles an update indexes, streamed to the children of `start_early` (each
    extracts its kind's values from them, off this process's path to the commit) a batch
    at a time as they are read (`add`, a `Collector`'s ``kept``), so that the children
    extract while this process reads; `end` sends the last batch and the ids."""

    BATCH = 10
    """Articles a message: a child extracts a batch while the next files are read."""

    def __init__(self, started: Sequence[Aside]) -> None:
        self._children = [child for child in started if child.waiting]
        self._batch: list[Article] = []
        self._sent: set[str] = set()

    def add(self, article: Article) -> None:
        """One more article indexed."""
        self._batch.append(article)
        if len(self._batch) >= self.BATCH:
            self._send()

    def _send(self) -> None:
        from index.store.aside import pack_some

        if self._batch and self._children:
            packed = pack_some(self._batch)  # once for every child
            for child in self._children:
                child.stream(packed)
            self._sent.update(article.id for article in self._batch)
        self._batch = []

    def end(self, added: Collection[str], removed: Collection[str]) -> None:
        """Every article is indexed: send the rest, then the order of ``added`` and the
        ``removed`` ids.

        Raises:
            BuildFailed: An article was indexed but not streamed.
        """
        from index.store.aside import pack_ids

        self._send()
        order = sorted(added)
        missing = next((article_id for article_id in order if article_id not in self._sent), None)
        if missing is not None and self._children:
            raise BuildFailed(
                f"article {missing!r} was indexed but not kept for its "
                f"{self._children[0].name}; the previous index is kept"
            )
        packed = pack_ids(order, sorted(removed))
        for child in self._children:
            child.send_packed(packed)


def derive_changes(
    folder: Path,
    previous: Path,
    derived: Sequence[Derived],
    added: Collection[str],
    removed: Collection[str],
    on_progress: ProgressCallback | None,
    extracted: Extracted = NOTHING_EXTRACTED,
    *,
    started: Sequence[Aside] = (),
    redo: Collection[str] = (),
    meanwhile: Callable[[], None] = lambda: None,
) -> list[str]:
    """Update every kind from its folder in ``previous`` and the changes; returns their names.

    An extracting kind gets the values extracted from the ``added`` articles (from
    ``extracted``); a kind the previous generation lacks (it was added since), or that
    older rules made (named in ``redo``), is built from every article, read back (an
    extracting one extracting each here). The kinds of
    ``started`` (`start_early`) are updated in their children: sent their values if they
    wait for them still, and waited for: ``meanwhile`` is called before that (the work of
    this process that needs no derived data).
    """
    children = list(started)
    running = {name for child in children for name in child.kinds}
    try:
        send_values(children, derived, added, removed, extracted)
        for kind in derived:
            if kind.name in running:
                continue
            if on_progress:
                on_progress(Progress(0, 0, kind.name))
            target = new_folder(folder, kind)
            before = previous / kind.name
            if not before.is_dir() or kind.name in redo:
                kind.build(fed(kind, read_back(folder)), target, on_progress)
            elif extracted.has(kind):
                fresh = extracted.of(kind, sorted(added))
                kind.update(before, fresh, sorted(removed), target, on_progress)
            else:
                changed = fed(kind, read_back(folder, sorted(added)))
                kind.update(before, changed, sorted(removed), target, on_progress)
        meanwhile()
        if on_progress and children:  # the last kind named stood still 5.4 s (fx164)
            on_progress(Progress(0, 0, finishing(children)))
        for child in children:
            child.wait()
    finally:
        for child in children:
            child.kill()
    return [kind.name for kind in derived]


def check_derived(folder: Path, names: Sequence[str], sums: dict[str, list[int]]) -> None:
    """Every derived folder is there, and each of its files has its checksum.

    Raises:
        BuildFailed: A folder is missing, or a file in it was not checksummed.
    """
    for name in names:
        target = folder / name
        if not target.is_dir():
            raise BuildFailed(f"the new index lacks its {name} data; the previous index is kept")
        for root, _, files in os.walk(target):
            for file in files:
                relative = Path(root, file).relative_to(folder).as_posix()
                if relative not in sums and not file.endswith((".lock", ".part")):
                    raise BuildFailed(f"the new index's {relative} was not checksummed")


def read_back(folder: Path, ids: Sequence[str] | None = None) -> Iterator[Article]:
    """The articles of a built (not yet published) generation, in order of id.

    Args:
        folder: The generation folder, its index committed.
        ids: Only these articles (every one when None); ids not in the index are skipped.
    """
    ix = open_dir(str(folder), schema=make_schema())
    try:
        with ix.searcher() as searcher:
            if ids is None:
                reader = searcher.reader()
                column = reader.column_reader("id")
                numbers = sorted(
                    (column[docnum], docnum)
                    for docnum in range(reader.doc_count_all())
                    if not reader.is_deleted(docnum)
                )
                for _, docnum in numbers:
                    yield article_from(searcher.stored_fields(docnum))
                return
            for article_id in ids:
                fields = searcher.document(id=article_id)
                if fields is not None:
                    yield article_from(fields)
    finally:
        ix.close()


def new_folder(generation: Path, kind: Derived) -> Path:
    """``kind``'s folder in the new ``generation``, made now."""
    target = generation / kind.name
    target.mkdir(mode=0o700)
    return target
