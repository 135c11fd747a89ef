"""The research notebook: pins, tags, notes, highlights, saved searches, followed stories.

Headless like the rest of ``index``: a SQLite file beside a corpus's index generations
(``Notebook.open(index_dir)``), anchoring of highlights (``anchor``) and finding them again
(``locating``), and exports of a selection (``exports``). Nothing here needs the index:
callers pass article records.
"""

from __future__ import annotations

from index.notebook.anchor import (
    Anchor,
    Location,
    anchor_at,
    anchor_quote,
    quote_spans,
    span_context,
)
from index.notebook.db import NOTEBOOK_FILE, notebook_path
from index.notebook.errors import (
    AlreadyExists,
    InvalidValue,
    NotebookBusy,
    NotebookDamaged,
    NotebookError,
    NotebookTooNew,
    NotFound,
    QuoteNotFound,
)
from index.notebook.locating import locate
from index.notebook.loose_quote import loose_spans, nearest_passage
from index.notebook.models import (
    AnchorState,
    ArticleRecord,
    ArticleText,
    Entry,
    FollowedNews,
    FollowedStory,
    FollowUp,
    FollowUps,
    Highlight,
    Moved,
    Opened,
    SavedSearch,
    TagCount,
)
from index.notebook.notebook import Notebook
from index.notebook.passage import paragraphs, passages
from index.notebook.queries import Marks, folded, haystack, holds, needles
from index.notebook.relocation import RefreshReport, Relocation

__all__ = [
    "NOTEBOOK_FILE",
    "AlreadyExists",
    "Anchor",
    "AnchorState",
    "ArticleRecord",
    "ArticleText",
    "Entry",
    "FollowUp",
    "FollowUps",
    "FollowedNews",
    "FollowedStory",
    "Highlight",
    "InvalidValue",
    "Location",
    "Marks",
    "Moved",
    "NotFound",
    "Notebook",
    "NotebookBusy",
    "NotebookDamaged",
    "NotebookError",
    "NotebookTooNew",
    "Opened",
    "QuoteNotFound",
    "RefreshReport",
    "Relocation",
    "SavedSearch",
    "TagCount",
    "anchor_at",
    "anchor_quote",
    "folded",
    "haystack",
    "holds",
    "locate",
    "loose_spans",
    "nearest_passage",
    "needles",
    "notebook_path",
    "paragraphs",
    "passages",
    "quote_spans",
    "span_context",
]
