"""What the reader says when the index lacks stories or quotes (built with ``--no-stories``,
``--no-quotes``, or before them): the key that adds them, never a command to run in a shell
(a new user read "run `broa…", cut, in the story list, and "run `broadsheet index update`"
in the reader). An update (``u``) derives every kind the index lacks.

Except on an index copied from another corpus's folder: `u` is refused there
(`index.library.Library.refuse_other_corpus`), so the lines name the command that replaces
it, as the status line does (`tui.widgets.status_line.OTHER_CORPUS`; lf31, sm32)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.library import Library

NO_STORIES = "This index has no stories yet;\npress u to add them."
"""The story list's line (two short lines: the list is 40-76 columns wide, its rows unwrapped;
at 100 columns "it adds them." was cut, nu22 #7)."""
NO_STORIES_RELATED = "Related articles need stories, which this index lacks: press u to add them"
"""The toast of ``r``."""
NO_QUOTES = "This index has no quotes yet: press esc, then u to update the index: it adds them."
"""The quotes panel's line."""

FORCE = "`broadsheet index update --force`"
COPIED_NO_STORIES = (
    "This index has no stories yet;\nit is another corpus's index:\n"
    f"{FORCE}\nreplaces it, with them."
)
"""`NO_STORIES` on a copied index (short lines, as there)."""
COPIED_NO_STORIES_RELATED = (
    f"Related articles need stories, which this index lacks; it is another corpus's index: "
    f"{FORCE} replaces it, with them"
)
"""`NO_STORIES_RELATED` on a copied index."""
COPIED_NO_QUOTES = (
    f"This index has no quotes yet; it is another corpus's index: {FORCE} replaces it, with them."
)
"""`NO_QUOTES` on a copied index."""


def copied(library: Library) -> bool:
    """True when the index folder holds another corpus's index (copied with it, or built for
    another path), where `u` is refused. Reads the manifest: call it in a thread worker."""
    from index.library import IndexOfAnotherCorpus

    try:
        library.refuse_other_corpus("update")
    except IndexOfAnotherCorpus:
        return True
    return False


def stories_lacking(library: Library) -> str:
    """The story list's line for an index without stories."""
    return COPIED_NO_STORIES if copied(library) else NO_STORIES


def related_lacking(library: Library) -> str:
    """The toast of ``r`` on an index without stories."""
    return COPIED_NO_STORIES_RELATED if copied(library) else NO_STORIES_RELATED


def quotes_lacking(library: Library) -> str:
    """The quotes panel's line on an index without quotes."""
    return COPIED_NO_QUOTES if copied(library) else NO_QUOTES
