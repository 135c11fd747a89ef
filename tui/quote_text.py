"""A quotation as one line of `Text` for the CLI and the quotes panel alike (never markup)."""

from __future__ import annotations

from rich.text import Text

from index.library import Occurrence, QuoteGroup, printable
from tui.outlet_count import UNKNOWN, outlets


def quote_heading(group: QuoteGroup, limit: int) -> Text:
    """“Its words” — its speaker, and how many outlets carry it (words cut at ``limit``)."""
    words = printable(" ".join(group.text.split())).rstrip(",")
    if len(words) > limit:
        words = words[: limit - 1].rstrip() + "…"
    head = Text()
    head.append(f"“{words}”")
    head.append(" — ")
    head.append(printable(group.speaker or "speaker unknown"), style="bold")
    head.append(f"  {carriers(group)}", style="dim")
    return head


def per_article(group: QuoteGroup) -> list[tuple[Occurrence, int]]:
    """Each article's first occurrence of the quote, with how many times the article carries
    it: a scare quote an article repeats ("coalition of the willing" twice) is one row, not
    two rows that read the same."""
    firsts: dict[str, Occurrence] = {}
    times: dict[str, int] = {}
    for o in group.occurrences:
        firsts.setdefault(o.article, o)
        times[o.article] = times.get(o.article, 0) + 1
    return [(o, times[article]) for article, o in firsts.items()]


TITLE_CHARS = 60
"""How much of an article's title a row shows."""


def occurrence_line(
    group: QuoteGroup, o: Occurrence, times: int = 1, title: str | None = None
) -> Text:
    """One article that carries it: date, outlet, "first" or how it differs, the article's
    title (its id when the title is not given), and how many times the article carries it
    when more than once."""
    line = Text("   ")
    line.append(o.date[:10] if o.date else "undated   ", style="dim")
    line.append("  ")
    line.append(printable(o.source or "outlet unknown"))
    line.append("  ")
    line.append(first_words(group) if o.article == group.first else o.change, style="italic")
    line.append("  ")
    if title:
        title = " ".join(title.split())
        if len(title) > TITLE_CHARS:
            title = title[: TITLE_CHARS - 1].rstrip() + "…"
        line.append(printable(title), style="dim")
    else:
        line.append(printable(o.article), style="dim")
    if times > 1:
        line.append(f"  ({times} times in it)", style="dim")
    if o.speaker and o.speaker != group.speaker:
        line.append(f"  (says {printable(o.speaker)})", style="dim")
    return line


def first_words(group: QuoteGroup) -> str:
    """The first row's word: "first", or, when other articles are dated its day and a date
    has no time, that the first was picked among them: "first of 3 dated the same day, no
    time given" (a new user read "first" on one of several articles of one day)."""
    first = next(o for o in group.occurrences if o.article == group.first)
    if not first.date:
        return "first"
    day = first.date[:10]
    tied = {o.article for o in group.occurrences if o.date and o.date[:10] == day}
    if len(tied) < 2 or not any(_no_time(o.date) for o in group.occurrences if o.article in tied):
        return "first"
    return f"first of {len(tied)} dated the same day, no time given"


def _no_time(date: str | None) -> bool:
    """Whether an ISO date gives no time (a bare day, stored at midnight)."""
    return date is not None and (len(date) <= 10 or date[11:19] in ("00:00:00", "00:00"))


def carriers(group: QuoteGroup) -> str:
    """How many outlets carry a quote; its articles' count when no outlet is known."""
    if group.outlets:
        return outlets(len(group.outlets))
    articles = len(group.articles)
    return f"{articles} article{'s' * (articles != 1)}, {UNKNOWN}"
