"""A hit's listing row from its document's stored fields, for a search before the listing is read.

At 100,000 articles reading the listing costs ~0.05 CPU s and mapping its ids ~0.015 s,
for the 20-40 hits of a `broadsheet search --json` (issue 21). Their documents' stored
fields hold the same facts but the file: a document keeps its file's absolute path as
it was when it was indexed, the listing the file's name in the corpus. That name is
taken from the path under the corpus the manifest names (or the folder of a one-file
corpus) and kept only if the manifest lists the article under that file: a corpus
moved since, a path in another form, a file the manifest does not know give no row,
and the caller reads the listing instead.

What the listing keeps of an article (`index.store.collect.row_of`) and what its document
stores (`index.store.collect.document`) are the same values: a title ("" if none), a
flag, an outlet (None or a name: an article with none stores no field), a date (its ISO
form in the listing, the datetime stored).
"""

from __future__ import annotations

import posixpath
from collections.abc import Container, Mapping
from typing import Any

from index.store.listing import Row

SET_FROM = 8
"""A file's list of ids is made a set (kept per generation) past this many ids."""


class StoredRows:
    """Rows of documents' stored fields, checked against one generation's manifest."""

    def __init__(self, manifest: Mapping[str, Any]) -> None:
        files, corpus = manifest.get("files"), manifest.get("corpus")
        self._files: Mapping[str, Any] = files if isinstance(files, dict) else {}
        self._roots: tuple[str, ...] = ()
        if isinstance(corpus, str) and corpus.startswith("/"):
            # the corpus folder, or the folder of a corpus that is one file
            roots = (corpus, posixpath.dirname(corpus.rstrip("/")))
            self._roots = tuple(root.rstrip("/") + "/" for root in roots)
        self._ids: dict[str, Container[str]] = {}

    def row(self, fields: Mapping[str, Any], article_id: str) -> Row | None:
        """``[title, title_derived, source, ISO date or None, file]`` of the document whose
        stored fields are ``fields``, as the listing has it for ``article_id``; None when
        the file cannot be told for certain (then read the listing)."""
        if fields.get("id") != article_id:
            return None
        file_rel = self.file_of(article_id, fields.get("path"))
        if file_rel is None:
            return None
        date = fields.get("date")
        return [
            fields.get("title", ""),
            bool(fields.get("title_derived")),
            fields.get("source"),
            date.isoformat() if date is not None else None,
            file_rel,
        ]

    def file_of(self, article_id: str, path: object) -> str | None:
        """The corpus file of ``article_id`` from its document's ``path``, if the manifest
        lists the article under it."""
        if not isinstance(path, str):
            return None
        for root in self._roots:
            if path.startswith(root) and article_id in self._ids_of(path[len(root) :]):
                return path[len(root) :]
        return None

    def _ids_of(self, file_rel: str) -> Container[str]:
        ids = self._ids.get(file_rel)
        if ids is None:
            entry = self._files.get(file_rel)
            found = entry.get("ids") if isinstance(entry, dict) else None
            if not isinstance(found, list):
                ids = ()
            elif len(found) > SET_FROM:
                ids = set(found)
            else:
                ids = found
            self._ids[file_rel] = ids
        return ids
