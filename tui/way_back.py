"""The reader's way back, as a browser's back: an article opened from another screen (a
story, its quotes panel, the related articles, the notebook, a story opened from it) is read
in the reader, and those screens close; esc in the reader opens them again as they were,
their cursor on the row read, and esc there goes back one more step (nu38 #4: the quotes
panel and the story screen were both gone).

A screen that closes with an article to read says so (`leave_with`), and leaves a copy of
itself (its ``again``: a closed screen's widgets are gone); the reader's callback that reads
the article takes those copies (`WayBack.took`) as one step back. Going back opens them,
each over the one before (its ``reopen``), so that their results go where they went the
first time.

A step goes back once (nu45 #9: esc after a jump to a quote walked back through every
panel, 5-6 presses to the list): esc on the screens it opened again closes them one at a
time, as the user came, back to the reader's list, and the older steps are forgotten
(`back_out`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from weakref import WeakKeyDictionary

from textual.app import App
from textual.screen import Screen

from tui.key_waits import expect_result, result_came
from tui.widgets.article_list import ArticleList
from tui.widgets.reading_pane import ReadingPane

if TYPE_CHECKING:
    from tui.screens.story_reading import StoryReading

STEPS = 20
"""Steps back the reader keeps (the oldest are forgotten)."""

_left: WeakKeyDictionary[App[Any], list[Screen[Any]]] = WeakKeyDictionary()
"""The screens that closed with an article to read, the top one first, by app."""
_reopened: WeakKeyDictionary[App[Any], tuple[tuple[Screen[Any], ...], Callable[[], None]]] = (
    WeakKeyDictionary()
)
"""The screens the last step back opened again and not closed yet (the top one last), and
what the reader does once esc has closed them (`back_out`), by app."""


class Again(Protocol):
    """A screen the way back can open again."""

    def again(self) -> Screen[Any]:
        """A new screen showing what this one shows, its cursor where it is."""
        ...


class Reopens(Again, Protocol):
    """A screen that opened another (a story its quotes panel): it opens it again over itself."""

    def reopen(self, child: Screen[Any]) -> None:
        """Open ``child`` (made by `Again.again`) over this screen, its result to this one."""
        ...


def leave_with(screen: Screen[Any], result: object) -> None:
    """Close ``screen`` with an article to read (``result``): the way back opens it again
    (a copy made now, `Again.again`: a closed screen's widgets are gone)."""
    _reopened.pop(screen.app, None)  # read from them: the reader's callback takes a step
    again = getattr(screen, "again", None)
    _left.setdefault(screen.app, []).append(again() if again is not None else screen)
    # the keys typed after this wait until what reads the result has taken it (fx126: enter
    # typed twice in a story screen: the second went to the story list the first closed to,
    # before the reader showed the article, and opened the story again)
    ticket = expect_result(screen.app)
    then = screen._result_callbacks[-1].requester if screen._result_callbacks else screen.app
    screen.dismiss(result)  # the callback runs next on ``then``: this after it (if it waits
    then.call_next(result_came, screen.app, ticket)  # with a ticket of its own, that one)


@dataclass(frozen=True, slots=True)
class Step:
    """One step back: the screens to open again, the reader's first, and what it showed.

    Attributes:
        screens: Copies of the screens as they closed, the one opened from the reader first.
        then: Where the first one's result went (the reader's callback).
        article: The article the reader showed under them, or None.
    """

    screens: tuple[Screen[Any], ...]
    then: Callable[[Any], None]
    article: str | None


class WayBack:
    """The reader's steps back (`Step`), newest last."""

    def __init__(self, reader: StoryReading) -> None:
        self.reader = reader
        self.steps: list[Step] = []

    def took(self, then: Callable[[Any], None], article: str | None) -> None:
        """The reader's callback ``then`` was given an article to read: the screens that
        closed for it are a step back (none, when it came from no screen); ``article``: the
        one the reader shows now, under them."""
        left = _left.pop(self.reader.app, [])
        if left and all(hasattr(screen, "again") for screen in left):  # copies, each
            self.steps.append(Step(tuple(reversed(left)), then, article))
            del self.steps[:-STEPS]
            self.reader.hint_changed()  # esc goes back now, the update running on

    def clear(self) -> None:
        """Forget the steps: a new search, or an article or story chosen from the reader's
        own list, starts a new way back (nu39 #1: esc after a new search reopened a story
        it had left, and then showed that story's article beside the new list)."""
        if self.steps:
            self.steps.clear()
            self.reader.hint_changed()  # esc cancels an update again

    def back(self) -> bool:
        """Open the last step's screens again (False: there is none), the reader showing
        the article it showed under them."""
        library = self.reader.library
        step = None
        while self.steps and step is None:
            step = self.steps.pop()
            if any(getattr(s, "library", library) is not library for s in step.screens):
                step = None  # an index opened since (a rebuild): its screens read the old one
        self.reader.hint_changed()  # the last step gone: esc cancels an update again
        if step is None:
            return False
        shown = self.reader.query_one(ReadingPane).article
        if step.article is not None and (shown is None or shown.id != step.article):
            self.reader.show_again(step.article)
        reopen(self.reader.app, step.screens, step.then)
        _reopened[self.reader.app] = (step.screens, self.closed)
        return True

    def closed(self) -> None:
        """Esc closed the screens a step back opened again (`back_out`): the reader's list,
        the way back forgotten (it went back once)."""
        self.clear()
        reader = self.reader
        reader.set_focus(
            reader.story_list if reader.showing_stories else reader.query_one(ArticleList)
        )


def back_out(screen: Screen[Any]) -> bool:
    """Esc on ``screen``: if the way back opened it again (the top of a step), close it
    (True), one screen per esc as the user came (fx106: the quotes panel and the story
    under it closed at once); the last of them closed, the reader's list has the focus.
    Else False (the screen goes back one as it does)."""
    reopened = _reopened.get(screen.app)
    if reopened is None or not reopened[0] or reopened[0][-1] is not screen:
        return False
    screens, closed = reopened
    if len(screens) > 1:
        _reopened[screen.app] = (screens[:-1], closed)  # the one under it is the top now
        screen.dismiss(None)
        return True
    del _reopened[screen.app]
    screen.dismiss(None)
    closed()
    return True


def reopen(app: App[Any], screens: Sequence[Screen[Any]], then: Callable[[Any], None]) -> None:
    """Open ``screens`` (copies, `Again.again`), the first with its result to ``then``, each
    of the others over the one before (`Reopens.reopen`)."""
    below: Any = screens[0]
    app.push_screen(below, then)
    for child in screens[1:]:
        below.reopen(child)
        below = child
