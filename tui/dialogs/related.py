"""Related articles: those like the open one (its story's first), and why; pick one to read.

The reader's status line shows under it: when that says the corpus changed ("stale ...
press u"), the dialog says it too, and `u` updates (nu55 #10: `u` did nothing here); the
list is found again once the update ran (`retell`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from index.library import Library, printable
from index.models import Article, RelatedArticle, hidden_words, stronger
from tui import keymap
from tui.dialogs.dialog import Dialog
from tui.dialogs.fit import FitsList
from tui.hang import GLUE, hang
from tui.screens.index_said import SaysIndex
from tui.way_back import back_out, leave_with
from tui.widgets.leaving_list import LeavingList
from tui.widgets.row_meta import NO_DATE
from tui.widgets.story_list import content_width, step_cursor
from tui.worker_failures import ReportsWorkerFailures

RELATED_KEYS = "enter: read it · j/k: move · esc: back · ● its story"
"""The dialog's keys, under its heading (nu33: the footer below showed the reader's keys)."""


def related_keys(related: Sequence[RelatedArticle]) -> str:
    """`RELATED_KEYS`, its "● its story" only when a row is of the article's story (nu56 #6:
    the dialog explained a mark no row showed)."""
    if any(row.same_story for row in related):
        return RELATED_KEYS
    return RELATED_KEYS.removesuffix(" · ● its story")


LOW = 30
"""A screen this low (lines) gives the dialog's list the lines of the box's padding."""
NOTHING_RELATED = "Nothing related: no article near it in time shares enough of its words."
"""Why the list is empty (a new user's four unrelated seeds, years apart, show it)."""
ARTICLE_GONE = "This article is gone from the index: the list is of before the update"
NOT_FOUND_AGAIN = "The related articles could not be found again: the list is of before"
RELATED_AGAIN = 12
"""Related articles found again after an update, when none were listed before."""


def _row_key(related: RelatedArticle) -> tuple[str, str, str]:
    """What a row says of an article before its score: title, outlet, day."""
    day = related.date.strftime("%Y-%m-%d") if related.date else NO_DATE
    title = " ".join((related.title or "").split()).casefold()
    return title, related.source or "source unknown", day


def alike_rows(related: Sequence[RelatedArticle]) -> set[str]:
    """The ids of the rows that would read as another's: the same title, outlet and day
    (nu79 #3: a wire's two "ECUADOR OFFICIAL SEEKS OIL AID" of one day, not told apart)."""
    keys = Counter(map(_row_key, related))
    return {row.id for row in related if keys[_row_key(row)] > 1}


def related_row(related: RelatedArticle, width: int | None = None, told: bool = False) -> Text:
    """A related article's lines: its title, cut with "…" at ``width`` cells; then outlet,
    day, score and why, wrapped at ``width`` under it (nu77 #3: cut at the dialog's edge,
    the why went first, at 80 columns); ``width`` None (not laid out yet): unwrapped;
    ``told``, its id after its day (another row has its title, outlet and day: `alike_rows`)."""
    head = Text(no_wrap=True, overflow="ellipsis")
    head.append("● " if related.same_story else "  ", "bold")
    head.append(printable(related.title or "(untitled)"), "bold" if related.same_story else "")
    if width is not None:
        head.truncate(width, overflow="ellipsis")
    _, outlet, day = _row_key(related)
    score = [f"{related.score:.2f}"] if related.score >= 0.005 else []  # "0.00" read unrelated
    said = [outlet, day, *([related.id] if told else []), *score]
    why = "; ".join(", ".join(map(glued, items)) for items in related.reason_parts)
    meta = " · ".join([*map(glued, said), why])
    head.append("\n")
    head.append_text(hang(Text("  " + meta, "dim"), width, WHY_INDENT))
    return head


def glued(phrase: str) -> str:
    """``phrase`` printable and whole: `hang` breaks a row's why between phrases, never in
    one ("4 days" at a line's end, "later" under it: nu77)."""
    return printable(phrase).replace(" ", GLUE)


WHY_INDENT = 4
"""Where a row's wrapped why lines start: in from its outlet, so a row's lines read as one."""


class RelatedList(LeavingList):
    """The dialog's rows, made again for a new width (we wrap them: `hang`)."""

    def on_resize(self, event: events.Resize) -> None:
        screen = self.screen
        if isinstance(screen, RelatedDialog):
            screen.rewrap()


class RelatedDialog(
    ReportsWorkerFailures, FitsList[str | None], SaysIndex[str | None], Dialog[str | None]
):
    """The articles related to one, best first (● marks its story's); dismissed with the
    id of the one picked, or None."""

    FIT_BOX, FIT_LIST = "#related-box", "#related-options"
    VERTICAL_BREAKPOINTS = [(0, "-low"), (LOW, "-high")]
    """-low: the box spends no line on padding or on the keys' margin (nu83 #7: 4 of its 18
    lines at 80x24); the list takes them (`FitsList` fits it on resize)."""

    BINDINGS = keymap.bindings(keymap.RELATED)

    def __init__(
        self, article: Article, related: list[RelatedArticle], at: int | None = None
    ) -> None:
        super().__init__()
        self.article = article
        self.related = related
        self.at = at
        """The row the cursor starts on (the way back: the one read from here)."""
        self._width: int | None = None
        """The row width the rows were wrapped at."""

    def compose(self) -> ComposeResult:
        with Vertical(id="related-box"):
            yield Label(Text.assemble("Related to ", (printable(self.article.title), "bold")))
            yield Label(related_keys(self.related), classes="confirm-keys related-keys")
            yield self.index_line()
            # enter closes it with the article to read: the keys after it wait (fx126, rv57)
            yield RelatedList(*self._options(), id="related-options")

    def _options(self) -> list[Option]:
        if not self.related:
            return [Option(Text(NOTHING_RELATED, style="dim"), disabled=True)]
        shown, hidden = stronger(self.related)  # weaker matches said, not listed
        width = self._width = self._row_width()
        alike = alike_rows(shown)
        options = [Option(related_row(r, width, r.id in alike), id=r.id) for r in shown]
        if hidden:
            said = hang(Text(hidden_words(hidden), style="dim"), width, 2)
            options.append(Option(said, disabled=True))
        return options

    def _row_width(self) -> int | None:
        """The cells a row has (None before the list is laid out)."""
        lists = self.query(RelatedList)
        return content_width(lists.first()) if lists else None

    def rewrap(self) -> None:
        """Wrap the rows again for the list's new width, the cursor where it was."""
        if not self.related or self._row_width() == self._width:
            return
        options = self.query_one(OptionList)
        at = options.highlighted
        options.set_options(self._options())
        options.highlighted = at

    def on_mount(self) -> None:
        self.ask_reader()
        if self.at is not None and self.at < len(self.related):
            self.query_one(OptionList).highlighted = self.at

    def index_said(self, said: str) -> None:
        super().index_said(said)  # a line more (or less) above the list
        self.call_after_refresh(self.fit_list)

    def retell(self) -> None:
        """Find the related articles again (an update changed the index)."""
        reader = self.reader_below()
        if reader is not None and reader.library is not None:
            self._find_again(reader.library)

    @work(thread=True, exclusive=True, exit_on_error=False, group="related", name="related")
    def _find_again(self, library: Library) -> None:
        try:
            related = library.related(self.article.id, len(self.related) or RELATED_AGAIN)
        except KeyError:  # deleted from the corpus: the list stays, said to be of before
            self.app.call_from_thread(self.index_said, ARTICLE_GONE)
            return
        except Exception:  # stories missing, the index unreadable: the list of before stays
            self.app.call_from_thread(self.index_said, NOT_FOUND_AGAIN)
            return
        self.app.call_from_thread(self._listed_again, related)

    def _listed_again(self, related: list[RelatedArticle]) -> None:
        options = self.query_one(OptionList)
        at = options.highlighted_option.id if options.highlighted_option else None
        self.related = related
        self.query_one(".related-keys", Label).update(related_keys(related))
        options.clear_options()
        options.add_options(self._options())
        rows = [r.id for r in stronger(related)[0]]
        options.highlighted = rows.index(at) if at in rows else (0 if rows else None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        leave_with(self, event.option.id)

    def again(self) -> RelatedDialog:
        """This list again, the cursor on the row under it (`tui.way_back`)."""
        return RelatedDialog(self.article, self.related, self.query_one(OptionList).highlighted)

    def action_cursor(self, step: int) -> None:
        step_cursor(self.query_one(OptionList), step)

    def action_cancel(self) -> None:
        if not back_out(self):  # opened again by the way back: to the reader's list
            self.dismiss(None)
