"""Following a story from its screen: `f` follows or unfollows; new articles are marked ●.

A base of `tui.screens.story.StoryScreen`. Opening a followed story records its articles
as seen (so the reader's story list stops counting them), marks on this screen the ones
that joined since it was last opened, and lists its possible follow-ups under "Later,
related" (`Library.followups`: later articles outside it, close to it; enter reads one).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeAlias

from rich.text import Text
from textual import work
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist
from textual.worker import Worker

from index.library import Library, printable
from index.models import RelatedArticle, Story, StoryTimeline
from index.notebook import FollowUp, Moved, NotFound
from tui import followed_lines, notebook_ops
from tui.messages import FollowChecked, NotebookChanged, StoryOpened, StoryTold
from tui.way_back import leave_with
from tui.worker_failures import ReportsWorkerFailures, bug_said

if TYPE_CHECKING:  # the quotes panel loads when first opened
    from tui.screens.quotes import QuoteTarget

STILL_READING = "Still reading whether this story is followed: f again in a moment"
"""What `f` says before the follow state is read."""

StoryResult: TypeAlias = "str | QuoteTarget | None"
"""What a story's screen is dismissed with: an article to read, a quote, or nothing."""

LATER = "later-related"
"""The id of the "Later, related" heading in the story's article list."""
NEW_MARK = "●"
"""What marks an article that joined a followed story since it was last opened."""


def marked_row(prompt: Text) -> Text:
    """An article's row with the new mark in place of its indent."""
    row = prompt.copy()
    plain = row.plain
    if plain.startswith(NEW_MARK):
        return row
    indent = len(plain) - len(plain.lstrip(" "))
    tail = row[min(indent, 2) :]
    return Text.assemble((NEW_MARK + " ", "bold"), tail, no_wrap=True, overflow="ellipsis")


def follow_line(following: bool, new: int) -> Text:
    """The story head's follow state: followed or not, and how many articles are new
    (what following does is in the help: the head has three lines)."""
    if not following:
        return Text("f follows this story", "dim")
    line = Text("★ following", "bold")
    if new:
        line.append(f" · {NEW_MARK} {new} new since you last opened it", "bold")
    line.append(" · f unfollows", "dim")
    return line


def later_rows(followups: Sequence[FollowUp]) -> list[Option]:
    """The story's possible follow-ups as rows of its article list, under a "Later,
    related" heading: date, outlet and title (enter or o reads one, as a member), in date
    order, the heading saying how many were found when more than are listed (nu48 #7)."""
    head = Text("Later, related", style="bold")
    found = followed_lines.found_of(followups)
    if found > len(followups):
        head.append(f" ({len(followups)} of {found}, the closest)", "bold")
    head.append("  after its last article, in other stories, by date (enter reads one)", "dim")
    rows = [Option(head, id=LATER, disabled=True)]
    for later in followups:
        row = Text(no_wrap=True, overflow="ellipsis")
        row.append(f"  {(later.date or 'undated')[:10]}  ", "dim")
        row.append(printable(later.source or "?") + ": ", "dim")
        row.append(printable(later.title))
        rows.append(Option(row, id=later.article))
    return rows


def followups(library: Library, story_id: str) -> tuple[FollowUp, ...]:
    """The story's possible follow-ups (`Library.followups`); none when an update took the
    story away meanwhile (the screen says so when it is read again)."""
    try:
        return library.followups(story_id, notebook_ops.FOLLOWUPS)
    except KeyError:
        return ()


def _listed(options: OptionList, option_id: str) -> bool:
    """Whether ``options`` has an option of this id."""
    try:
        options.get_option(option_id)
    except OptionDoesNotExist:
        return False
    return True


def moves_line(moved: Sequence[Moved], removed: Sequence[str]) -> Text | None:
    """The story head's line on the articles seen in it at the last opening that are in it
    no more: ``Since you last opened it (m to open): 2 of its articles are now in 'Atlanta
    …'`` (and how many left the index); None when there are none. The opening forgot
    them, so this is the one place the reader says where they went (rv33 #1)."""
    if not moved and not removed:
        return None
    # the key before the words: at 80 columns the line's end is cut
    line = Text("Since you last opened it" + (" (m to open)" if moved else "") + ": ", "dim")
    line.append(printable(followed_lines.where_went(moved, removed)), "bold")
    return line


class FollowStory(ReportsWorkerFailures, Screen[StoryResult]):
    """Follows the story on screen (``story_id``), and marks its new articles."""

    library: Library
    story_id: str
    timeline: StoryTimeline | None

    following: bool | None = None
    """Whether the story is followed (None until the notebook was read)."""
    new_articles: frozenset[str] = frozenset()
    """Its articles that no earlier opening showed (marked with ``NEW_MARK``)."""
    opened_new: frozenset[str] = frozenset()
    """The articles this visit's opening recorded as new (`StoryOpened`): kept when the
    rest of the read failed, as the notebook has forgotten them (rv74)."""
    left: tuple[tuple[Moved, ...], tuple[str, ...]] = ((), ())
    """Its articles seen at the last opening that moved to other stories, or left the index
    (`moves_line`): told for the whole visit, though this opening forgot them."""
    later: tuple[FollowUp, ...] = ()
    """Its possible follow-ups (`later_rows`), read when it was opened."""
    earlier: tuple[RelatedArticle, ...] = ()
    """Close articles outside it dated before its first, as told (`StoryTold.earlier`)."""
    outlets: tuple[str, ...] = ()
    """The corpus's outlets, read with the story: a short name in its head must not be
    another outlet's (`tui.compare_tabs.shortened`)."""

    unread: str | None = None
    """Why the follow state could not be read (its worker failed), until read again: `f`
    says it and reads again (rv72: `f` did nothing, silently)."""
    head_said: tuple[Text | None, Text | None, str] = (None, None, "")
    """What the head says of its following (`summary`'s ``follow``, ``moves`` and ``was``)."""

    def paint_head(self) -> None:
        """The head of the story told, to its width, with its following as last checked."""
        from tui.screens.story import summary  # the screen that this is a base of

        shown = self.query_one("#story-head", Static)
        if self.timeline is not None:
            width = shown.content_size.width
            said = summary(self.timeline, *self.head_said, width, self.earlier, self.outlets)
            shown.styles.max_height = said.plain.count("\n") + 1  # the lags' own lines too
            shown.update(said)

    def on_story_told(self, message: StoryTold) -> None:
        # the story screen's own handler has listed the articles: now the notebook
        self._opened(self.library, message.timeline.story)

    def worker_failed(self, worker: Worker[object], error: BaseException) -> bool:
        """The follow state unread: the head says `f` reads it again (and the toast why)."""
        if worker.group == "story-follow" and not worker.is_cancelled:
            self.unread = bug_said("reading the follow state", error)
            self.head_said = (Text("follow state unread: f tries again", "dim"), None, "")
            self.paint_head()
        return super().worker_failed(worker, error)

    @work(
        thread=True, exclusive=True, exit_on_error=False, group="story-follow", name="follow state"
    )
    def _opened(self, library: Library, story: Story) -> None:
        with library.notebook() as notebook:
            try:
                # what the opening forgets, read first: this screen tells it (rv33 #1)
                moved, removed = notebook.stories.left(
                    story.id, story.counted, library.story_holding
                )
                seen = notebook.stories.opened(story.id, story.counted)
                self.post_message(StoryOpened(story.id, frozenset(seen.new), moved, removed))
                was = notebook.stories.get(story.id).title
            except NotFound:
                self.post_message(FollowChecked(story.id, False))
                return
        new = frozenset(seen.new)
        later = followups(library, story.id)  # of a followed story only
        was = was if was and story.title and was != story.title else None  # renamed: nu39 #5
        self.post_message(FollowChecked(story.id, True, new, moved, removed, later, was))

    def on_story_opened(self, message: StoryOpened) -> None:
        if message.story_id == self.story_id:
            self.opened_new |= message.new
            if message.moved or message.removed:
                self.left = (message.moved, message.removed)

    def on_follow_checked(self, message: FollowChecked) -> None:
        if message.story_id != self.story_id or self.timeline is None:
            return
        self.following, self.unread = message.following, None
        self.new_articles = message.new | self.opened_new
        if message.moved or message.removed:  # kept for this visit (`f` posts none)
            self.left = (message.moved, message.removed)
        moves = moves_line(*self.left) if message.following else None
        self.set_class(moves is not None, "-moved")
        follow = follow_line(message.following, len(self.new_articles))
        self.head_said = (follow, moves, message.followed_title or "")
        self.paint_head()
        articles = self.query_one(OptionList)
        if message.followups:
            self.later = message.followups
        if message.following and self.later and not _listed(articles, LATER):
            articles.add_options(later_rows(self.later))
        elif not message.following and _listed(articles, LATER):  # unfollowed: not told
            for option_id in (LATER, *(later.article for later in self.later)):
                articles.remove_option(option_id)
        for article_id in self.new_articles:
            option = articles.get_option(article_id)
            if isinstance(option.prompt, Text):
                articles.replace_option_prompt(article_id, marked_row(option.prompt))

    def action_open_moved(self) -> None:
        """Open the story holding most of the articles that moved out of this one (``m``,
        `moves_line`); reading an article there reads it from here."""
        target = followed_lines.moved_to(self.left[0])
        if target is None:
            self.notify("No article of this story moved to another", markup=False)
            return
        from tui.screens.story import StoryScreen  # the screen that this is a base of

        self.app.push_screen(StoryScreen(self.library, target.story), self.moved_read)

    def moved_read(self, result: str | QuoteTarget | None) -> None:
        """An article chosen in the story ``m`` opened: read from here."""
        if result is not None:
            leave_with(self, result)

    def action_follow(self) -> None:
        if self.timeline is None:
            return
        if self.following is None:  # not read yet, or its read failed: said, read again
            said = f"{self.unread}; reading it again" if self.unread else STILL_READING
            self.notify(said, markup=False, severity="warning" if self.unread else "information")
            if self.unread:
                self.unread = None
                self._opened(self.library, self.timeline.story)
            return
        self._toggle(self.library, self.timeline.story, not self.following)

    @work(
        thread=True, exclusive=True, exit_on_error=False, group="story-follow-write", name="follow"
    )
    def _toggle(self, library: Library, story: Story, follow: bool) -> None:
        title = followed_lines.short_title(story.title)
        with library.notebook() as notebook:
            if follow:
                notebook.stories.follow(story.id, story.counted, title=story.title)
                said = f"Following {title!r}: articles that join it will be counted"
            else:
                notebook.stories.unfollow(story.id)
                said = f"Stopped following {title!r}"
        later = followups(library, story.id) if follow else ()
        self.post_message(FollowChecked(story.id, follow, self.new_articles, followups=later))
        self.post_message(NotebookChanged(said))

    def on_notebook_changed(self, message: NotebookChanged) -> None:
        message.stop()
        self.notify(message.said, markup=False)
