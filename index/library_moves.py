"""Notes follow a moved file (nu36 #4): after a build, an article id gone from the index
whose file's text (its digest) is now under another path gives what the notebook keeps on
it (pins, tags, notes, highlights, its place in followed stories and saved searches) to
the article's new id.

An article's id is its path in the corpus, so moving or renaming a file changes it. The
file digests of the live generation's manifest before the build and after it tell the
moves: a file gone whose digest is now the one of exactly one file (a file new to the
index first: the move's target; else one already there: a copy made, then the original
deleted) moved there, record by record for a file of many. A file whose text is in two
new files is taken to the one of the same name when there is exactly one, else its notes
stay listed as gone. An edited file moved has no digest to follow: its notes follow it
only when its title and outlet, as the notebook keeps them, are those of exactly one
article new to the index and of no other gone one, and the two texts are one edited
(`same_text`: most words the same, in order, and the same day when both are dated; rv35
#1: a daily column deleted and the next day's added is another article); else they stay
listed as gone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from index.errors import StoreError
from index.library_adopt import adopt_moved
from index.models import Article, BuildReport
from index.store.generations import current_generation
from index.store.live import live_manifest

if TYPE_CHECKING:
    from index.library import Library
    from index.notebook import Notebook

Files = dict[str, dict[str, Any]]
"""A manifest's ``files``: each file's entry (``digest``, ``ids``) by its path."""


@dataclass(frozen=True, slots=True)
class Before:
    """What a build needs to know of the index before it: its files, when the corpus has a
    notebook (else None: nothing to carry), the line telling that the notebook of the
    corpus before it moved came with it (`index.library_adopt`; "" for none), and the live
    generation's folder (the one before after the build: the texts of the articles gone)."""

    files: Files | None
    told: str = ""
    generation: Path | None = None
    copies: Mapping[str, str] = field(default_factory=dict)
    """The articles of its exact copies' texts (each copy and its original), each with its
    text's key (`index.copies.key`): a build that deletes one of them while another of its
    text stays carries what followed stories saw (`copies_kept`)."""


def files_before(library: Library) -> Before:
    """The index before a build (`Before`); a moved corpus's notebook is carried first."""
    told = adopt_moved(library.corpus, library.index_dir)
    if not library.has_notebook():
        return Before(None, told)
    try:
        generation = current_generation(library.index_dir)
    except StoreError:
        generation = None
    return Before(manifest_files(library.index_dir), told, generation, _copy_keys(library))


def _copy_keys(library: Library) -> dict[str, str]:
    """Each article of a text the open index holds twice or more, with its text's key; {}
    without copies (the common case: only the small ``same_text`` is read) or an index."""
    from index.copies import NAME, keys_in, originals

    try:
        try:
            folder = library.derived_folder(NAME)
        except StoreError:  # not open before a build: the live generation's (Whoosh)
            live = current_generation(library.index_dir)
            folder = None if live is None or not (live / NAME).is_dir() else live / NAME
        same = originals(folder)
        keys = keys_in(folder) if folder is not None and same else {}
    except (StoreError, OSError, ValueError):
        return {}
    members = {*same, *same.values()}
    return {article: keys[article] for article in members if article in keys}


def copies_kept(library: Library, before: Before, known: set[str]) -> dict[str, str]:
    """The ``known`` (notebook) articles of ``before``'s copies a build deleted while an
    article of their text stayed, each with the one that stands for it now (fx39 #4c,
    rv35 #10: derived from the index's copies at the build, never stored)."""
    from index.copies import NAME, keys_in, texts_gone

    seen = {article: k for article, k in before.copies.items() if article in known}
    if not seen:
        return {}
    try:
        _open_newest(library)
        folder = library.derived_folder(NAME)
        after = keys_in(folder) if folder is not None else {}
    except (StoreError, OSError, ValueError):
        return {}
    return texts_gone(seen, after)


def manifest_files(index_dir: Path) -> Files | None:
    """The ``files`` of the live generation's manifest; None when there is none readable."""
    files = live_manifest(index_dir).get("files")
    return files if isinstance(files, dict) else None


def moved_ids(before: Files, after: Files) -> dict[str, str]:
    """The article ids gone from ``before`` to ``after`` whose file's text moved, each with
    its new id (see the module's docstring)."""
    now = {i for entry in after.values() for i in _ids(entry)}
    by_digest: dict[str, list[str]] = {}
    for path, entry in after.items():
        if entry.get("digest"):
            by_digest.setdefault(entry["digest"], []).append(path)
    moves: dict[str, str] = {}
    for path, entry in before.items():
        ids = _ids(entry)
        if path in after or not entry.get("digest") or not set(ids) - now:
            continue
        same = [p for p in by_digest.get(entry["digest"], []) if len(_ids(after[p])) == len(ids)]
        target = _one(same, before, PurePosixPath(path).name)
        if target is not None:
            pairs = zip(ids, _ids(after[target]), strict=True)
            moves.update((old, new) for old, new in pairs if old not in now)
    return moves


def _ids(entry: Mapping[str, Any]) -> list[str]:
    ids = entry.get("ids")
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def _one(paths: list[str], before: Files, name: str) -> str | None:
    """The one path a gone file's text went to: the only new one, else the only one; of
    several, the only one of the same file name; None when there is no telling."""
    fresh = [p for p in paths if p not in before]
    for choice in (fresh, paths):
        if len(choice) == 1:
            return choice[0]
        if choice:
            named = [p for p in choice if PurePosixPath(p).name == name]
            return named[0] if len(named) == 1 else None
    return None


def follow_moves(library: Library, before: Before, report: BuildReport) -> BuildReport:
    """Carry the notebook's notes on the articles a build saw move (``before``: the index
    before it, `files_before`); the report names them (``notes_moved``), and its reason
    tells a moved corpus's notebook carried over."""
    if before.told:
        report = replace(report, reason="; ".join(p for p in (report.reason, before.told) if p))
    after = manifest_files(library.index_dir) if before.files is not None else None
    if before.files is None or after is None:
        return report
    with library.notebook() as notebook:
        known = notebook.known_ids()
        moves = {old: new for old, new in moved_ids(before.files, after).items() if old in known}
        moves.update(_edited(library, notebook, before, after, known, moves))
        kept = copies_kept(library, before, known)  # one of two copies deleted: the text stays
        if kept.keys() - moves.keys():
            notebook.carry_seen({old: new for old, new in kept.items() if old not in moves})
        if not moves:
            return report
        notebook.move(moves)  # a followed story keeps its id: builds keep story ids
    return replace(report, notes_moved=tuple(sorted(moves.items())))


def _edited(
    library: Library,
    notebook: Notebook,
    before: Before,
    after: Files,
    known: set[str],
    moves: Mapping[str, str],
) -> dict[str, str]:
    """Entries on gone articles no digest followed, each paired with the one article new to
    the index of its kept title and outlet, when neither has another such partner and the
    texts are one edited (`same_text`, the gone one's read from ``before.generation``)."""
    if before.files is None or before.generation is None:
        return {}
    was = {i for entry in before.files.values() for i in _ids(entry)}
    now = {i for entry in after.values() for i in _ids(entry)}
    gone = sorted((was - now) & known - set(moves))
    fresh = sorted(now - was - set(moves.values()) - known)
    if not gone or not fresh:
        return {}
    try:
        _open_newest(library)
        titles = library.titles(fresh)
    except (StoreError, KeyError):
        return {}
    pairs: dict[str, list[str]] = {}
    for old in gone:
        entry = notebook.entry(old)
        if entry is None or not entry.article.title:
            continue
        title = _plain(entry.article.title)
        pairs[old] = [
            new
            for new in fresh
            if _plain(titles.get(new, "")) == title
            and _source(library, new) == entry.article.source
        ]
    taken = [new for found in pairs.values() for new in found]
    return {
        old: found[0]
        for old, found in pairs.items()
        if len(found) == 1
        and taken.count(found[0]) == 1
        and _edit_of(library, before.generation, old, found[0])
    }


def _edit_of(library: Library, generation: Path, old: str, new: str) -> bool:
    """Whether the article ``new`` is the gone ``old`` (as ``generation`` held it) edited."""
    from index.store.earlier import article_in  # Whoosh: never on the reader's first frame

    was = article_in(generation, old)
    try:
        now = library.article(new)
    except (StoreError, KeyError):
        return False
    return was is not None and same_text(was, now)


LIKE = 0.6
"""The least likeness (`same_text`) of an edit's words to the text it edits, set on the
shared corpora's tuning half (`python -m bench.edit_likeness`): 20 words changed in a text
of 50 or more keep 0.6 every time; unrelated articles have a median of 0.09 to 0.12 and
reach 0.6 only among Reuters' templated one-line wires (2 pairs of 3,000). An edited
column's date must agree too (a daily column's template is alike day after day)."""


def same_text(was: Article, now: Article) -> bool:
    """Whether ``now`` is ``was`` edited: their words, in order, alike at `LIKE` or more
    (twice the longest common word sequence over both lengths), and the same day when
    both are dated."""
    if was.date is not None and now.date is not None and was.date.date() != now.date.date():
        return False
    before, after = _words(was.body), _words(now.body)
    from rapidfuzz.distance import Indel  # only when an edited file may have moved: not at start

    return bool(before and after) and Indel.normalized_similarity(before, after) >= LIKE


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _open_newest(library: Library) -> None:
    """Open the index just built (a build leaves it closed, or open on the one before)."""
    library.engine.open()
    library.refresh()


def _plain(title: str) -> str:
    return " ".join(title.casefold().split())


def _source(library: Library, article_id: str) -> str | None:
    try:
        return library.article(article_id).source
    except (StoreError, KeyError):
        return None
