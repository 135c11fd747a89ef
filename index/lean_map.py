"""The leans articles' own metadata give, kept by every build so coverage reads no article.

A derived kind (`index.derived`) kept in ``gen-*/leans/``: ``leans.json``, the lean of each
article whose metadata give one (`index.leans.article_lean`), by id. Articles that give
none are left out, so a corpus without lean fields (Reuters) keeps ``{}``, and `stories`
learns every story's coverage from this one small file instead of reading each member
(fx64: 7,513 article reads, ~6.9 s of `stories --json` on Reuters).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from index.leans import LEANS, Lean, article_lean

if TYPE_CHECKING:
    from index.models import Article, ProgressCallback

NAME = "leans"
"""The kind's folder in a generation."""

FILE = "leans.json"
"""The lean of each article whose metadata give one, by id."""


class LeansDerived:
    """The `index.derived.Extracting` kind of the articles' own leans (`FILE`)."""

    name = NAME
    light = True  # a build never forks a process for it (`index.derived.light`)

    def extract(self, article: Article) -> tuple[str, Lean | None]:
        """The article's id and the lean its metadata give (None: none)."""
        return article.id, article_lean(article.extra)

    def build(
        self,
        articles: Iterable[tuple[str, Lean | None]],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """Keep the leans given."""
        _write({article_id: lean for article_id, lean in articles if lean}, folder)

    def update(
        self,
        previous: Path,
        added: Iterable[tuple[str, Lean | None]],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """The previous leans less ``removed``, with those ``added`` give."""
        leans = _read(previous / FILE)
        if leans is None:
            from index.errors import BuildFailed

            raise BuildFailed("the leans are unreadable; run `broadsheet index rebuild`")
        for article_id in removed:
            leans.pop(article_id, None)
        leans.update((article_id, lean) for article_id, lean in added if lean)
        _write(leans, folder)


def _write(leans: dict[str, Lean], folder: Path) -> None:
    from index.store.json_bytes import dumps_sorted

    (folder / FILE).write_bytes(dumps_sorted(dict(leans)))


def _read(path: Path) -> dict[str, Lean] | None:
    from index.store.json_bytes import loads

    try:
        found = loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or not all(lean in LEANS for lean in found.values()):
        return None
    return {str(k): v for k, v in found.items()}


@lru_cache(maxsize=4)
def kept_leans(folder: Path | None) -> dict[str, Lean] | None:
    """The leans kept in a generation's ``leans`` folder (a generation never changes:
    cached); None without one (an index built before they were kept) or when unreadable:
    then the articles are read (`index.leans.given_leans`)."""
    if folder is None:
        return None
    return _read(folder / FILE)
