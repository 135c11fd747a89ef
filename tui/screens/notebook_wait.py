"""Notebook keys typed right after a move act on the row moved to (nu52 #1); the copy
keys, `n`, `t` and `r` too (fx128: `tui.screens.reader_actions`).

Pin, tag, note and highlight act on the article in the reading pane. In the list a move
shows the cursor's article only once a worker has loaded it, and the key queue hands the
next key on once the move is done, not once the pane has caught up: `j p` typed in one
burst pinned the row moved from, `j T` tagged it. So a notebook key typed while the pane
is behind the list's cursor waits: its action runs once the pane shows the cursor's
article, and the keys typed after it wait for that too (`tui.key_waits.expect_result`),
so they still act in the order typed. Acting on the cursor's id alone would not do: note
and highlight need the article's text, and pin and tag keep a record of the article.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary

from textual.screen import Screen

from tui.key_waits import expect_result, result_came, screen_expected
from tui.widgets.article_list import ArticleList
from tui.widgets.reading_pane import ReadingPane

Waiting = tuple[str, Callable[[], object], int | None, bool]
"""The article a key waits for, its action, the ticket of the keys held behind it, and
whether it waits for the article's lines too (`n`: `hold_for_pane`'s ``laid_out``)."""

_WAITING: WeakKeyDictionary[Screen[Any], Waiting] = WeakKeyDictionary()
"""The notebook key waiting on each screen for its pane (`hold_for_pane`)."""

_NOT_COMING: WeakKeyDictionary[Screen[Any], tuple[str, str]] = WeakKeyDictionary()
"""The article whose load failed last on each screen, and why (`pane_not_coming`)."""

OPEN_FIRST = "Open an article first"


def pane_behind(screen: Screen[Any]) -> str | None:
    """The id of the article under the list's cursor while the list has the focus and the
    pane does not show that article yet (its preview is still loading); else None. The
    list is not asked otherwise: an article opened from a story or a quote is not in it."""
    listed = screen.query_one(ArticleList)
    current = listed.current if screen.focused is listed and not listed.away else None
    article = screen.query_one(ReadingPane).article
    if current is None or (article is not None and article.id == current.id):
        return None
    return current.id


def pane_loading(screen: Screen[Any]) -> str | None:
    """The id of the article the pane is loading or laying out, whatever has the focus
    (nu56 #2: `/peacekeep enter n` acted on the lines of the article shown before the top
    hit's came, "No matches in this article"), else None."""
    pane = screen.query_one(ReadingPane)
    pending: str | None = getattr(screen, "_pending", None)  # the reader's (`_load`)
    if pending is not None:
        return pending
    return pane.article.id if pane.article is not None and not pane.laid_out else None


def hold_for_pane(
    screen: Screen[Any], act: Callable[[], object], *, laid_out: bool = False
) -> bool:
    """Hold ``act`` (a notebook key's action) until the pane shows the article under the
    cursor, if it does not yet (`pane_behind`); ``laid_out`` (`n`, `N`: the key acts on the
    pane's lines): until the article the pane loads is shown and laid out, the focus where
    it may be (`pane_loading`). Returns whether it was held, or refused: the row's article
    is not coming (its load failed) and ``act`` is not ``laid_out``'s: a toast says why
    (fx142: `p t y C` typed after the failure waited out `RESULT_WAIT`, 10 s)."""
    behind = pane_behind(screen)
    if behind is not None and _loads_nothing(screen):
        if not laid_out:  # the pane's article is not the cursor's: not that one's either
            failed, why = _NOT_COMING.get(screen, ("", ""))
            screen.notify(why if failed == behind else OPEN_FIRST, severity="warning")
            return True
        behind = None  # the row's article failed to load: the pane's is stepped through
    if laid_out:
        behind = behind or pane_loading(screen)
    if behind is None:
        return False
    _WAITING[screen] = (behind, act, expect_result(screen.app), laid_out)
    return True


def _loads_nothing(screen: Screen[Any]) -> bool:
    """Whether ``screen`` keeps track of its pane's loads (the reader's ``_pending``) and
    none is under way: the article under the list's cursor is not coming (rv60)."""
    return getattr(screen, "_pending", False) is None  # (False: it keeps no track)


def pane_not_coming(screen: Screen[Any], article_id: str | None = None, why: str = "") -> None:
    """The article the pane of ``screen`` loaded (``article_id``) is not coming (no longer
    indexed, or its load failed: ``why``, one line): a key that waited for it is dropped
    and the keys held behind it go on (rv60: they waited out `RESULT_WAIT`, 10 s); a key
    typed later for it says ``why`` (`hold_for_pane`)."""
    if article_id is not None:
        _NOT_COMING[screen] = (article_id, f"{why or 'This article did not load'}: open another")
    pane_shown(screen)


def pane_shown(screen: Screen[Any], *, laid: bool = False) -> None:
    """The pane of ``screen`` shows another article (``laid``: has laid out the one it
    shows): the action held runs if that is the article it waited for (another: a new
    list replaced the rows, it is dropped), then the keys held behind it go on; behind a
    prompt the action opened, once it is up, or the screen it said would come (`r`'s
    related articles, found by a worker: fx128)."""
    waiting = _WAITING.pop(screen, None)
    if waiting is None:
        return
    article_id, act, ticket, laid_out = waiting
    pane = screen.query_one(ReadingPane)
    article = pane.article
    shown = article is not None and article.id == article_id
    if (laid and not shown) or (laid_out and shown and not pane.laid_out):
        _WAITING[screen] = waiting  # the lines of the last article, or its own come next
        return
    app = screen.app
    before = app.screen
    if article is not None and article.id == article_id:
        act()
    if app.screen is before and not screen_expected(app):  # else the prompt's own marker
        result_came(app, ticket)  # hands them on (`push_screen`)
