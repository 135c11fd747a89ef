"""The reader's stories: `S` switches the list to stories, a story opens its screen, `r` lists
related articles; all index work in thread workers."""

from __future__ import annotations

from contextlib import nullcontext
from typing import TYPE_CHECKING

from textual import on, work
from textual.timer import Timer

from index.library import Library, QueryError, StoreError
from index.models import Sort, Story, no_stories
from tui import keymap
from tui.key_waits import (
    expect_content,
    result_came,
    screen_not_coming,
)
from tui.messages import (
    IndexOpened,
    IndexUpdated,
    StoriesFound,
)
from tui.missing_data import stories_lacking
from tui.reader_state import NO_DATES, SORT_STATUS, STORY_ORDERS, story_default
from tui.screens.library_screen import one_line
from tui.screens.reader_results import none_matches, still_listed
from tui.screens.story_compare import StoryCompare
from tui.screens.story_outlet import OutletPreview, wants_outlet_article
from tui.screens.story_reading import StoryReading
from tui.screens.story_related import RelatedArticles
from tui.story_none import why_none
from tui.story_offer import Match, best_matches, preview, stories_as_meant
from tui.story_order import in_order
from tui.widgets.article_list import ArticleList
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.search_box import NoteShown, QueryNote, SearchBox
from tui.widgets.story_list import StoryList

LOADING_DELAY = 0.3
"""Seconds a story list may take before the list shows that it is loading (mounting the
indicator and taking it down again cost more than most lists take to come)."""


class StoryMode(StoryReading, StoryCompare, RelatedArticles, OutletPreview):
    """What the reader screen adds for stories (its list of stories, story screen, related).

    The screen composes a `StoryList` (id ``stories``) beside its article list; the class
    ``-stories`` on the screen shows it instead of the articles.
    """

    STORY_BINDINGS = keymap.bindings(keymap.STORY_KEYS)
    """The screen adds these to its own bindings."""

    showing_stories = False
    """True while the list shows stories instead of articles."""
    _stories_text: str | None = None
    """The query of the story list asked for last."""
    _stories_shown = ""
    """The query of the story list shown (the search bar may hold more, typed since)."""
    _keep_story: str | None = None
    """The story the cursor stays on when the list is read again (after an update)."""
    _stories_quiet = False
    """The stories are listed again (an update, a sort): the pane keeps what it shows."""
    _articles_waiting = False
    """The article list's search waits until the list shows articles again."""
    _loading_timer: Timer | None = None
    story_order = ""
    """The story list's order (one of `STORY_ORDERS`; `s` cycles it while stories show)."""
    _stories_found: list[Story] = []
    """The stories found last, in the library's order."""
    _stories_best: dict[str, tuple[Match, ...]] = {}
    """Their articles the query matched, best first, by story id: the pane previews the
    best (issue 16)."""
    _stories_alone: int | None = None
    """The articles in no story, counted with the whole corpus's list (None: not counted)."""
    _stories_problem: str | None = None
    stories_offer: str | None = None
    """The respelling the story list offers when it lists none ("Did you mean"): ctrl+y
    there searches it (nu67: it searched the articles as typed, the story list stayed)."""
    stories_read_as: str | None = None
    """The offer whose stories are listed, as its hits are (fx169): ctrl+y: as typed."""
    _articles_note: NoteShown | None = None
    """The article list's note under the bar, shown again when the list shows articles."""
    _stories_unlit = False
    """The stories listed answer a query that lit nothing (refused, or its search failed):
    the pane's matches are an older query's (rv48 #3)."""
    _stories_loading = False
    """True from asking for the story list until it comes (the status line says so: the
    first `S` on 3,779 articles said "0 stories" over an empty list meanwhile)."""
    _keys_wait: int | None = None
    """The ticket of the keys' wait for the list being found (`_find_stories_for_keys`):
    its answer releases only that wait, not one a search began after it timed out."""

    if TYPE_CHECKING:  # the reader screen's
        shown_query: str | None
        _keep: str | None
        _keep_away: bool
        _keep_top: bool
        total: int | None
        total_exact: bool
        source: str | None
        sort: Sort

        def _start_search(
            self, keep: str | None = None, away: bool = False, *, top: bool = False
        ) -> None: ...

        def _load(self, article_id: str) -> None: ...

        def search_started(self) -> None: ...

        def _update_status(self) -> None: ...

        def searching(self) -> bool: ...

        @property
        def restoring(self) -> bool: ...

        def reopen_story(self) -> None: ...

        def list_is_older(self) -> bool: ...

        def pane_says_none(self, said: str) -> None: ...

        def searched_as_typed(self, text: str) -> bool: ...

    def list_status(self) -> tuple[list[str], str]:
        """What the status line says of the list: its counts, and its order.

        Stories say how many are listed (not the query's article hits). With no query
        a relevance sort has nothing to rank by: the articles come newest first, a day's
        titles A-Z, and the line says so. The query is the one the list was found for, not
        what the search bar holds while typing has not paused yet.
        """
        if self.showing_stories:
            query = self._stories_shown.strip()
            listed = len(self.story_list.stories)
            order = self.story_order or story_default(query)  # as Library
            if self._stories_loading and not listed:
                return ["loading stories…"], order
            counts = [f"{listed:,} stor{'y' if listed == 1 else 'ies'}"]
            return counts + self.alone_said(), order
        query = (self.shown_query or "").strip()
        counts = []
        rows = self.query_one(ArticleList)
        shown, total = len(rows.hits), self.total
        if self.searching():  # the rows are an older query's: "1 hit" of "ta" stood
            query, total = self.query_one(SearchBox).value.strip(), None  # under "taiwan"
            counts.append("searching…")  # for 4 s (fx43)
        if query and total is not None:
            count = f"{total:,}" + ("" if self.total_exact else "+")
            counts.append(f"{count} hit{'s' * (total != 1)}")
        if total is not None and shown < total:
            rest = ", listing the rest…" if rows.loading_to_end else ""  # `G` (nu24 #10)
            counts.append(f"showing {shown:,} of {total:,}{rest}")
        if self.list_is_older():  # the bar's query failed: the hits are the last one's (rv44)
            counts = [still_listed(query, counts)]
        if self.sort == "relevance" and not query:
            return counts, f"sort: {SORT_STATUS['newest']}"  # a day's titles A-Z (README)
        return counts, f"sort: {SORT_STATUS[self.sort]}"

    def alone_said(self) -> list[str]:
        """The articles in no story, when the list holds every story of the corpus (no
        query, no outlet): "10 articles alone" (nu74: "11 stories" hid 10 of 42). At 80
        columns it goes after an order not chosen and the count's skip note, before an
        order chosen. With no story the list says why, every article alone."""
        alone = self._stories_alone
        if self._stories_shown.strip() or self.source or not alone or not self.story_list.stories:
            return []
        return [f"{alone:,} article{'s' * (alone != 1)} alone"]

    def outlet_said(self) -> str:
        """The status line's outlet filter: over stories, it keeps those it ran in."""
        return f"{'stories with ' if self.showing_stories else ''}outlet: {self.source}"

    def articles_wanted(self) -> bool:
        """Whether the article list's search should run now: not while stories are shown
        (at 100,000 articles it would take the time the story list is waiting for); it
        runs when the list switches back to articles."""
        if self.showing_stories:  # the story list follows the query itself (nu68: listing
            # the last query's stories again here previewed one over an article opened)
            self._articles_waiting = True
            self.total = None  # the status line says no count it does not know
            return False
        return True

    def outlet_changed(self) -> None:
        """The outlet filter changed: over stories, it keeps those it ran in (nu24 #2)."""
        if self.showing_stories and not self._stories_loading:
            story = self.story_list.current
            self._show_stories(keep=story.id if story else None)

    @property
    def story_list(self) -> StoryList:
        """The story list."""
        return self.query_one(StoryList)

    @property
    def shown_list(self) -> StoryList | ArticleList:
        """The list on screen: the stories, or the articles."""
        return self.story_list if self.showing_stories else self.query_one(ArticleList)

    def action_toggle_stories(self) -> None:
        offered = self.check_action("accept_suggestion", ())
        self.showing_stories = not self.showing_stories
        self.set_class(self.showing_stories, "-stories")
        if self.check_action("accept_suggestion", ()) != offered:
            self.refresh_bindings()  # ctrl+y answers the list shown (nu67)
        self._update_status()
        # the focus goes to the list shown, unless the search bar has it (typed into while
        # the index opened, restoring stories)
        searching = isinstance(self.focused, SearchBox)
        if self.showing_stories:  # each list's own note under the bar (fx169)
            self._articles_note = self.query_one(QueryNote).trade(None)  # the stories' later
            if not searching:
                self.set_focus(self.story_list)
            self._find_stories_for_keys()
        else:
            self._keys_wait = None  # the keys act here: they wait for the list no more
            self.query_one(QueryNote).trade(self._articles_note)
            if not searching:
                self.set_focus(self.query_one(ArticleList))
            if self._articles_waiting:
                self._articles_waiting = False
                self._start_search(self._keep, self._keep_away, top=self._keep_top)
            else:  # the pane showed the story list's article: the row's again (nu18 #6)
                hit = self.query_one(ArticleList).current
                article = self.query_one(ReadingPane).article
                if hit is not None and (article is None or article.id != hit.id):
                    self._load(hit.id)

    @on(SearchBox.QueryChanged)
    def _story_query_changed(self) -> None:
        self.way_back.clear()  # a new search: a new way back (nu39 #1)
        if self.showing_stories:  # the note under the bar was the last query's (nu44 #6)
            self.search_started()
            self._find_stories_now()

    def on_index_opened(self, message: IndexOpened) -> None:
        """The index opened after the list switched to stories (`S` pressed while the first
        rows came from the kept page): list them now (once the library is set)."""
        if self.showing_stories:
            self.call_later(self._find_stories_for_keys)

    def stories_changed(self) -> None:
        """The index changed (the reader's lists refresh): list the stories afresh, the
        cursor kept on its story (story ids outlive updates)."""
        if self.showing_stories:
            story = self.story_list.current
            self._find_stories_now(keep=story.id if story else None, quiet=True)

    def on_index_updated(self, message: IndexUpdated) -> None:
        """An update (here) or a rebuild (elsewhere) finished: an open story's screen
        tells it as it is now, the quotes panel lists them afresh (the story list follows
        with the reader's: `stories_changed`)."""
        if len(self.app.screen_stack) > 1:  # the screens over the reader show it as it is now
            from tui.screens.index_said import SaysIndex  # loaded with such a screen

            for screen in self.app.screen_stack:
                if isinstance(screen, SaysIndex):
                    screen.retell()

    def _find_stories_now(self, keep: str | None = None, *, quiet: bool = False) -> None:
        """``quiet``: a refresh; the article in the pane (read from a story's screen, the
        quotes panel, `r`) stays there, as the article list's `away` keeps it (rv29 #1)."""
        if self.library is None:
            return
        if self.restoring:  # `S` before the saved state came: listed once it has (fx154)
            self._stories_loading = True  # "loading stories…" meanwhile
            self._update_status()
            return
        self._stories_quiet = quiet
        text = self.query_one(SearchBox).value
        self._stories_text = text
        self._keep_story = keep
        self._stories_loading = True
        self._update_status()
        if self._loading_timer is None:  # the indicator only when a list is slow to come
            self._loading_timer = self.set_timer(LOADING_DELAY, self._show_loading)
        self._find_stories(self.library, text, self.searched_as_typed(text))

    def _find_stories_for_keys(self) -> None:
        """List the stories, the keys typed meanwhile ("jj" and enter with `S`, or while
        a restored stories list loads at startup) held until it is there: they moved an
        empty list, lost (rv51). Keys that leave (ctrl+q) do not wait (`expect_content`)."""
        self._find_stories_now()
        if self._stories_loading:
            self._keys_wait = expect_content(self.app)

    def _show_loading(self) -> None:
        self._loading_timer = None
        self.story_list.loading = True

    @work(thread=True, exclusive=True, exit_on_error=False, group="stories", name="stories")
    def _find_stories(self, library: Library, text: str, typed: bool) -> None:
        from index.library import StoriesMissing  # loads the stories module: on use
        from tui.notebook_ops import followed_ids  # the notebook: in this worker, on use

        try:
            found, read_as = stories_as_meant(library, text, typed, followed_ids(library))
            alone, offered, meant = "", None, read_as or text  # the offer's, as the articles'
            if not found:  # why, on two lines: the list is 70-76 columns wide, its rows unwrapped
                why, offered = (
                    why_none(library, meant) if text.strip() else (no_stories(len(library)), None)
                )
                alone = ";\n".join(why.rsplit("; ", 1)).replace(" Did you mean", "\nDid you mean")
            lights = library.highlighter(meant)
            best = best_matches(library, meant, found)
            lone = None if text.strip() else library.articles_alone(found)  # no article read
            self.post_message(
                StoriesFound(text, found, alone, lights, offered, read_as, best, lone)
            )
        except StoriesMissing:
            self.post_message(StoriesFound(text, [], stories_lacking(library)))
        except (QueryError, StoreError) as error:
            self.post_message(StoriesFound(text, [], one_line(error)))

    def on_stories_found(self, message: StoriesFound) -> None:
        if message.text != self._stories_text:
            return  # the query changed while this ran
        if self._loading_timer is not None:
            self._loading_timer.stop()
            self._loading_timer = None
        self.story_list.loading = False
        self._stories_loading = False
        self._stories_shown = message.text
        self._stories_found, self._stories_problem = message.stories, message.problem
        self._stories_best = message.best
        self.forget_outlet_articles()  # read again: the outlet's articles may have moved
        self._stories_alone = message.alone
        offers = (message.offered, message.read_as)
        if (self.stories_offer, self.stories_read_as) != offers:
            self.stories_offer, self.stories_read_as = offers
            self.refresh_bindings()  # ctrl+y in the footer, or not
        if self.showing_stories:  # the note under the bar says what the list shows (fx169)
            self.query_one(QueryNote).stories_for(message.read_as, message.text)
        self._stories_unlit = message.highlighter is None
        if message.highlighter is not None and message.highlighter != self.highlighter:
            # the pane lights this query, as the article list's search does: an article
            # left in the pane (no story listed) loses the last query's matches
            self.highlighter = message.highlighter
            pane = self.query_one(ReadingPane)
            if pane.article is not None:
                pane.relight(self.highlighter)
        self._show_stories(keep=self._keep_story, quiet=self._stories_quiet)
        self.pane_held = False
        self.reopen_story()  # a story's screen open at quit, unless keys were typed meanwhile
        if self._keys_wait is not None:  # the keys typed while it loaded act on it now
            result_came(self.app, self._keys_wait)
            self._keys_wait = None

    def _show_stories(self, keep: str | None, *, quiet: bool = False) -> None:
        """The stories found last, in the order chosen; the cursor on ``keep``; ``quiet``:
        the pane keeps its article (the next move shows the cursor's story's first)."""
        text = self._stories_shown
        empty = f"No stories match {text!r}" if text.strip() else "No stories"
        empty += f" from {self.source}." if self.source else "."  # as the pane says (nu68)
        found = self._stories_found
        if self.source:  # the outlet filter keeps the stories it ran in (nu24 #2)
            found = [story for story in found if self.source in story.sources]
        stories = in_order(found, self.story_order)
        # the pane says its article is gone, or keeps it: a move shows the cursor's story
        held = self.pane_held or (quiet and self.query_one(ReadingPane).article is not None)
        with self.story_list.prevent(StoryList.OptionHighlighted) if held else nullcontext():
            self.story_list.show(stories, self._stories_problem or empty, keep=keep)
        if not (stories or quiet or self._stories_unlit):  # as the article list's (nu67 #9)
            self.pane_says_none(none_matches(self.stories_read_as or text, self.source, "story"))
        self._update_status()  # the count of stories, not the query's article hits

    def cycle_story_order(self) -> None:
        """`s` while stories show: the next order of the story list (the cursor stays)."""
        self.story_order = STORY_ORDERS[(STORY_ORDERS.index(self.story_order) + 1) % 3]
        default = story_default(self._stories_shown)
        dateless = NO_DATES if self.dateless and self.story_order else ""
        self.notify(f"Stories sorted {self.story_order or default}{dateless}")
        story = self.story_list.current
        self._show_stories(keep=story.id if story else None, quiet=True)

    @on(StoryList.OptionSelected, "#stories")
    def _story_opened(self, event: StoryList.OptionSelected) -> None:
        if self.library is not None and event.option.id is not None:
            self.way_back.clear()  # chosen from the main list: a new way back (nu39 #1)
            self.open_story(event.option.id)
        else:
            screen_not_coming(self.app)  # the keys held for it act on the list

    def open_story(self, story_id: str) -> None:
        """The story's screen over the reader; an article picked there is read here."""
        from tui.screens.story import StoryScreen  # loaded on first use: not before first paint

        if self.library is not None:
            story = self.story_list.current  # on the outlet filter's article (nu83)
            at = self.story_preview(story) if story and story.id == story_id else None
            at = at if story and wants_outlet_article(story, (), self.source) else None
            self.app.push_screen(StoryScreen(self.library, story_id, at=at), self._read)

    @on(StoryList.OptionHighlighted, "#stories")
    def _story_highlighted(self, event: StoryList.OptionHighlighted) -> None:
        story = self.story_list.current
        if story is None:
            return
        matches = self._stories_best.get(story.id, ())
        if wants_outlet_article(story, matches, self.source) and self.outlet_article(story) is None:
            self.preview_of_outlet(story)  # shown once found (nu83); "": looked, none
        else:  # its article, in the pane, once the list is painted
            self.call_after_refresh(self._read, self.story_preview(story), focus=False)

    def story_preview(self, story: Story) -> str:
        """The article the pane shows for ``story``: its best match for the query, of the
        outlet chosen if it has one, else its first (issue 16 #4: `/afghanistan` showed a
        first article without the word); with no match of the outlet chosen, the outlet's
        earliest article once found (`tui.screens.story_outlet`)."""
        matches = self._stories_best.get(story.id, ())
        if wants_outlet_article(story, matches, self.source) and (
            found := self.outlet_article(story)
        ):
            return found
        return preview(story, matches, self.source)
