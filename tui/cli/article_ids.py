"""The article an id a user typed names (`get_article`), and why none does (`not_found`).

A shorter form of an id (`index.short_ids`: ``na-14`` of ``na-0014``) is said once on
stderr with what it resolved to, for human output (cp47): the user sees which article
they got; a ``--json`` stdout stays JSON alone, its ``id`` says it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from tui.cli.base import JSON_OUT, Exit, consoles, fail, shown

if TYPE_CHECKING:
    from index.library import Library
    from index.models import Article


def get_article(library: Library, article_id: str, *, say: bool | None = None) -> Article:
    """The article with this id, or the one article of the corpus file it names (a JSON
    article's id is its ``id`` field: nu27 #8), or the one a shorter form of its id names
    (`index.short_ids`: nu54 #1); else one line (an ambiguous form's candidates), exit 3.

    Args:
        library: The open library.
        article_id: What the user typed.
        say: Whether a shorter form's id is said on stderr (`said_resolved`); None: unless
            the command was asked for ``--json``.
    """
    try:
        return library.article(article_id)
    except KeyError:
        held = library.articles_in_file(article_id)
    if held is not None and len(held) == 1:
        return library.article(held[0])
    if held is None:
        short = library.short_id(article_id)
        if short.resolved is not None:
            said_resolved(article_id, short.resolved, say=say)
            return library.article(short.resolved)
        if short.candidates:
            fail(short.said(), Exit.NOT_FOUND)
    fail(not_found(article_id, held, library.skip_reason(article_id)), Exit.NOT_FOUND)


def said_resolved(form: str, article_id: str, *, say: bool | None = None) -> None:
    """Say on stderr which id a typed form named ("na-14 → na-0014"), unless ``say`` is
    False (None: unless ``--json`` was asked) or the form is the id (`compare` says it for
    a corpus file's name too: its ids are read first, then said)."""
    if form == article_id or (JSON_OUT.asked if say is None else not say):
        return
    err = consoles().err
    try:
        with err.capture() as captured:  # styled for stderr, as the console would print it
            err.print(shown(f"{form} → {article_id}", "dim"))
        sys.stderr.write(captured.get())
        sys.stderr.flush()
    except OSError:  # stderr closed or full: a note stops no command (rv60: Rich's broken
        pass  # pipe turned stdout to /dev/null and exited 0, the article never printed)


SHOWN_IDS = 3
"""How many of a file's ids the line naming them lists."""


def not_found(article_id: str, held: list[str] | None, why: str | None = None) -> str:
    """Why no article has this id, in one line: what the file it names holds, if it names one
    (``held``: its indexed articles' ids), or why the index skipped it (``why``: nu55 #13)."""
    said = f"no article with id {article_id!r}"
    if not held and why:
        return f"{said}: nothing of that file was indexed: {why}"
    if held is None:
        return f"{said} (try `broadsheet search`)"
    if not held:
        return (
            f"{said}: that file holds no indexed article (its records may have been skipped,"
            " see `broadsheet index status`; or try `broadsheet index update`)"
        )
    ids = ", ".join(repr(i) for i in held[:SHOWN_IDS]) + (", …" if len(held) > SHOWN_IDS else "")
    return f"{said}: that file holds {len(held):,} articles, give one of their ids: {ids}"


STORY_ID_HELP = (
    "The story's id (from `broadsheet stories`), or a beginning of it that begins no other"
    " story's id: s4f97 for s4f97c7ac91ff."
)
"""What a command taking a story id says of it (`get_story_id` takes a prefix: fx157)."""


def get_story_id(library: Library, form: str) -> str:
    """The id of the story ``form`` names: its id or a shortened one (`story s15e1` was
    refused though article ids take a prefix: nu62 #9, fx157); else one line, exit 3."""
    named = library.story_ids_named(form.strip())
    if len(named) == 1:
        said_resolved(form.strip(), named[0])
        return named[0]
    if named:
        some = ", ".join(named[:5]) + (", …" if len(named) > 5 else "")
        fail(f"{form!r} begins {len(named):,} story ids ({some}): type more of it", Exit.NOT_FOUND)
    fail(f"no story with id {form!r} (try `broadsheet stories`)", Exit.NOT_FOUND)
