"""Every key of the reader, with an id, a label and a line of help; the user's keymap file.

The bindings of each screen and widget are made from the blocks below, and the help
screen is generated from the same blocks, so the two never drift. Each key has an id a
user can remap in ``keymap.toml`` under the user config folder::

    # ~/.config/broadsheet/keymap.toml: binding id = "keys" (Textual key names)
    list-down = "j,down,ctrl+n"
    focus-search = "slash,ctrl+f"

A new screen adds a block of its own, and an entry in `SCREEN_KEYS`. The keymap file is
read by `tui.keymap_file`; the help screen and `broadsheet keys` list the ids.
"""

from __future__ import annotations

from dataclasses import replace

from tui.keymap_groups import COMPARING as COMPARING
from tui.keymap_groups import INDEX as INDEX
from tui.keymap_groups import MOVING as MOVING
from tui.keymap_groups import NOTING as NOTING
from tui.keymap_groups import READING as READING
from tui.keymap_groups import SEARCHING as SEARCHING
from tui.keymap_groups import STORIES as STORIES
from tui.keymap_groups import list_moves as list_moves
from tui.keymap_key import Key as Key
from tui.keymap_key import bindings as bindings
from tui.keymap_stories import RELATED, STORY_KEYS, STORY_LIST, STORY_SCREEN

KEYMAP_FILE = "keymap.toml"


APP = (
    Key("help", "question_mark,f1", "help", "Help", "this help (in the search bar ? is typed)",
        INDEX, palette="Help"),
    Key("quit", "ctrl+q,Q", "quit", "Quit", "quit (esc closes dialogs first)", INDEX),
    Key("screenshot", "ctrl+s", "screenshot", "Screenshot",
        "save an SVG screenshot (under the user data folder; the toast says where)", INDEX,
        show=False),
    Key("command-palette", "ctrl+p", "command_palette", "Commands",
        "command palette: each key that opens a screen, by name", INDEX, show=False),
)  # fmt: skip
"""Keys that work on every screen (`tui.app.BroadsheetApp`)."""

SCREEN_HELP: dict[str, dict[str, tuple[str, str]]] = {
    "ReaderScreen": {
        "command-palette": ('command palette: "Highlight term…" pins a watch word', READING),
    },
}
"""Help lines (and headings) a screen says differently: what only it offers (by class name,
then binding id). Every palette lists the keys that open a screen; the reader's has more."""

READER = (
    Key("focus-search", "slash", "focus_search", "Search",
        "search as you type; the old query is selected", SEARCHING),
    Key("cycle-sort", "s", "cycle_sort", "Sort",
        "cycle the order: relevance, newest, oldest, outlet (stories: largest, newest, "
        "oldest)", SEARCHING, tooltip="Relevance, newest, oldest, outlet"),
    Key("filter-source", "f", "filter_source", "Outlet", "one outlet only (or all); type to narrow",
        SEARCHING, palette="Filter by outlet…"),
    Key("update-index", "u", "update_index", "Update",
        "update the index from the corpus in the background", INDEX,
        tooltip="Index new and changed files in the background"),
    Key("cancel-update", "escape", "cancel_update", "Back",
        "back where the article came from, once: each esc there one screen back, to the "
        "list (an update runs on); else cancel the update", INDEX, show=False),
    Key("compare", "c", "compare", "Compare",
        "compare the marked (2 side by side, 3 to 8 as a heat map), the current with the "
        "marked, or with its most similar article", COMPARING,
        palette="Compare the marked articles"),
    Key("quotes", "q", "quotes", "Quotes",
        "quotes of the article read, else of the story under the cursor, else of the query "
        "or corpus", READING, show=False,
        tooltip="Who said what, and which outlet ran it first", palette="Quotes"),
    Key("accept-suggestion", "ctrl+y", "accept_suggestion", "Suggestion",
        "accept the spelling suggestion when nothing matched; after \"Showing results for\" "
        "one, search the query as typed", SEARCHING),
    Key("focus-next", "tab", "app.focus_next", "Next pane", "next pane", MOVING, show=False),
    Key("focus-previous", "shift+tab", "app.focus_previous", "Previous pane", "previous pane",
        MOVING, show=False),
)  # fmt: skip
"""The reader screen's own keys (`tui.screens.reader.ReaderScreen`)."""

READ = (
    Key("toggle-read", "U", "toggle_read", "Read/unread",
        "mark the article under the cursor read, or unread again (unread titles are bold)",
        READING, show=False),
    Key("mark-list-read", "A", "mark_list_read", "All read", "mark every article listed read",
        READING, show=False),
)  # fmt: skip
"""The reader's keys on the articles read (`tui.screens.reader_read.ReadTracking`)."""

SEARCH_BOX = (
    Key("search-submit", "enter", "submit", "To the list", "from the search bar: go to the list",
        SEARCHING, show=False),
    Key("search-escape", "escape", "restore_and_leave", "Back",
        "leave the search bar, its query back to the one listed", SEARCHING, show=False),
    Key("search-older", "up", "older", "Older query",
        "the query searched before (this session's and the last ones')", SEARCHING, show=False),
    Key("search-newer", "down", "newer", "Newer query", "the query searched after", SEARCHING,
        show=False),
)  # fmt: skip
"""The search bar's keys (`tui.widgets.search_box.SearchBox`)."""

ARTICLE_LIST = (
    Key("list-down", "j,down", "cursor(1)", "Down", "next article, or scroll the text down",
        MOVING, show=False),
    Key("list-up", "k,up", "cursor(-1)", "Up", "previous article, or scroll the text up",
        MOVING, show=False),
    Key("list-top", "g,home", "top", "Top", "top", MOVING, show=False),
    Key("list-bottom", "G,end", "bottom", "Bottom", "bottom", MOVING, show=False),
    Key("list-page-down", "pagedown,ctrl+d", "page(1)", "Page down", "page down", MOVING,
        show=False),
    Key("list-page-up", "pageup,ctrl+u", "page(-1)", "Page up", "page up", MOVING, show=False),
    Key("list-open", "enter,l", "open", "Open", "open the article under the cursor", MOVING,
        show=False, tooltip="Read the article"),
    Key("list-mark", "m,space", "mark", "Mark",
        "mark or unmark the article for comparison, up to 8 (● in the list)", COMPARING,
        tooltip="Mark for comparison"),
)  # fmt: skip
"""The article list's keys (`tui.widgets.article_list.ArticleList`)."""

READING_PANE = (
    Key("pane-down", "j,down", "scroll_lines(1)", "Down", "next article, or scroll the text down",
        MOVING, show=False),
    Key("pane-up", "k,up", "scroll_lines(-1)", "Up", "previous article, or scroll the text up",
        MOVING, show=False),
    Key("pane-top", "g,home", "top", "Top", "top", MOVING, show=False),
    Key("pane-bottom", "G,end", "bottom", "Bottom", "bottom", MOVING, show=False),
    Key("pane-page-down", "space,pagedown", "page(1)", "Page down",
        "page down in the text (space marks in the list)", MOVING, show=False),
    Key("pane-page-up", "pageup", "page(-1)", "Page up", "page up", MOVING, show=False),
    Key("pane-mark", "m", "mark", "Mark",
        "mark or unmark the article shown for comparison, as `m` does in the list",
        COMPARING, show=False),
)  # fmt: skip
"""The reading pane's keys (`tui.widgets.reading_pane.ReadingPane`)."""

ARTICLE = (
    Key("pane-next-match", "n", "next_match(1)", "Next match",
        'next match of the query in the article ("match 3 of 12"), from the list or the pane',
        READING, show=False),
    Key("pane-prev-match", "N", "next_match(-1)", "Prev match", "previous match of the query",
        READING, show=False),
    Key("pane-toggle-removed", "t", "toggle_removed", "Boilerplate",
        "show or hide the text removed as boilerplate", READING, show=False,
        tooltip="Show or hide the text removed as boilerplate"),
    Key("copy-id", "y", "copy_id", "Copy id", "copy the article's id (OSC 52)", READING,
        show=False),
    Key("copy-url", "Y", "copy_url", "Copy URL",
        "copy the article's URL (its file's path when it has none)", READING, show=False),
    Key("copy-passage", "ctrl+c", "copy_passage", "Copy",
        "copy the selected passage (drag to select), or the article's text", READING,
        show=False),
    Key("copy-text", "C", "copy_text", "Copy text", "copy the article's whole text", READING,
        show=False),
)  # fmt: skip
"""Keys on the article being read, from the list or the pane, and copying
(`tui.screens.reader_actions.ArticleActions`)."""

COMPARE = (
    Key("compare-back", "escape", "back", "Back", "back to the reader", COMPARING),
    Key("compare-down", "j,down", "move(1)", "Next sentence", "next sentence", MOVING,
        show=False),
    Key("compare-up", "k,up", "move(-1)", "Prev sentence", "previous sentence", MOVING,
        show=False),
    Key("compare-next-diff", "right_square_bracket", "difference(1)", "Next unique",
        "next sentence only this side has", COMPARING),
    Key("compare-prev-diff", "left_square_bracket", "difference(-1)", "Prev unique",
        "previous sentence only this side has", COMPARING),
    Key("compare-next-shared", "right_curly_bracket", "passage(1)", "Next shared",
        "next passage both carry word for word", COMPARING),
    Key("compare-prev-shared", "left_curly_bracket", "passage(-1)", "Prev shared",
        "previous passage both carry word for word", COMPARING),
    Key("compare-switch", "tab", "switch_side", "A/B", "the other side", MOVING),
    Key("compare-switch-back", "shift+tab", "switch_side", "A/B", "the other side", MOVING,
        show=False),
    Key("compare-swap", "x", "swap", "Swap", "swap the two sides", COMPARING, show=False),
    Key("compare-unique-only", "u", "unique_only", "Unique only",
        "show only what one side says, or every sentence", COMPARING),
    Key("compare-view", "v", "view_table", "Table",
        "the heat map's table: 3 to 8 marked articles have one; two show side by side",
        COMPARING, show=False),
)  # fmt: skip
"""The comparison screen's keys (`tui.screens.compare.CompareScreen`)."""

COMPARE_PANE = (
    Key("side-page-down", "pagedown", "page_down", "Page down", "scroll the side a page down",
        MOVING, show=False),
    Key("side-page-up", "pageup", "page_up", "Page up", "scroll the side a page up", MOVING,
        show=False),
    Key("side-top", "home", "scroll_home", "Top", "scroll to the side's top", MOVING, show=False),
    Key("side-bottom", "end", "scroll_end", "Bottom", "scroll to the side's end", MOVING,
        show=False),
)  # fmt: skip
"""A comparison side's own keys (`tui.widgets.compare_pane.ComparePane`): its arrows are the
screen's, to the next sentence (sm32: the side took them and scrolled a line)."""

QUOTES = (
    Key("quotes-back", "escape", "back", "Back",
        "back (to its story, or the reader; opened by esc: as you came)", READING),
    Key("quotes-open", "enter", "open", "Read", "read the row's article at the quote", READING,
        show=False),
    Key("quotes-keep", "h", "keep", "Keep quote", "keep the row's quote in the notebook with "
        "its speaker (the exports name them), then an optional note", NOTING,
        palette="Keep the quote…"),
    Key("quotes-suggestion", "ctrl+y", "accept_suggestion", "Suggestion",
        "list the quotes of the respelling offered (\"Did you mean\") when none matched; "
        "the reader's search bar takes it too", SEARCHING),
    Key("quotes-update", "u", "update_index", "Update", "update the index from the corpus in "
        "the background (the line above the keys says when it changed on disk); the quotes "
        "are listed again after", INDEX, show=False),
    *list_moves("quotes", "article row", "row"),
)  # fmt: skip
"""The quotes panel's keys (`tui.screens.quotes.QuotesScreen`)."""
COMPARE_MANY = (
    Key("many-back", "escape", "back", "Back", "back to the reader", COMPARING),
    Key("many-down", "j,down", "move(1)", "Next sentence", "next sentence of the base",
        MOVING, show=False),
    Key("many-up", "k,up", "move(-1)", "Prev sentence", "previous sentence of the base",
        MOVING, show=False),
    Key("many-next-alone", "right_square_bracket", "alone(1)", "Next only here",
        "next sentence no other article carries", COMPARING),
    Key("many-prev-alone", "left_square_bracket", "alone(-1)", "Prev only here",
        "previous sentence no other article carries", COMPARING),
    Key("many-view", "v", "view('table')", "Table",
        "heat map, or the alignment table (a column per article, a row per shared sentence)",
        COMPARING),
    Key("many-highlight", "h", "highlight", "Highlight",
        "keep the sentence under the cursor in the notebook (the base's; in the table, the "
        "row's), then an optional note, as h does in the reader", NOTING, show=False,
        palette="Highlight this sentence…"),
    Key("many-keep", "H", "keep", "Keep only-here",
        "keep in the notebook what each article alone says: its sentences no other carries, "
        "as highlights tagged #only-here, noted with the articles compared (asks first)",
        NOTING, show=False, palette="Keep only-here sentences…"),  # h, H: ctrl+p lists them
    Key("many-next-base", "tab", "next_base(1)", "Next base",
        "make the next article the base", COMPARING),
    Key("many-prev-base", "shift+tab", "next_base(-1)", "Prev base",
        "make the previous article the base", COMPARING, show=False),
    *(
        Key(f"many-base-{n}", str(n), f"base({n - 1})", f"Base {n}",
            "make that article (by its number) the base", COMPARING, show=False)
        for n in range(1, 9)
    ),
)  # fmt: skip
"""The comparison of many articles' keys (`tui.screens.multicompare.MultiCompareScreen`)."""

NOTEBOOK = (
    Key("notebook-pin", "p", "pin", "Pin", "pin or unpin the article (★ in the list)", NOTING,
        show=False),
    Key("notebook-tag", "T", "tag", "Tag",
        "tag the article (→ completes a tag you used before; commas separate tags)", NOTING,
        show=False, palette="Tag the article…"),
    Key("notebook-note", "a", "note", "Note", "write (or clear) the note on the article",
        NOTING, show=False, palette="Note on the article…"),
    Key("notebook-highlight", "h", "highlight", "Highlight",
        "highlight the text selected with the mouse, or pick a paragraph (the one at the "
        "current match, the first before n, or at the top, is preselected); then an optional "
        "note", NOTING, show=False, palette="Highlight a passage…"),
    Key("notebook-open", "b", "notebook", "Notebook",
        "the notebook: pins, tags, notes, highlights and saved searches", NOTING, show=False,
        palette="Notebook"),
)  # fmt: skip
"""The reader's notebook keys (`tui.screens.notebook_actions.NotebookActions`)."""

NOTEBOOK_SCREEN = (
    Key("notebook-back", "escape", "back", "Back",
        "back to the reader (in the filter: clear it and go to the list)", NOTING),
    Key("notebook-filter", "slash", "focus_filter", "Filter",
        "filter by title, outlet, tag, note or passage", NOTING),
    Key("notebook-export", "e", "export", "Export",
        "export what is listed (.md, .csv, .json, .ris or .csl.json, by the file name)", NOTING,
        palette="Export…"),
    Key("notebook-remove", "d,delete", "remove", "Remove",
        "remove the row: a highlight, a saved search, or all kept on an article (asks first)",
        NOTING, palette="Remove the row…"),
    Key("notebook-read", "enter", "read", "Read",
        "read the row's article (at its passage), run its saved search, open its story; "
        "on a tag: filter by it", NOTING, show=False, palette="Read the row"),
    Key("notebook-down", "j,down", "cursor(1)", "Down", "next row", MOVING, show=False),
    Key("notebook-up", "k,up", "cursor(-1)", "Up", "previous row", MOVING, show=False),
    Key("notebook-top", "g,home", "top", "Top", "top", MOVING, show=False),
    Key("notebook-bottom", "G,end", "bottom", "Bottom", "bottom", MOVING, show=False),
    Key("notebook-page-down", "pagedown", "page(1)", "Page down", "page down", MOVING,
        show=False),
    Key("notebook-page-up", "pageup", "page(-1)", "Page up", "page up", MOVING, show=False),
    Key("notebook-next-field", "tab", "app.focus_next", "Next field",
        "between the filter and the list", MOVING, show=False),
    Key("notebook-prev-field", "shift+tab", "app.focus_previous", "Previous field",
        "between the list and the filter", MOVING, show=False),
)  # fmt: skip
"""The notebook screen's keys (`tui.screens.notebook.NotebookScreen`)."""

PASSAGE_PICKER = (Key("passage-cancel", "escape", "cancel", "Cancel"),
                  Key("passage-down", "j", "cursor(1)", "Down", show=False),
                  Key("passage-up", "k", "cursor(-1)", "Up", show=False))  # fmt: skip
"""The passage picker's keys (`tui.dialogs.passage_picker.PassagePicker`)."""
FEEDS = (
    Key("refresh-feeds", "F", "refresh_feeds", "Feeds",
        "fetch the corpus's feeds in the background (feeds.toml), then update the index; "
        'the palette\'s "Refetch saved pages" asks again for the pages already saved',
        INDEX, show=False),
)  # fmt: skip
"""The reader's feed key (`tui.screens.feed_refresh.FeedRefresh`)."""

HELP_SCREEN = (
    Key("help-close", "escape,q,question_mark,f1", "dismiss", "Close"),
    Key("help-down", "j,down", "scroll(1)", "Down", show=False),
    Key("help-up", "k,up", "scroll(-1)", "Up", show=False),
    Key("help-page-down", "pagedown,space,ctrl+d", "page(1)", "Page down", show=False),
    Key("help-page-up", "pageup,b,ctrl+u", "page(-1)", "Page up", show=False),
    Key("help-top", "g,home", "top", "Top", show=False),
    Key("help-bottom", "G,end", "bottom", "Bottom", show=False),
)  # fmt: skip
"""The help screen's keys (`tui.screens.help.HelpScreen`)."""

SOURCE_PICKER = (Key("source-cancel", "escape", "cancel", "Cancel"),)
"""The outlet filter's keys (`tui.dialogs.source_picker.SourcePicker`)."""

CONFIRM = (Key("confirm-yes", "y,enter", "answer(True)", "Yes"),
           Key("confirm-no", "n,escape", "answer(False)", "No"))  # fmt: skip
"""The yes-or-no question's keys (`tui.dialogs.confirm.Confirm`)."""

PROMPT = (Key("prompt-cancel", "escape", "cancel", "Cancel"),)
"""The one-line prompt's keys (`tui.dialogs.prompt.Prompt`)."""

DIALOG = (Key("quit", "ctrl+q", "quit", "Quit"),)
"""Every dialog's way out of the app (`tui.dialogs.dialog.Dialog`): the app's quit key by its
id (a keymap remaps both), ctrl+q alone (`Q` is typed in a dialog's field)."""

SCREEN_KEYS: dict[str, tuple[tuple[Key, ...], ...]] = {
    "ReaderScreen": (
        STORY_KEYS,
        READER,
        READ,
        FEEDS,
        SEARCH_BOX,
        ARTICLE_LIST,
        READING_PANE,
        ARTICLE,
        NOTEBOOK,
        APP,
    ),
    "CompareScreen": (COMPARE, COMPARE_PANE, APP),
    "QuotesScreen": (QUOTES, APP),
    "MultiCompareScreen": (COMPARE_MANY, COMPARE_PANE, APP),
    "NotebookScreen": (NOTEBOOK_SCREEN, APP),
    "StoryScreen": (STORY_SCREEN, APP),
}
"""For each screen (by class name), the blocks its help lists: its own, its widgets', the app's."""

GROUPS = (SEARCHING, MOVING, READING, STORIES, COMPARING, NOTING, INDEX)
"""The help screen's headings, in order."""

PLACES: tuple[tuple[str, tuple[Key, ...]], ...] = (
    ("every screen", APP),
    ("reader", READER),
    ("reader", READ),
    ("reader", FEEDS),
    ("search bar", SEARCH_BOX),
    ("article list", ARTICLE_LIST),
    ("reading pane", READING_PANE),
    ("reader (article)", ARTICLE),
    ("comparison", COMPARE),
    ("comparison side", COMPARE_PANE),
    ("quotes panel", QUOTES),
    ("heat map", COMPARE_MANY),
    ("reader (notebook)", NOTEBOOK),
    ("notebook", NOTEBOOK_SCREEN),
    ("passage picker", PASSAGE_PICKER),
    ("reader (stories)", STORY_KEYS),
    ("story list", STORY_LIST),
    ("story screen", STORY_SCREEN),
    ("related dialog", RELATED),
    ("help", HELP_SCREEN),
    ("outlet picker", SOURCE_PICKER),
    ("prompt", PROMPT),
    ("yes/no dialog", CONFIRM),
)
"""Every block of keys, and where it acts, as `broadsheet keys` says it."""

ALL: tuple[Key, ...] = tuple(key for _, block in PLACES for key in block)
"""Every key of the app (the ids a keymap file may name)."""


def help_keys(screen: str) -> tuple[Key, ...]:
    """The keys the help screen lists for ``screen`` (a screen class's name)."""
    own = SCREEN_HELP.get(screen, {})
    keys = (key for block in SCREEN_KEYS.get(screen, (APP,)) for key in block if key.help)
    return tuple(
        replace(key, help=own[key.id][0], group=own[key.id][1]) if key.id in own else key
        for key in keys
    )
