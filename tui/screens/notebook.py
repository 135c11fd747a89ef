"""The notebook screen: pinned and noted articles, highlights, tags and saved searches."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from index.library import Library, StoreError, printable
from index.models import quoted
from index.notebook import Entry, FollowedNews, SavedSearch, holds, needles
from index.notebook.exports import ExportFormat
from tui import keymap, notebook_ops
from tui.dialogs.confirm import Confirm
from tui.dialogs.prompt import Prompt
from tui.messages import FollowedRead, NotebookChanged, NotebookLoaded
from tui.screens.notebook_back import NotebookWayBack
from tui.screens.notebook_rows import (
    EXCERPT as EXCERPT,
)
from tui.screens.notebook_rows import (
    Item,
    _excerpt,
    highlight_options,
    items,
    prompt,
)
from tui.screens.notebook_rows import (
    _article_item as _article_item,
)
from tui.way_back import back_out, leave_with
from tui.widgets.leaving_list import LeavingList
from tui.worker_failures import ReportsWorkerFailures


@dataclass(frozen=True, slots=True)
class ShowPassage:
    """The screen's answer: read this article (at this highlight)."""

    article_id: str
    highlight_id: int | None = None


@dataclass(frozen=True, slots=True)
class RunSaved:
    """The screen's answer: show this saved search's hits."""

    search: SavedSearch


TYPED = frozenset({"export", "focus_filter", "remove", "cursor", "top", "bottom"})
"""Actions whose keys are letters: typed into the filter when it has the focus."""

SECTIONS = ("articles", "highlights", "tags", "saved searches", "followed stories")


class NotebookScreen(ReportsWorkerFailures, NotebookWayBack):
    """What the notebook keeps, filterable; enter reads an article at its passage."""

    SAYS_FAILURES = {"notebook-read": ("#notebook-status", "notebook")}

    BINDINGS = keymap.bindings(keymap.NOTEBOOK_SCREEN)
    AUTO_FOCUS = "#notebook-items"

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.rows: list[Item] = []
        self.listed: list[Item] = []
        """The rows shown now (the filter applied), without headings."""
        self.loaded: NotebookLoaded | None = None
        self.followed: list[FollowedNews] = []
        from tui.export_folder import export_folder

        folder, self.export_where = export_folder(corpus=library.corpus)
        self.export_path = notebook_ops.export_offered(folder)
        """What `e` offers: the last file name typed in its dialog (nu30 #10), at first
        notebook.md in the home folder, not the corpus one (`tui.export_folder`: nu54 #9,
        it was the current folder), the path said whole (nu45 #9)."""

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="Filter: words of a title, note or passage; #tag", id="notebook-filter"
        )
        # enter on an article's row closes it (`leave_with`): the keys after it wait (fx135)
        yield LeavingList(id="notebook-items", leaves=self._leaves)
        yield Static("Reading the notebook…", id="notebook-status")
        yield Footer()

    def on_mount(self) -> None:
        self.reread()

    def reread(self) -> None:
        self._load(self.library)

    @work(thread=True, exclusive=True, exit_on_error=False, group="notebook-read", name="notebook")
    def _load(self, library: Library) -> None:
        entries, tags, saved = notebook_ops.read_all(library)
        self.post_message(NotebookLoaded(entries, tags, saved))
        try:
            with library.notebook() as notebook:
                self.post_message(FollowedRead(notebook_ops.followed_news(library, notebook)))
        except StoreError:  # an index without stories: nothing can be said of them
            return

    def on_notebook_loaded(self, message: NotebookLoaded) -> None:
        message.stop()
        self.loaded = message
        self._rows()

    def on_followed_read(self, message: FollowedRead) -> None:
        message.stop()
        self.followed = message.news
        self._rows()

    def _rows(self) -> None:
        if self.loaded is not None:
            loaded = self.loaded
            entries = list(loaded.entries.values())
            self.rows = items(entries, loaded.tags, loaded.saved, self.followed)
            self._show(keep=self._place())  # a reload (after `d`): the cursor stays put

    def _place(self) -> int | None:
        """How many rows (headings not counted) are above the cursor; None: no cursor."""
        picker = self.picker
        if picker.highlighted is None:
            return None
        above = (picker.get_option_at_index(n) for n in range(picker.highlighted))
        return sum(not option.disabled for option in above)

    @on(Input.Changed, "#notebook-filter")
    def _filter(self) -> None:
        self._show()

    @on(Input.Submitted, "#notebook-filter")
    def _to_list(self) -> None:
        self.query_one(OptionList).focus()

    def _show(self, keep: int | None = None) -> None:
        """List the rows the filter matches, the cursor on the first, or on the row at the
        place ``keep`` (the last when fewer are left): after `d` the next row, or the one
        before when the last was removed, not the first (sm32)."""
        looked = needles(self.query_one(Input).value.strip())  # "schauble": Schäuble, "el": Israel
        self.listed = [row for row in self.rows if holds(row.haystack, looked)]
        options: list[Option] = []
        for section in SECTIONS:
            rows = [(n, row) for n, row in enumerate(self.listed) if row.section == section]
            if rows:
                heading = Text(f"{section.capitalize()} ({len(rows)})", style="bold underline")
                options.append(Option(heading, disabled=True))
                if section == "highlights":  # under their articles' titles
                    options += highlight_options(rows)
                else:
                    options += [Option(prompt(row.label, row.keep), id=str(n)) for n, row in rows]
        if self.rows and not self.listed:  # say why the list is blank
            shown = printable(self.query_one(Input).value.strip())
            options.append(
                Option(Text(f"Nothing in the notebook matches {shown!r}.", "dim"), disabled=True)
            )
        picker = self.query_one(OptionList)
        picker.clear_options()
        picker.add_options(options)
        enabled = [n for n, option in enumerate(options) if not option.disabled]
        if enabled:
            picker.highlighted = enabled[min(keep or 0, len(enabled) - 1)]
        kept = len(self.listed_entries())
        status = f"{kept:,} article{'s' * (kept != 1)}"
        if not self.rows:
            status = "The notebook is empty: in the reader, p pins, T tags, a notes, h highlights."
        self.query_one("#notebook-status", Static).update(  # 78 columns at 80 (nu53 #10)
            Text(status + " · enter: read · /: filter · d: remove · e: export · esc: back")
        )

    def listed_entries(self) -> list[Entry]:
        """The articles of the rows listed (an article's highlights bring it in once)."""
        chosen: dict[str, Entry] = {}
        for row in self.listed:
            if row.entry is not None:
                chosen.setdefault(row.entry.article.id, row.entry)
        return list(chosen.values())

    def _leaves(self, option: Option) -> bool:
        """Whether enter on ``option`` reads its article (`_chosen`), closing the screen."""
        row = self.listed[int(option.id or 0)]
        return (
            row.search is None and row.story is None and row.tag is None and row.entry is not None
        )

    @on(OptionList.OptionSelected, "#notebook-items")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        row = self.listed[int(event.option.id or 0)]
        if row.search is not None:
            self.dismiss(RunSaved(row.search))
        elif row.story is not None:
            if row.story.gone:
                self.notify("That story is gone from the index: its articles were deleted")
            else:
                self.open_story(row.story.followed.story)  # esc there: back here
        elif row.tag is not None:
            self.query_one(Input).value = f"#{row.tag}"
        elif row.entry is not None:
            highlight = row.highlight.id if row.highlight else None
            leave_with(self, ShowPassage(row.entry.article.id, highlight))

    def action_back(self) -> None:
        """Esc: in the filter, clear it and go to the list at one press, as the reader's
        search bar does (`SearchBox.action_clear_or_leave`; `/` comes back); on the list,
        back to the reader."""
        bar = self.query_one(Input)
        if self.focused is bar:
            bar.value = ""
            self.query_one(OptionList).focus()
            return
        if not back_out(self):  # opened again by the way back: to the reader's list
            self.dismiss(None)

    def action_focus_filter(self) -> None:
        self.query_one(Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # letters (e, /, d, j, k, g, G) type into the filter while it has the focus
        return not (action in TYPED and isinstance(self.focused, Input))

    @property
    def picker(self) -> OptionList:
        """The list of rows."""
        return self.query_one("#notebook-items", OptionList)

    def action_cursor(self, rows: int) -> None:
        """j/k (and the arrows): the next or previous row."""
        (self.picker.action_cursor_down if rows > 0 else self.picker.action_cursor_up)()

    def action_page(self, pages: int) -> None:
        (self.picker.action_page_down if pages > 0 else self.picker.action_page_up)()

    def action_top(self) -> None:
        self.picker.action_first()

    def action_bottom(self) -> None:
        self.picker.action_last()

    def action_read(self) -> None:
        """Enter: what the row under the cursor leads to (as choosing it in the list)."""
        self.picker.action_select()

    def current(self) -> Item | None:
        """The row under the cursor, or None (a heading, or nothing listed)."""
        option = self.picker.highlighted_option
        if option is None or option.disabled or option.id is None:
            return None
        return self.listed[int(option.id)]

    def action_remove(self) -> None:
        """d: remove the row's highlight, saved search or article, once confirmed."""
        row = self.current()
        removal = None if row is None else removal_of(row)
        if removal is None:
            self.notify(
                "Nothing to remove here: d removes a highlight, a saved search or an "
                "article's row (a tag goes with its last article; f unfollows in the story)"
            )
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._remove(removal)

        self.app.push_screen(Confirm(f"Remove {removal.what}?"), answered)

    @work(thread=True, exit_on_error=False, group="notebook-remove", name="remove")
    def _remove(self, removal: notebook_ops.Removal) -> None:
        said = notebook_ops.remove(self.library, removal)
        self.post_message(NotebookChanged(said))
        self._load(self.library)

    def action_export(self) -> None:
        entries = self.listed_entries()
        stories = {row.story.followed.story for row in self.listed if row.story is not None}
        if not entries and not stories:
            self.notify("Nothing listed to export")
            return

        def refused(answer: str) -> str | None:
            path = expanded(answer)
            if path is None:  # "~nosuchuser/x.md" raised, and the reader died (rv29)
                return f"No such user's home folder: {answer.split('/', 1)[0]}"
            if notebook_ops.format_for(path) is not None:
                return None
            return "End the file name with .md, .csv, .json, .ris or .csl.json"

        def chosen(answer: str | None) -> None:
            if not answer:
                return
            self.export_path = answer  # offered again by the next `e` (a write may fail)
            self.export_where = "the path given last"
            path = expanded(answer)
            if path is None:
                return
            form = notebook_ops.format_for(path)
            if form is not None:  # `refused` said so otherwise
                self._export(entries, form, path, stories)

        only_md = "; followed stories go in .md only" if stories else ""
        question = (
            f"Export {notebook_ops.export_said(entries, len(stories))} to a file (.md, .csv, "
            f".json, .ris or .csl.json{only_md}); offered: {self.export_where}:"
        )
        self.app.push_screen(Prompt(question, value=self.export_path, refuse=refused), chosen)

    @work(thread=True, exit_on_error=False, group="notebook-export", name="export")
    def _export(
        self, entries: list[Entry], form: ExportFormat, path: Path, stories: set[str]
    ) -> None:
        from tui.followed_export import listed_followed  # the memo lists the followed stories

        followed = listed_followed(self.library, stories) if form is ExportFormat.MARKDOWN else []
        try:
            written = notebook_ops.write_export(entries, form, path, followed=followed)
        except OSError as error:  # the temporary file's name would say less than this
            reason = error.strerror or type(error).__name__
            self.post_message(NotebookChanged(f"Not exported: cannot write {path} ({reason})"))
            return
        said = notebook_ops.export_said(entries, len(followed))
        self.post_message(NotebookChanged(f"Exported {said} to {written}"))

    def on_notebook_changed(self, message: NotebookChanged) -> None:
        message.stop()
        self.notify(message.said, markup=False, timeout=8)


def removal_of(row: Item) -> notebook_ops.Removal | None:
    """What `d` on ``row`` removes (None: nothing; a tag, a story or a heading)."""
    if row.highlight is not None:
        exact = row.highlight.exact
        said = quoted(exact, _excerpt(exact)[:60])
        return notebook_ops.Removal(f"the highlight {said}", highlight=row.highlight.id)
    if row.search is not None:
        name = printable(row.search.name)
        return notebook_ops.Removal(f"the saved search {name!r}", search=row.search.name)
    if row.entry is not None:
        record = row.entry.article
        title = printable(record.title or record.id)
        what = f"all kept on “{title}” (pin, tags, note and highlights)"
        return notebook_ops.Removal(what, article=record.id)
    return None


def expanded(answer: str) -> Path | None:
    """``answer`` as a path with ``~`` expanded; None when it names no known user's home."""
    try:
        return Path(answer).expanduser()
    except RuntimeError:
        return None
