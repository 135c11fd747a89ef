"""Stories as derived data of an index generation: built with every rebuild, kept by updates."""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable
from importlib import import_module
from pathlib import Path

from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_files import StoryFilesError
from index.errors import BuildFailed, StoreError
from index.models import Article, ProgressCallback

NAME = "stories"
"""The stories' folder in a generation."""

LEAD_CHARACTERS = 150 * 12
"""Body characters kept per article while building: story grouping reads only the lead
(``vectors.LEAD_WORDS`` words of at most twelve characters), so a corpus is never held
whole; vectors (and NumPy) are not imported until a model is built."""


class StoriesMissing(StoreError):
    """The open index holds no stories (it was built before them, or without them)."""


def story_article(article: Article) -> StoryArticle:
    """What story grouping reads of an article.

    A title derived from the lede is left out: it repeats the lead's first words, which
    would then weigh as much as a headline.
    """
    body = article.body
    return StoryArticle(
        id=article.id,
        title="" if article.title_derived else article.title,
        body=body[:LEAD_CHARACTERS],
        source=article.source,
        date=article.date,
        url=article.url,
        words=len(body.split()) if len(body) > LEAD_CHARACTERS else None,  # `story_length`
    )


class Earlier:
    """Which story each article of a saved model was in: all a rebuild asks of the previous
    stories (`story_naming.story_names`), read at once so that a damaged file is found here
    (the rebuild then names its stories afresh: it is what repairs an index)."""

    def __init__(self, folder: Path) -> None:
        from index.analysis.story_build import UNDATED_TITLES
        from index.analysis.story_files import read_array, read_meta
        from index.analysis.story_titles import TITLES

        meta = read_meta(folder, leave=(TITLES, UNDATED_TITLES, "why_terms", "sources"))
        names = [str(entry[0]) for entry in meta["stories"]]
        story = read_array(folder, "story")
        ids = meta["ids"]
        if len(story) != len(ids) or (len(story) and int(story.max()) >= len(names)):
            raise StoryFilesError(f"stories in {folder} are damaged")
        self._of = dict(zip(ids, (names[k] for k in story.tolist()), strict=True))

    def story_of(self, article_id: str) -> str | None:
        """The id of the story ``article_id`` was in; None for an article it did not have."""
        return self._of.get(article_id)


def earlier(folder: Path) -> Earlier | None:
    """The stories of the index that ``folder`` (a new generation's stories folder,
    ``INDEX/TEMP/stories``) is built in: the live generation's, or when it has none (built
    `--no-stories`) those it carried (`generations.CARRIED`), or those of the newest earlier
    generation still kept that has them (rv33 #2): no-stories builds in between keep the ids.
    None when there are none or they cannot be read (an older format, a damaged file)."""
    from index.store.generations import CARRIED, GEN_PREFIX, current_generation

    index_dir = folder.parent.parent
    try:
        live = current_generation(index_dir)
        if live is None or live.resolve() == folder.parent.resolve():
            return None
        older = sorted(
            (
                entry
                for entry in index_dir.iterdir()
                if entry.name.startswith(GEN_PREFIX) and entry.name < live.name
            ),
            reverse=True,
        )
    except (StoreError, OSError):
        return None
    for generation in (live, *older):
        for name in (NAME, CARRIED[1]):  # a --no-stories generation carries the live ones
            if (generation / name).is_dir():
                try:
                    return Earlier(generation / name)
                except (StoryFilesError, KeyError, TypeError, ValueError, IndexError, OSError):
                    return None
    return None


class StoriesDerived:
    """The `index.derived.Derived` of stories: a `StoryModel` saved in ``gen-*/stories/``.

    Extracting (`index.derived.Extracting`): what grouping reads of each article (its
    `StoryArticle`) is taken where the article is indexed, so nothing is read back.
    """

    name = NAME

    def extract(self, article: Article) -> StoryArticle:
        """What story grouping reads of the article (`story_article`)."""
        return story_article(article)

    def build(
        self,
        articles: Iterable[StoryArticle],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """Group every article into stories (see `StoryModel.build`) and save them; a story
        that continues a story of the live generation (or of the last one with stories,
        `earlier`) keeps its id (`story_naming.story_names` says when): a followed story
        survives a rebuild (nu33 #1)."""
        previous = earlier(folder)
        StoryModel.build(articles, previous=previous, on_progress=on_progress).save(folder)

    def warm(self) -> None:
        """Import what `update` needs before its values come (`index.store.derive_early`:
        an update's child does it beside the scan)."""
        # `numpy.ma`: `np.unique`'s first call imports it
        import_module("numpy.ma")
        import_module("index.analysis.story_update")

    def update(
        self,
        previous: Path,
        added: Iterable[StoryArticle],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """Place the added articles in the previous stories (ids kept) and drop the removed.

        Raises:
            BuildFailed: The previous stories are unreadable or of an older format.
        """
        from index.analysis.story_build import Built

        # and what placing the added articles imports, imported before they are read: in
        # an update's child they come later (streamed), and what follows them is the
        # update's longest wait (issue 21, bench/README)
        self.warm()
        try:
            loaded = StoryModel.load(previous)
            # read everything now, so a damaged file fails here, by name (and once: the
            # update works on these parts)
            parts = loaded.parts()
        except StoryFilesError as error:
            raise BuildFailed(f"{error} (run `broadsheet index rebuild`)") from error
        model = StoryModel(None, parts.meta, Built(parts))
        model.update(list(added), removed, on_progress=on_progress).save(folder, previous)


class StoryCache:
    """The story model of the open generation, loaded on first use and again after a swap."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded: tuple[Path, StoryModel] | None = None

    def model(self, folder: Path | None) -> StoryModel:
        """The model saved in ``folder`` (the open generation's stories folder).

        Raises:
            StoriesMissing: ``folder`` is None, or its stories are unreadable.
        """
        if folder is None:
            raise StoriesMissing(
                "this index has no stories yet: run `broadsheet index update` to add them"
            )
        with self._lock:
            if self._loaded is None or self._loaded[0] != folder:
                try:
                    self._loaded = (folder, StoryModel.load(folder, reading=True))
                except StoryFilesError as error:
                    raise StoriesMissing(f"{error} (run `broadsheet index rebuild`)") from error
            return self._loaded[1]
