"""The file part of `index.library.Library`: the articles a corpus file holds, for a command
given a file's name where an article's id is asked (a JSON article's id is its ``id``
field, not its file's name: nu27 #8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from index.engine import Engine
    from index.models import Article
    from index.short_ids import ShortForm


class FileMethods:
    """Which indexed articles a file of the corpus holds."""

    if TYPE_CHECKING:  # provided by `index.library.Library`
        corpus: Path
        index_dir: Path
        engine: Engine

        def titles(self, article_ids: Iterable[str]) -> dict[str, str]: ...

        def article(self, article_id: str) -> Article: ...

    def short_id(self, form: str) -> ShortForm:
        """What a shorter form of an id names (`index.short_ids`: a file name, its stem, a
        path's tail, a stem's beginning), among the indexed articles (none when the engine
        keeps no listing of ids: OpenSearch)."""
        from index.short_ids import ShortForm, resolve

        listed = getattr(self.engine, "article_ids", None)
        if not callable(listed):
            return ShortForm(form, None, ())
        return resolve(form, listed())

    def names_corpus_file(self, name: str) -> bool:
        """Whether ``name`` (as `articles_in_file` takes it) is an article file of the
        corpus; the index is not opened."""
        from index.ingest.files import corpus_root
        from index.ingest.held import corpus_file

        return corpus_file(corpus_root(self.corpus), name) is not None

    def articles_in_file(self, name: str) -> list[str] | None:
        """The ids of the indexed articles the corpus file ``name`` holds, in the file's
        order; None when ``name`` names no article file of the corpus.

        ``name`` is a path as typed: relative to the corpus folder (as a text file's id is),
        to the working folder, or absolute.
        """
        from index.ingest.files import corpus_root
        from index.ingest.held import corpus_file, file_ids

        root = corpus_root(self.corpus)
        rel = corpus_file(root, name)
        if rel is None:
            return None
        ids = file_ids(root, rel)
        known = self.titles(ids)
        return [i for i in ids if i in known and self._from_file(i, root / rel)]

    def _from_file(self, article_id: str, path: Path) -> bool:
        """True when the index took article ``article_id`` from the file ``path``: an id
        the file holds may be another file's article, this file's record skipped as a
        duplicate (rv26 #3)."""
        import os

        stored = self.article(article_id).path
        if os.path.normpath(stored) == os.path.normpath(path):
            return True
        try:
            return os.path.samefile(stored, path)
        except OSError:
            return False

    def skip_reason(self, name: str) -> str | None:
        """Why the index skipped the corpus file ``name`` (or its records), in the words of
        `index status` ("article too long: ..."); None when it skipped nothing of it (nu55 #13)."""
        from index.ingest.files import corpus_root
        from index.ingest.held import corpus_file
        from index.store.live import live_manifest

        rel = corpus_file(corpus_root(self.corpus), name)
        try:
            entry = live_manifest(self.index_dir).get("files", {}).get(str(rel)) if rel else None
        except (OSError, ValueError):
            return None
        reasons = [str(why) for _, why in (entry or {}).get("skipped", [])]
        if len(reasons) > 1:
            return f"{len(reasons):,} records skipped, the first: {reasons[0]}"
        return reasons[0] if reasons else None
