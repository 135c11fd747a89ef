"""The story screen: one news event in time: who reported first, who followed, day by day."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from index.library import Library, printable
from index.models import Coverage, RelatedArticle, StoryLag, StoryMember, StoryTimeline, counted
from tui import followed_lines, keymap
from tui.compare_tabs import tie_fitted
from tui.key_waits import content_ticket, keys_wait_for, result_came
from tui.messages import StoryTold
from tui.outlet_count import UNKNOWN
from tui.outlet_count import outlets as outlet_count
from tui.screens.story_index import STORY_GONE as STORY_GONE
from tui.screens.story_index import StoryIndex
from tui.screens.story_related import FindsRelated
from tui.screens.story_wording import WordingRead, preview
from tui.story_chart import CHART_WIDTH, chart, chart_line
from tui.story_earlier import earlier_line
from tui.story_first import (
    day_lag,
    earlier_said,
    first_said,
    hours_words,
    no_first_words,
    tie_label,
    tie_words,
    tied_and_later,
    undated_words,
    zoned,
)
from tui.story_form import day_span, outlet_rank
from tui.story_form import outlets_first as outlets_first  # and `tui.story_pick`'s
from tui.story_form import sole_outlet as sole_outlet
from tui.story_lags import ON_LINE, OWN_LINE, lag_lines
from tui.way_back import back_out, leave_with
from tui.widgets.coverage_bar import coverage_bar
from tui.widgets.key_footer import KeyFooter, paired
from tui.widgets.leaving_list import LeavingList
from tui.widgets.story_list import jump, step_cursor

if TYPE_CHECKING:
    from index.library import SharedWording
    from tui.screens.quotes import QuoteTarget


def _lag(told: StoryTimeline, lag: StoryLag) -> str:
    """How long after the first article an outlet followed: "next day", "+2 days" when a
    date has no time, else in hours (in days past 48 hours)."""
    hours = lag.hours_after_first
    return day_lag(told, lag) or hours_words(hours)


def summary(
    told: StoryTimeline,
    follow: Text | None = None,
    moves: Text | None = None,
    was: str = "",
    width: int = 0,
    outside: Sequence[RelatedArticle] = (),
    corpus: tuple[str, ...] = (),
) -> Text:
    """The story's head in three lines, what matters first: headline (and ``was``, the title
    it was followed by when an update renamed it: nu39 #5); size, span (and ``follow``, the
    follow state); who was first and who followed when. The screen cuts each line with "…"
    rather than wrap it (at 80 columns the head took 5 lines, nu19 #6). ``moves``: a fourth
    line, third, on a followed story's articles that moved out of it
    (`story_follow.moves_line`). ``width``: the head's, where the outlets tied first are
    said short (`short_outlet`) if the line would be cut (nu45 #10: "…: Al Jazeera, CNN,
    D…" lost Reuters at 80x24), unless that is the name of another outlet of the ``corpus``.
    ``outside``: close articles outside it dated before its first, said on a line of
    their own (`Library.earlier_outside`, issue 16)."""
    story = told.story
    text = Text()
    text.append(printable(story.title or "(untitled)"), "bold")
    if was:
        text.append(f"  (followed as {followed_lines.short_title(printable(was))!r})", "dim")
    span = day_span(story.start, story.end)  # as `broadsheet story` says it (nu24 #6)
    size = counted(story.size, "article") + undated_words(told)
    text.append(f"\n{size} · {outlet_count(len(story.sources))} · {span}", "dim")
    if follow is not None:
        text.append(" · ", "dim")
        text.append_text(follow)
    if moves is not None:
        text.append("\n")
        text.append_text(moves)
    label, said, names = first_said(told)  # as `broadsheet story` says it (nu42 #1)
    text.append(f"\n{label.capitalize()}: ", "dim")
    tied, later = tied_and_later(told)
    if said is None:  # no dated article names its outlet: no first
        text.append(no_first_words(told), "dim")
    else:
        said, names = tie_fitted(f"{label}: ", printable(said), printable(names), width, corpus)
        text.append(said, "bold")
    if names:  # none was first (`first_tied`): the outlets tied, not one "first"
        text.append(": ", "dim")
        text.append(names)
    elif tied:
        text.append(f"  {tie_words(told)}: ", "dim")
        text.append(printable(", ".join(tied)))
    if said is not None and (earlier := earlier_said(told)):  # an unknown outlet ran before
        text.append(earlier, "dim")
    lags = [(printable(lag.source), _lag(told, lag)) for lag in later]
    used = cell_len(text.plain.rsplit("\n", 1)[-1])  # the lags fitted to the head (nu54 #7)
    on_line, own_lines = lag_lines(used, lags, width, corpus)
    if on_line:
        text.append(ON_LINE, "dim")
        text.append(on_line)
    for k, own in enumerate(own_lines):
        text.append("\n" + (OWN_LINE if k == 0 else " " * len(OWN_LINE)), "dim")
        text.append(own)
    if (line := earlier_line(outside)) is not None:  # the first may not be (nu51 #1)
        text.append("\n")
        text.append_text(line)
    return text


def grouped(told: StoryTimeline) -> list[Option]:
    """The story's articles grouped by outlet (in the order they reported, `outlet_rank`, as
    `broadsheet story` lists them), each oldest first."""
    tied, later = tied_and_later(told)
    tie = tie_label(told)  # dated as the first: "same day" (a bare date), not "+0h"
    labels = {source: tie for source in tied} | {lag.source: _lag(told, lag) for lag in later}
    if told.first is not None:  # tied with others: none was first
        labels[told.first.source or ""] = tie if tied else first_said(told)[0]
    if tied and not later:  # all tie: the head says it once, not "same day" on every row
        labels = {}  # (nu83 #1: "Fox News  same day / The Hill  same day": same as what?)
    if told.earlier_unknown is not None:  # the first skips unknown outlets (nu45 #2)
        labels[""] = "dated earlier"
    by_outlet: dict[str, list[StoryMember]] = {}
    for member in told.articles:
        by_outlet.setdefault(member.source or "", []).append(member)
    whens = {member.id: zoned(member.date) for member in told.articles}  # "20:12 UTC" (nu42 #6)
    width = max(map(len, whens.values()), default=0)  # no time in the story: no blank column
    options: list[Option] = []
    for source in sorted(by_outlet, key=lambda s: (outlet_rank(told, s or None), s)):
        head = Text(printable(source or UNKNOWN), style="bold")
        if source in labels:
            head.append(f"  {labels[source]}", "dim")
        options.append(Option(head, disabled=True))
        for member in by_outlet[source]:
            row = Text(no_wrap=True, overflow="ellipsis")
            row.append(f"  {whens[member.id]:{width}}  ", "dim")
            row.append(printable(member.title or "(untitled)"))
            options.append(Option(row, id=member.id))
    return options


SHORT = 20
"""A screen this short (lines) shows the story's head and its articles only."""
LOW = 30
"""A screen this low (lines) shows the chart in one line (`chart_line`), and gives the
articles more of the height than the preview (at 80x24 the head and a chart of six outlets
took 11 lines, and 1½ of the story's article rows showed, nu19 #6)."""


class StoryScreen(FindsRelated, StoryIndex):
    """One story: its head, a chart of articles per day per outlet, its articles by outlet.

    Dismissed with the id of an article to read (enter or ``o``), or None (escape).
    """

    CONTENT_COMES = True
    """A worker brings what it shows: keys typed meanwhile wait for it (rv48)."""

    SAYS_FAILURES = {"story": ("#story-head", "story")}

    BINDINGS = paired(  # "cC Compare": room at 80 columns for `r` and `u` (fx150)
        keymap.bindings(keymap.STORY_SCREEN),
        {"story-compare": "Compare", "story-compare-all": "Compare"},
    )
    DEFAULT_CSS = """
    StoryScreen {
        #story-head { height: auto; max-height: 3; padding: 0 1; background: $panel;
                      text-wrap: nowrap; text-overflow: ellipsis; }
        &.-moved #story-head, &.-earlier #story-head { max-height: 4; }
        &.-moved.-earlier #story-head { max-height: 5; }
        #story-coverage { height: auto; max-height: 3; padding: 0 1; display: none; }
        #story-coverage.-known { display: block; }
        &.-short #story-coverage.-known { display: none; }
        #story-chart { height: auto; max-height: 12; padding: 0 1; margin: 1 0 0 0; }
        /* an OptionList makes Content of a Rich Text, which drops its no_wrap */
        #story-articles { height: 1fr; border: round $panel;
                          text-wrap: nowrap; text-overflow: ellipsis; }
        #story-articles:focus { border: round $accent; }
        #story-preview { height: 1fr; padding: 0 1; border: round $panel; }
        #story-preview:focus { border: round $accent; }
        &.-short #story-chart, &.-short #story-preview { display: none; }
        &.-low #story-chart { max-height: 1; margin: 0; }
        &.-low #story-articles { height: 3fr; }
        &.-low #story-preview { height: 2fr; }
    }
    """

    def __init__(self, library: Library, story_id: str, at: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.story_id = story_id
        self.at = at
        """The article the cursor starts on (the way back: the one read from here)."""
        self.timeline: StoryTimeline | None = None
        """The story told in time (None until it is read)."""
        self.cover: Coverage | None = None
        """Its coverage by side, as told."""
        self.wording: SharedWording | None = None
        """The shared wording of the article in the preview (None until one is read)."""
        self.reopened = False
        """Opened again by the way back (`again`): closed when its story is gone."""

    def compose(self) -> ComposeResult:
        yield Static("Reading the story…", id="story-head")
        yield Static("", id="story-coverage")
        yield Static("", id="story-chart")
        yield LeavingList(id="story-articles")
        with VerticalScroll(id="story-preview"):
            yield Static("", id="story-wording")
        yield self.index_line()  # the corpus changed on disk: `u` updates from here
        yield KeyFooter(compact=True)  # a key that does not fit is left out whole

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.ask_reader()

    def on_resize(self) -> None:
        """Under SHORT lines the head and chart took the height, and no article row showed
        (50x15): there the chart and the preview stand aside for the articles; under LOW
        the chart is one line."""
        self.set_class(self.size.height < SHORT, "-short")
        self.set_class(self.size.height < LOW, "-low")
        if self.timeline is not None:  # told: painted again to the width, no worker (fx126:
            self._paint()  # the whole story was read again, its earlier line 28-210 ms)
        else:
            keys_wait_for(self._tell(self.library, self.story_id), content_ticket(self))

    def on_story_told(self, message: StoryTold) -> None:
        keep = self.current if self.timeline is not None else self.at
        told, self.earlier = message.timeline, message.earlier
        self.timeline, self.cover = told, message.coverage
        self.set_class(bool(self.earlier), "-earlier")  # its own line
        self.refresh_bindings()  # `E` reads the earlier article: shown only when it is said
        self.outlets = message.outlets
        self._paint()
        articles = self.query_one(OptionList)
        articles.clear_options()
        articles.add_options(grouped(told))
        articles.highlighted = 1 if articles.option_count > 1 else None
        ids = [articles.get_option_at_index(i).id for i in range(articles.option_count)]
        if keep is not None and keep in ids:
            articles.highlighted = ids.index(keep)
        result_came(self.app, content_ticket(self))  # the keys typed while it was told act now

    def _paint(self) -> None:
        """The head, coverage bar and chart of the story told, to the screen's width (again
        on resize, from what was told)."""
        if (told := self.timeline) is None:
            return
        self.paint_head()
        cover = self.cover  # shown when any article's lean is known
        known = cover is not None and cover.unknown < len(told.articles)
        bar_line = self.query_one("#story-coverage", Static)
        bar_line.set_class(known, "-known")
        columns = self.size.width - 2 if self.size.width else None
        bar_line.update(coverage_bar(cover, columns=columns) if cover is not None and known else "")
        drawn = self.query_one("#story-chart", Static)
        drawn_as = chart_line if self.has_class("-low") else chart
        drawn.update(drawn_as(told, drawn.content_size.width or CHART_WIDTH))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None and self.timeline is not None:
            titles = {m.id: m.title for m in self.timeline.articles}
            titles |= {later.article: later.title for later in self.later}  # "Later, related"
            self._word(self.library, event.option.id, titles.get(event.option.id, ""))

    @work(thread=True, exclusive=True, exit_on_error=False, group="wording", name="wording")
    def _word(self, library: Library, article_id: str, title: str) -> None:
        self.post_message(WordingRead(title, library.story_wording(article_id, self.story_id)))

    def on_wording_read(self, message: WordingRead) -> None:
        if message.wording.article_id != self.current:
            return  # the cursor moved on while it was read
        self.wording = message.wording
        self.query_one("#story-wording", Static).update(preview(message.title, message.wording))
        self.query_one("#story-preview", VerticalScroll).scroll_home(animate=False)

    @property
    def current(self) -> str | None:
        """The id of the article under the cursor."""
        articles = self.query_one(OptionList)
        if articles.highlighted is None:
            return None
        return articles.get_option_at_index(articles.highlighted).id

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        leave_with(self, event.option.id)

    def action_open(self) -> None:
        if self.current is not None:
            leave_with(self, self.current)

    def action_related(self) -> None:
        """`r`: the reader's related dialog, for the article under the cursor (fx150)."""
        if self.current is not None:
            self.find_related(self.library, self.current)

    def related_chosen(self, article_id: str | None) -> None:
        self._quote_chosen(article_id)  # read in the reader, as `o`

    def action_open_earlier(self) -> None:
        """Read the first article the head's "Earlier, not in this story" line names (nu52
        #4: it had no key, the user searched for it)."""
        if self.earlier:
            leave_with(self, self.earlier[0].id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_earlier":
            return bool(self.earlier)
        return True

    def action_back(self) -> None:
        if not back_out(self):  # opened again by the way back: to the reader's list
            self.dismiss(None)

    def action_cursor(self, step: int) -> None:
        step_cursor(self.query_one(OptionList), step)

    def action_jump(self, where: str) -> None:
        jump(self.query_one(OptionList), where)

    def action_compare(self) -> None:
        from tui.screens.compare import CompareScreen  # its analysis modules load on first use
        from tui.story_pick import reader_marks, story_pair

        if self.timeline is None or self.current is None:
            return
        if self.timeline.story.size < 2:
            self.notify(ONE_ARTICLE)  # it said nothing (sm32)
            return
        told, marks = self.timeline, reader_marks(self.app.screen_stack)
        pair = story_pair(told.articles, told.story.counted, self.current, marks)
        self.app.push_screen(CompareScreen(self.library, *pair))

    def action_quotes(self) -> None:
        """The quotes panel for the story's articles; a quote chosen is read in the reader."""
        from tui.screens.quotes import QuoteScope, QuotesScreen  # loaded on first use

        if self.timeline is None:
            return
        story = self.timeline.story
        scope = QuoteScope(title=story.title or story.id, story=story.counted, story_id=story.id)
        self.app.push_screen(QuotesScreen(self.library, scope), self._quote_chosen)

    def _quote_chosen(self, target: QuoteTarget | str | None) -> None:
        if target is not None:
            leave_with(self, target)

    def again(self) -> StoryScreen:
        """This story again, the cursor on the article under it (`tui.way_back`)."""
        screen = StoryScreen(self.library, self.story_id, at=self.current)
        screen.reopened = True
        return screen

    def reopen(self, child: Screen[Any]) -> None:
        """The quotes panel (or the story its ``m`` opened) over this one again."""
        if isinstance(child, StoryScreen):
            self.app.push_screen(child, self.moved_read)
        else:
            self.app.push_screen(child, self._quote_chosen)

    def action_compare_all(self) -> None:
        """Compare the story's outlets at once: the first article of each, up to eight."""
        if self.timeline is None:
            return
        if self.timeline.story.size < 2:
            self.notify(ONE_ARTICLE)
            return
        alone = sole_outlet(self.timeline.articles)
        if alone is not None:  # it compared two of its articles, or three, as outlets
            self.notify(ONE_OUTLET.format(printable(alone)), markup=False)
            return
        ids = outlets_first(self.timeline.articles)
        if len(ids) < 3:
            self.action_compare()
            return
        from tui.screens.multicompare import MultiCompareScreen  # analysis loads on use

        self.app.push_screen(MultiCompareScreen(self.library, ids))


ONE_ARTICLE = "This story has one article: nothing to compare it with"
"""What `c` and `C` say on a story of one article."""
ONE_OUTLET = "One outlet ({}) ran this story: C compares outlets; c compares two of its articles"
"""What `C` says on a story whose articles all come from one outlet (sm32: it said nothing,
and compared the outlet's articles side by side as if they were outlets)."""
