"""What the reader remembers of a corpus between starts: a small JSON file beside its index."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.library import read_state
from index.models import SORTS, Sort
from tui.query_history import QUERY_KEPT_CHARS, QueryHistory

STATE_FILE = "reader.json"
"""The file's name in the corpus's index folder (beside the generations and the notebook)."""
ENV_NO_RESTORE = "BROADSHEET_NO_RESTORE"
"""Set to 1 (or true) to start the reader afresh, as `--no-restore` does."""
VERSION = 1
SORT_SHOWN: dict[str, str] = {name: name for name in SORTS} | {"source": "outlet"}
"""The name the reader, the README and the CLI give each order (nu32 #4: the README's
"outlet", the library's "source")."""
SORT_STATUS: dict[str, str] = {
    "relevance": "relevance",
    "newest": "newest first",
    "oldest": "oldest first",
    "source": "A-Z by outlet",
}
"""What the status line says of each order, as a reader would say it (nu53 #10: "sort:
newest, A-Z"); the toast of `s` and the CLI keep `SORT_SHOWN`'s names (fx131)."""
STORY_ORDERS = ("", "newest first", "oldest first")
"""The orders `s` cycles the story list through ("": the library's, `story_default`)."""


def story_default(query: str) -> str:
    """The library's order of the stories, as the status line and `s`'s toast say it: those
    that match a ``query`` best first, else the largest first (the README's words)."""
    return "best first" if query.strip() else "largest first"


NO_DATES = ": no dates to sort by (dates come from the text or a NAME.meta.toml sidecar)"
"""Said after "Sorted by newest" when no article has a date: the order silently stayed
the same (nu46 #2)."""


def next_sort(sort: Sort, query: bool) -> Sort:
    """The order `s` moves the list to from ``sort``. With no ``query`` relevance has
    nothing to rank by and the list comes newest first: "newest" after "relevance" would
    change nothing seen (nu58 #4: one press in four), so it is passed over; "relevance"
    stays in the cycle, for the next query's sake."""
    following = SORTS[(SORTS.index(sort) + 1) % len(SORTS)]
    if not query and sort == "relevance" and following == "newest":
        return next_sort(following, query)
    return following


def sort_toast(sort: Sort, query: bool, dateless: bool) -> str:
    """What `s` says of the order it chose: with no ``query``, relevance as the list shows
    it (nu58 #4: "Sorted by relevance" over a list newest first); ``dateless``: no article
    has a date, an order by date is said to stay as it was (`NO_DATES`)."""
    by_date = sort in ("newest", "oldest") or (sort == "relevance" and not query)
    if sort == "relevance" and not query:
        said = "Sorted by newest (by relevance once you search)"
    else:
        said = f"Sorted by {SORT_SHOWN[sort]}"
    return said + (NO_DATES if dateless and by_date else "")


class StateDamaged(ValueError):
    """The saved state cannot be read; ``str(error)`` is one line."""


@dataclass(frozen=True, slots=True)
class ReaderState:
    """The reader's query, sort, outlet filter, list mode, open article, story order and
    the queries searched."""

    query: str = ""
    sort: Sort = "relevance"
    source: str | None = None
    """The outlet the list is limited to (None: every outlet)."""
    stories: bool = False
    """True when the list showed stories instead of articles."""
    article: str | None = None
    """The id of the article open in the pane."""
    story_order: str = ""
    """The story list's order (one of `STORY_ORDERS`), kept apart from the articles'."""
    history: tuple[str, ...] = ()
    """The queries searched, oldest first (the search bar's up and down walk them)."""
    story: str | None = None
    """The id of the story under the stories list's cursor (nu61 #5, fx151: a restart came
    back on row 1, its first story open)."""
    story_open: bool = False
    """Whether that story's screen was open over the list (fx154: a restart came back on
    its row, the screen closed); it opens again once the list lists it."""

    def to_json(self) -> dict[str, Any]:
        """The state as the file holds it."""
        return {
            "version": VERSION,
            # a query longer than the search takes (a paste, refused) is not kept (rv41)
            "query": self.query if len(self.query) <= QUERY_KEPT_CHARS else "",
            "sort": self.sort,
            "source": self.source,
            "list": "stories" if self.stories else "articles",
            "article": self.article,
            "story_order": self.story_order,
            "history": QueryHistory(self.history).queries,  # bounded as the reader keeps it
            "story": self.story,
            "story_open": self.story_open,
        }

    @classmethod
    def from_json(cls, data: object) -> ReaderState:
        """The state a file held; an unknown sort, list mode or story order (none: a file
        from before it was kept) falls back to the default.

        Raises:
            StateDamaged: ``data`` is not the object `to_json` writes.
        """
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise StateDamaged("not a reader state of this version")
        query, sort, source, article = (data.get(k) for k in ("query", "sort", "source", "article"))
        if not isinstance(query, str):
            raise StateDamaged("its query is not text")
        if not (source is None or isinstance(source, str)):
            raise StateDamaged("its outlet is not text")
        if not (article is None or isinstance(article, str)):
            raise StateDamaged("its article id is not text")
        story = data.get("story")  # none: a file from before it was kept
        if not (story is None or isinstance(story, str)):
            raise StateDamaged("its story id is not text")
        known: Sort = next((s for s in SORTS if s == sort), "relevance")
        order = next((o for o in STORY_ORDERS if o == data.get("story_order")), "")
        stories = data.get("list") == "stories"
        kept = data.get("history")  # none: a file from before it was kept
        history = tuple(q for q in kept if isinstance(q, str)) if isinstance(kept, list) else ()
        opened = data.get("story_open") is True  # none: a file from before it was kept
        return cls(
            query,
            known,
            source or None,
            stories,
            article or None,
            order,
            history,
            story or None,
            opened and bool(story),
        )


def state_path(index_dir: Path) -> Path:
    """Where the reader's state for the corpus indexed in ``index_dir`` is kept."""
    return Path(index_dir) / STATE_FILE


def load_state(path: Path) -> ReaderState | None:
    """The state saved at ``path``, or None when there is none.

    Raises:
        StateDamaged: The file cannot be read or is not a reader state.
    """
    try:
        text = read_state(path)  # a FIFO is refused, never waited on (fx166)
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:  # its path said once (a FIFO: fx166)
        why = getattr(error, "strerror", None) or error
        raise StateDamaged(f"cannot read {path}: {why}") from error
    try:
        return ReaderState.from_json(json.loads(text))
    except (ValueError, RecursionError) as error:  # JSONDecodeError is a ValueError
        raise StateDamaged(f"{path} is damaged ({error})") from error


def save_state(path: Path, state: ReaderState) -> None:
    """Write ``state`` to ``path`` atomically: a temporary file beside it, then a rename.

    Raises:
        OSError: The folder cannot be written.
    """
    write_json(path, state.to_json())


def write_json(path: Path, data: object) -> None:
    """Write ``data`` as JSON to ``path`` atomically: a temporary file beside it, then a
    rename (a crash leaves the old file or the new, never half of one).

    Raises:
        OSError: The folder cannot be written.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
