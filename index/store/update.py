"""Update an index: only new, changed and deleted files, applied to a copy of the live one."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh.index import open_dir

from index.derived import Derived, extracting
from index.errors import no_articles
from index.ingest.files import SourceFile, scan
from index.models import BuildReport, Progress, ProgressCallback, Skipped
from index.rules import ARTICLES, missing, outdated, why_derived, why_rebuilt
from index.skip_count import new_refusals, skipped_in_all
from index.store.base_check import BaseCheck, sound_base
from index.store.build import (
    cancel_writer,
    check_index_part,
    extracted_by,
    extracting_here,
    finish_generation,
    may_fork,
    new_generation,
    process_count,
    rebuild,
    writer_for,
)
from index.store.collect import DEFER, Collector, behind, diffed, same_content, whole
from index.store.delete import delete_ids
from index.store.derive import (
    Extracted,
    Streamed,
    check_kinds,
    derive_changes,
    start_early,
)
from index.store.derive_early import Early, forked_early
from index.store.gc_pause import collector_paused
from index.store.generations import (
    LISTING,
    IndexMissing,
    IndexOutdated,
    build_lock,
    check_safe,
    current_generation,
    is_locked,
    publish,
    read_json,
)
from index.store.prefetch import Prefetch, prefetched
from index.store.status import file_changes

if TYPE_CHECKING:
    from index.store.aside import Aside


@dataclass(frozen=True, slots=True)
class _Plan:
    """What an update must do: files to (re)read, whose articles go, kept; all in order."""

    read: list[SourceFile]
    drop: list[str]
    keep: int
    sources: Sequence[SourceFile]


def _plan(sources: Sequence[SourceFile], known: dict[str, Any]) -> _Plan:
    read: list[SourceFile] = []
    keep = 0
    get = known.get
    for source in sources:  # once per file of the corpus: kept lean
        entry = get(source.rel)
        if entry is not None and entry.get("sig") == [*source.signature]:
            keep += 1
        else:
            read.append(source)
    drop = [s.rel for s in read if s.rel in known]
    if keep + len(drop) != len(known):  # else every known file was scanned (paths are unique)
        seen = {source.rel for source in sources}
        drop = [rel for rel in known if rel not in seen] + drop
    more = behind(known, drop).difference(drop) if drop else ()  # their skips named a drop
    extra = [source for source in sources if source.rel in more]
    return _Plan(read + extra, drop + [s.rel for s in extra], keep - len(extra), sources)


def update(
    corpus: Path,
    index_dir: Path,
    *,
    procs: int | None = None,
    on_progress: ProgressCallback | None = None,
    derived: Sequence[Derived] = (),
) -> BuildReport:
    """Bring the index up to date with the corpus, touching only what changed.

    A file is re-read only when its size or modification time (or its sidecar's)
    differs from what the index recorded, so a no-op update is one pass of ``stat``
    calls. Changes are applied to a copy of the live generation and swapped in, so a
    failed update leaves the index as it was. With no index yet, or one of another
    schema version, this is a full rebuild; so it is when older rules read its articles
    (`index.rules`: cleaning changed), and a kind of derived data older rules made is
    derived anew from every article (the report's ``reason`` says so). A damaged index is
    refused, never built on: its files' sizes are checked always, their checksums before
    changes are applied.

    Args:
        corpus: The folder or file the index was built from.
        index_dir: The index folder.
        procs: Indexing worker processes for large changes; by default `DEFAULT_PROCS`.
        on_progress: Called with `Progress` now and then.
        derived: The derived data to keep current (`index.derived`); a kind the live
            generation lacks is built whole, even when no file changed.

    Returns:
        What changed.

    Raises:
        IndexDamaged: The live index is damaged (`rebuild` repairs it).
        BuildFailed: As for `rebuild`.
    """
    started = time.perf_counter()
    corpus = Path(corpus).expanduser().resolve()
    index_dir = Path(index_dir)
    check_kinds(derived)
    check_safe(index_dir)
    generation = current_generation(index_dir)
    reason = ""
    if generation is not None:
        # what an update makes lives till it ends (gc_pause); the files to read are read in
        # a child forked now, which loads the readers while this process scans (prefetch),
        # and the derived kinds are updated in another, which imports theirs (derive_early)
        fork = process_count(procs) > 1 and may_fork()
        with (
            collector_paused(),
            prefetched(fork) as ahead,
            forked_early(fork, index_dir, generation, derived) as early,
        ):
            report = _incremental(
                index_dir, generation, corpus, procs, on_progress, derived, ahead, early
            )
        if isinstance(report, BuildReport):
            return replace(report, seconds=time.perf_counter() - started)
        reason = report or ""
    # no index yet, one of another schema version, or articles read by older rules
    built = rebuild(corpus, index_dir, procs=procs, on_progress=on_progress, derived=derived)
    return replace(built, reason=reason) if reason else built


def _incremental(
    index_dir: Path,
    generation: Path,
    corpus: Path,
    procs: int | None,
    on_progress: ProgressCallback | None,
    derived: Sequence[Derived],
    ahead: Prefetch | None = None,
    early: Early | None = None,
) -> BuildReport | str | None:
    """`update` on the live ``generation``; None if it has another schema version, why it
    must be rebuilt if older rules read its articles. ``ahead`` reads the changed files,
    ``early`` updates the derived kinds (if the live generation is still ``generation``)."""
    try:
        manifest = sound_base(generation, crc=False)
    except IndexOutdated:
        return None
    redo = outdated(manifest, [kind.name for kind in derived])
    if ARTICLES in redo:
        return why_rebuilt(manifest)
    sources, skipped = scan(corpus)
    plan = _plan(sources, manifest["files"])
    if ahead is not None:
        ahead.send(whole(plan.read, manifest["files"]))
    held = manifest.get("derived") or []
    fresh = not plan.read and not plan.drop and not redo and not new_refusals(skipped, manifest)
    if fresh and all(kind.name in held for kind in derived) and not is_locked(index_dir):
        if on_progress:
            on_progress(Progress(len(sources), len(sources)))
        skipped_all, records = skipped_in_all(skipped, manifest["files"])
        return BuildReport(
            indexed=0,
            deleted=0,
            unchanged=plan.keep,
            total=int(manifest.get("articles", 0)),
            skipped=(),  # a new refusal takes the full path: its manifest lists it (rv26 #4)
            seconds=0.0,  # set by `update`
            full=False,
            added=0,
            changed=0,
            removed=0,
            skipped_in_all=skipped_all,
            records_in_all=records,
        )
    with build_lock(index_dir, "update"):
        live = current_generation(index_dir)
        if live is None:
            raise IndexMissing("the index vanished during the update")
        # a published generation's files never change: its manifest, read above, is
        # the one there now unless another build swapped in a new generation meanwhile
        same = live == generation
        manifest = sound_base(live, crc=False, read=manifest if same else None)
        generation = live
        if not same:  # else the plan made above holds: same manifest, same scan
            plan = _plan(sources, manifest["files"])
            redo = outdated(manifest, [kind.name for kind in derived])
            if ARTICLES in redo:
                return why_rebuilt(manifest)
        base_check = BaseCheck(generation, manifest)
        refused, scanned = new_refusals(skipped, manifest), len(skipped)
        try:
            with new_generation(index_dir, early.folder if early else None) as folder:
                indexed, deleted, total, (added, changed, removed, altered), in_all = _update_into(
                    folder,
                    generation,
                    corpus,
                    manifest,
                    plan,
                    skipped,
                    process_count(procs),
                    on_progress,
                    derived,
                    base_check.start,
                    redo,
                    ahead,
                    early if same else None,
                )
                base_check.wait()
                publish(index_dir, folder, base=generation)
        except Exception as error:
            base_check.wait(error)
            raise
    return BuildReport(
        indexed=indexed,
        deleted=deleted,
        unchanged=plan.keep + len(plan.read) - len(altered),
        total=total,
        skipped=refused + tuple(skipped[scanned:]),  # `_update_into` adds the files' skips
        seconds=0.0,
        full=False,
        added=added,
        changed=changed,
        removed=removed,
        files=file_changes({s.rel for s in sources}, manifest["files"], altered),
        skipped_in_all=in_all[0],
        records_in_all=in_all[1],
        reason=why_derived(redo, missing(manifest, [kind.name for kind in derived])),
    )


def _link_or_copy(source: Path, target: Path) -> None:
    """Hard-link a file of the live generation into the new one, or copy it. Whoosh never
    rewrites a segment file (deletions live in the new table of contents), so both
    generations can share them: an update then costs what changed, not the size of the
    index. Where links are impossible (another file system), copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _update_into(
    folder: Path,
    generation: Path,
    corpus: Path,
    manifest: dict[str, Any],
    plan: _Plan,
    skipped: list[Skipped],
    procs: int,
    on_progress: ProgressCallback | None,
    derived: Sequence[Derived],
    forked: Callable[[], None] = lambda: None,
    redo: Collection[str] = (),
    ahead: Prefetch | None = None,
    early: Early | None = None,
) -> tuple[int, int, int, tuple[int, int, int, set[str]], tuple[int, int]]:
    """Apply the plan to a copy of ``generation`` in ``folder``: articles indexed, documents
    deleted, articles in all, the articles (added, changed, removed) by id and the files
    changed (read, less a `touch`: `same_content`; not read, but gave an id up: sm33), and
    the files and records the new manifest lists as skipped, with how many are records
    (`skipped_in_all`). ``forked`` is called once the children are forked (or none will
    be): threads start after it. The kinds named in ``redo`` (older rules made them) are
    derived from every article."""
    for entry in os.scandir(generation):
        if entry.is_file(follow_symlinks=False) and not entry.name.endswith(".lock"):
            _link_or_copy(Path(entry.path), folder / entry.name)
    # with worker processes allowed, each extracting kind is updated in a forked child
    # (`index.store.aside`; only from a command's main thread, `may_fork`), started now, or
    # before the scan (`early`): it opens its previous state while this process reads and
    # indexes the changed files, and is sent its values once they are extracted
    aside = procs > 1 and may_fork()
    started: list[Aside] | None = None if early is None else early.start(folder, redo)
    if started is None:
        started = start_early(folder, generation, derived, redo) if aside else []
    forked()
    try:
        files: dict[str, Any] = dict(manifest["files"])
        listing: dict[str, list[Any]] = read_json(generation / LISTING)
        ix = open_dir(str(folder))
        kinds = extracting(derived)
        writer = writer_for(ix, procs, len(plan.read), kinds)
        try:  # a JSON Lines file read again: its records as before stay (`diffed`)
            removed, before = diffed(plan.drop, plan.read, files, listing)
            deleted = delete_ids(writer, removed)
            here = extracting_here(writer, kinds)
            # with the writer in this process, the articles go to the children, which
            # extract their kinds' values (off this process's path); the others extract here
            keep = bool(started) and len(here) == len(kinds)
            aside_names = {name for child in started for name in child.kinds} if keep else set()
            here = [kind for kind in here if kind.name not in aside_names]
            streamed = Streamed(started)
            collector = Collector(
                writer,
                files,
                listing,
                on_progress,
                len(plan.read),
                here,
                kept=streamed.add if keep else None,
                read=None if ahead is None else ahead.read,
                defer=DEFER if keep else 0,  # the children's articles first
                before=before,
            )
            collector.add_files(plan.read, plan.sources)
            deleted += delete_ids(writer, collector.gone)  # its records changed or gone
            removed += collector.gone
            if not listing:  # every file gone or skipped: the index stays as it was
                skips = skipped + collector.skipped
                raise no_articles(corpus, [(skip.path, skip.reason) for skip in skips])
            added = collector.fresh
            if keep:  # the children update their kinds while the index commits
                streamed.end(added, removed)
            collector.flush()
            if on_progress:
                on_progress(Progress(len(plan.read), len(plan.read), "saving"))
            writer.commit()
        except BaseException:
            cancel_writer(writer)
            raise
        finally:
            ix.close()
        # else the writer's workers extracted every kind's values, reported at the commit
        previous = manifest.get("checksums")
        linked = (generation, previous) if isinstance(previous, dict) else None
        checked: list[tuple[dict[str, list[int]], int]] = []  # while the children work
        extracted = (
            Extracted(here, collector.extracted) if keep else extracted_by(writer, collector, kinds)
        )
        names = derive_changes(
            folder,
            generation,
            derived,
            added,
            removed,
            on_progress,
            extracted,
            started=started,
            redo=redo,
            meanwhile=lambda: checked.append(
                check_index_part(folder, listing, linked, [kind.name for kind in derived])
            ),
        )
    finally:
        for child in started:
            child.kill()  # the update failed before they were waited for (else a no-op)
    finish_generation(folder, corpus, files, listing, skipped, names, linked, checked[0])
    in_all = skipped_in_all(skipped, files)
    skipped.extend(collector.skipped)
    same, same_files = same_content(plan.read, manifest["files"], files)
    new, gone = set(added) - same, set(removed) - same
    altered = ({s.rel for s in plan.read} | collector.late) - same_files
    counts = (len(new - gone), len(new & gone), len(gone - new), altered)
    return collector.indexed, deleted, len(listing), counts, in_all
