"""The notebook screen's rows: an article, a highlight (under its article's title: nu54 #9),
a tag (with the articles and highlights it reaches), a saved search, a followed story."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.text import Text
from textual.widgets.option_list import Option

from index.library import printable
from index.models import CHANGED, NOT_FOUND, counted, quoted
from index.notebook import Entry, FollowedNews, Highlight, SavedSearch, haystack
from tui import followed_lines
from tui.widgets.kept import kept_label

EXCERPT = 160
"""Characters of a note or passage shown on one row."""


@dataclass(frozen=True, slots=True)
class Item:
    """One row: an article, a highlight, a tag or a saved search (or a section's heading)."""

    label: Text
    haystack: str = ""
    section: str = ""
    entry: Entry | None = None
    highlight: Highlight | None = None
    tag: str | None = None
    search: SavedSearch | None = None
    story: FollowedNews | None = None
    keep: tuple[int, int, int] | None = None
    """Where an article's facts are in its label's first line (from, the date's end, the
    marks' end): kept when the line is cut (nu65 #7, "ABC News · 20…" at 80 columns; nu75,
    "· 2021-10-18…", its highlight count cut), its title cut instead."""


TITLE_KEPT = (8, 20)
"""Columns a title cut to keep its outlet and date whole keeps at least, and one cut to keep
its marks whole too: a few words, else the marks are cut instead."""


class Headline:
    """A row's first line that, too long for the list, cuts its title to keep its facts
    whole: its outlet, date and marks (pinned, tags, note, highlights) while the title
    keeps a few words, else its outlet and date (`TITLE_KEPT`), else is cut at its end
    (``keep``: the title's end, the date's, the marks'); ``plain`` as a `Text`'s."""

    def __init__(self, head: Text, keep: tuple[int, int, int]) -> None:
        self.head, self.keep = head, keep

    @property
    def plain(self) -> str:
        return self.head.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width, head = options.max_width, self.head
        at, *ends = self.keep
        for to, kept in zip(reversed(ends), reversed(TITLE_KEPT), strict=True):
            if head[:to].cell_len == width:  # title and facts fill the line: no room for "…"
                yield head[:to]
                return
            if head.cell_len <= width or head[:to].cell_len < width:
                yield head  # cut after them (in the marks or "(gone …)"), as any row
                return
            title, facts, more = head[:at], head[at:to], "…" if to < len(head.plain) else ""
            if width > facts.cell_len + len(more) + kept:  # every mark whole, else the date
                title.truncate(width - facts.cell_len - len(more), overflow="ellipsis")
                yield Text.assemble(title, facts, more, no_wrap=True)
                return
        yield head  # the facts leave the title no room: cut at the end, as any row


def prompt(label: Text, keep: tuple[int, int, int] | None = None) -> Text | Group:
    """A row as the list shows it: a ``no_wrap`` label's first line cut with "…" at the
    list's edge, its other lines (a note) wrapped. The list makes Content of a Rich Text,
    which drops ``no_wrap`` (the line "★ title  outlet · date · pinned · #tag" fell onto a
    second line at 120 columns); a Group is drawn by Rich, which keeps it."""
    if not label.no_wrap:
        return label
    head, *rest = label.split("\n", include_separator=False)
    head.no_wrap, head.overflow = True, "ellipsis"
    first = Headline(head, keep) if keep else head
    return Group(first, *rest) if rest else Group(first)


def _excerpt(text: str) -> str:
    # a note's lines (a highlight's notes, added one by one) apart: "kite alpha · spillway"
    parts = (" ".join(printable(part).split()) for part in text.split("\n"))
    line = " · ".join(part for part in parts if part)
    return line if len(line) <= EXCERPT else line[:EXCERPT] + "…"


def _article_item(entry: Entry) -> Item:
    record = entry.article
    label = Text(no_wrap=True, overflow="ellipsis")
    label.append("★ " if entry.pinned else "  ", "bold")
    label.append(printable(record.title or record.id), "bold")
    facts = [record.source or "", (record.date or "")[:10], kept_label(entry, star=False)]
    at = len(label.plain)  # the outlet and date: whole when the title is cut
    dated = " · ".join(printable(f) for f in facts[:2] if f)
    label.append("  " + " · ".join(printable(f) for f in facts if f), "dim")
    if entry.orphaned:
        label.append("  (gone from the index)", "dim italic")
    if entry.note:
        label.append("\n    ✎ " + _excerpt(entry.note))
    words = [record.title, record.source or "", entry.note or ""]
    words += [f"#{tag}" for tag in entry.tags] + [h.exact for h in entry.highlights]
    keep = (at, at + 2 + len(dated), len(label.plain.split("\n")[0])) if dated else None
    return Item(label, haystack(" ".join(words)), "articles", entry=entry, keep=keep)


def _highlight_item(entry: Entry, highlight: Highlight) -> Item:
    label = Text(no_wrap=False)
    label.append(quoted(highlight.exact, _excerpt(highlight.exact)), "italic")
    if highlight.speaker:  # a kept quote: who said it (nu47 #9)
        label.append(" — " + printable(highlight.speaker))
    if highlight.note:
        label.append("  ✎ " + _excerpt(highlight.note))
    # its article's title heads its highlights (`highlight_options`): under the passage it
    # read as the heading of the next one (nu54 #9)
    if highlight.gone:
        label.append("\n    (its article is gone from the index)", "dim italic")
    elif highlight.orphaned:
        label.append(f"\n    ({NOT_FOUND})", "dim italic")
    elif highlight.edited:
        label.append(f"\n    ({CHANGED})", "dim italic")
    words = [highlight.exact, highlight.note or "", entry.article.title, highlight.speaker or ""]
    words += [f"#{tag}" for tag in entry.tags + highlight.tags]
    return Item(label, haystack(" ".join(words)), "highlights", entry, highlight)


def _story_item(news: FollowedNews) -> Item:
    story = news.followed
    label = Text(no_wrap=True, overflow="ellipsis")
    label.append("★ " + printable(story.title or story.story), "bold")
    if news.gone and news.moved:  # grouped otherwise: where they went (rv33 #1, #4)
        went = followed_lines.where_went(news.moved, news.removed)
        label.append(f"  gone: {printable(went)}", "dim italic")
    elif news.gone:
        label.append("  gone from the index (its articles were deleted)", "dim italic")
    else:
        count = len(news.articles or ())
        label.append(f"  {count} article{'s' * (count != 1)}", "dim")
        label.append(f" · {len(news.new)} new", "bold" if news.new else "dim")
        if news.moved:  # seen in it, in another story now: where (`followed_lines.where_moved`)
            label.append(f" · {len(news.moved)} moved", "bold")
            label.append(f", {printable(followed_lines.moved_into(news.moved))}", "dim")
        if news.removed:
            label.append(f" · {len(news.removed)} left the index", "dim")
    if news.followed_title:  # renamed by an update since followed (nu39 #5): after the counts,
        was = followed_lines.short_title(printable(news.followed_title))  # which stay in view
        label.append(f"  (was {was!r})", "dim")
    words = f"{story.title or ''} {news.followed_title or ''} {story.story}"
    words += " gone" if news.gone else ""
    return Item(label, haystack(words), "followed stories", story=news)


def items(
    entries: list[Entry],
    tags: list[str],
    saved: list[tuple[SavedSearch, int | None]],
    followed: list[FollowedNews] | None = None,
) -> list[Item]:
    """Every row of the notebook screen, by section (headings are added when listing)."""
    rows = [_article_item(entry) for entry in entries]
    rows += [_highlight_item(e, h) for e in entries for h in e.highlights]
    for tag in tags:
        label = Text.assemble(
            ("#" + printable(tag), "bold"), ("  " + tag_reach(entries, tag), "dim")
        )
        rows.append(Item(label, haystack(f"#{tag}"), "tags", tag=tag))
    for search, new in saved:
        label = Text.assemble((printable(search.name), "bold"), "  ", printable(search.query))
        label.append(f"  {'?' if new is None else new} new", "dim" if not new else "bold")
        words = f"{search.name} {search.query} {search.source or ''}"
        rows.append(Item(label, haystack(words), "saved searches", search=search))
    rows += [_story_item(news) for news in followed or ()]
    return rows


def tag_reach(entries: list[Entry], tag: str) -> str:
    """What a tag's row counts: the articles it reaches (on them or on a highlight), and the
    highlights carrying it, "6 articles, 68 highlights" (nu54 #9: "#only-here  6" read as
    highlights); a tag on highlights only counts them, "68 highlights in 6 articles", "1
    highlight" (nu57 #6: "1 article, 1 highlight" read as two things tagged)."""
    folded = tag.casefold()
    articles = highlights = direct = 0
    for entry in entries:
        mine = sum(folded in {t.casefold() for t in h.tags} for h in entry.highlights)
        own = folded in {t.casefold() for t in entry.tags}
        articles += bool(mine) or own
        highlights += mine
        direct += own
    if highlights and not direct:
        said = counted(highlights, "highlight")
        return said + (f" in {counted(articles, 'article')}" if articles > 1 else "")
    said = counted(articles, "article")
    return said + (f", {counted(highlights, 'highlight')}" if highlights else "")


def highlight_options(rows: list[tuple[int, Item]]) -> list[Option]:
    """The highlights' rows (``(n, row)``: the row's number in the listing), each article's
    headed by its title and outlet, a line that cannot be picked, where the article
    changes (nu54 #9: the title under each passage read as the next one's heading)."""
    options: list[Option] = []
    last: str | None = None
    for n, row in rows:
        entry = row.entry
        if entry is not None and entry.article.id != last:
            last = entry.article.id
            record = entry.article
            head = Text("  " + printable(record.title or record.id), "dim bold", no_wrap=True)
            head.overflow = "ellipsis"
            if record.source:
                head.append(" · " + printable(record.source), "dim")
            options.append(Option(Group(head), disabled=True))
        options.append(Option(prompt(row.label), id=str(n)))
    return options
