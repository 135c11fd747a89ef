"""A quotation as one line of `Text` for the CLI and the quotes panel alike (never markup)."""

from __future__ import annotations

from datetime import datetime

from rich.style import Style
from rich.text import Text

from index.library import Highlighter, Occurrence, QuoteGroup, printable
from index.models import earlier_unknown, earlier_words, first_label, moment, no_first
from tui.outlet_count import UNKNOWN, outlets
from tui.story_first import days_words, hours_words, same_time, zoned


def quote_heading(
    group: QuoteGroup,
    limit: int,
    glue: str = " ",
    lights: Highlighter | None = None,
    match: Style | str = "bold reverse",
) -> Text:
    """“Its words” — its speaker, and how many outlets carry it (words cut at ``limit``;
    ``glue`` joins the speaker's words and the count's: `tui.hang.GLUE` keeps "Anna Keller"
    and "3 outlets" whole on a line). ``lights``: the query's highlighter, whose spans in
    the words and the speaker's name get the ``match`` style (as the reading pane lights
    them: stems, phrases; nu53 #5)."""
    words = printable(" ".join(group.text.split())).rstrip(",")
    if len(words) > limit:
        words = words[: limit - 1].rstrip() + "…"
    head = Text()
    head.append(f"“{words}”")
    _lit(head, words, 1, lights, match)
    head.append(" — ")
    speaker = printable(group.speaker or "speaker unknown")
    at = len(head)
    head.append(speaker.replace(" ", glue), style="bold")
    if group.speaker:
        _lit(head, speaker, at, lights, match)
    head.append("  " + carriers(group).replace(" ", glue), style="dim")
    return head


def _lit(head: Text, text: str, at: int, lights: Highlighter | None, match: Style | str) -> None:
    """Style the spans ``lights`` finds in ``text``, which ``head`` holds from ``at`` on
    (one character for one: `GLUE` stands for a space)."""
    if lights:
        for span in lights.spans(text):
            head.stylize(match, at + span.start, at + span.end)


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
    """One article that carries it: date, outlet, "first" (with how it differs, when it
    does: "first · reworded") or how it differs, the article's
    title (its id when the title is not given), and how many times the article carries it
    when more than once."""
    line = Text("   ")
    line.append(o.date[:10] if o.date else "undated   ", style="dim")
    line.append("  ")
    line.append(printable(o.source or "outlet unknown"))
    line.append("  ")
    if o.article == first_row(group):
        # the heading gives the fullest form's words: a first row worded otherwise says so
        # (nu36 #7: "first" under another outlet's words, the JSON saying "reworded")
        words = " · ".join(w for w in (first_words(group), _unless_same(o)) if w)
        if words:
            line.append(words, style="italic")
        else:  # one undated carrier: no word, and no gap for one
            line.right_crop(2)
    else:
        line.append(o.change, style="italic")
        lag = lag_words(group, o)
        if lag:
            line.append(f", {lag}", style="dim")
    line.append("  ")
    if title:
        title = " ".join(title.split())
        if len(title) > TITLE_CHARS:
            title = title[: TITLE_CHARS - 1].rstrip() + "…"
        line.append(printable(title), style="dim")
    else:
        line.append(printable(o.article), style="dim")
    if times > 1:
        line.append(f"  ({times:,} times in it)", style="dim")
    if o.speaker and not _same_person(o.speaker, group.speaker):
        line.append(f"  (says {printable(o.speaker)})", style="dim")
    return line


def _unless_same(o: Occurrence) -> str:
    """How an occurrence differs from its group's words ("clipped", "reworded"), or ""."""
    return "" if o.change == "same" else o.change


def _same_person(speaker: str, named: str | None) -> bool:
    """Whether a row's speaker is the group's, said shorter ("Biden" of "Joe Biden"): the
    row then names no one (a new user read "(says Biden)" under "Joe Biden")."""
    words = speaker.split()
    return named is not None and bool(words) and set(words) <= set(named.split())


def lag_words(group: QuoteGroup, o: Occurrence) -> str | None:
    """How long after the first this row's article ran, as the story screen says it: "next
    day", "+2 days" ("same day") when a date has no time, "+5h" ("same time"; "+20.0d" past
    48 hours) when both have one; "dated earlier" for an unknown outlet's before the first
    (which skips unknown outlets: nu45 #2); None when either is undated."""
    first = group.lead
    if first is None or not first.date or not o.date:
        return None
    try:
        start, when = datetime.fromisoformat(first.date), datetime.fromisoformat(o.date)
    except ValueError:
        return None
    if _no_time(first.date) or _no_time(o.date):
        days = (when.date() - start.date()).days  # before the first: an unknown outlet's
        return "dated earlier" if days < 0 else "same day" if days == 0 else days_words(days)
    try:
        hours = round((when - start).total_seconds() / 3600, 1)
    except TypeError:  # one with an offset, one without: no hours to tell
        return None
    if hours < 0 and not o.source:  # an unknown outlet's, earlier (nu45 #2)
        return "dated earlier"
    return "same time" if hours <= 0 else hours_words(hours)


def first_row(group: QuoteGroup) -> str:
    """The article whose row says who was first: the one that ran it first (`lead`), else
    the group's first listed, whose row says none is known (`first_words`)."""
    return group.first if group.lead is None else group.lead.article


def first_words(group: QuoteGroup) -> str:
    """The first row's word: "first", or, when another outlet's article is dated as it
    (`quote_tied`), that none was first: "tied: 3 that day, no time" (a new user read
    "first of 3 that day" where the story screen said nobody was first, nu18 #7). Undated
    carriers may have run it earlier: "first of dated (2 undated)"; with no dated carrier
    of a named outlet, "first: none known (no article is dated)" as a story says it
    (`index.first_dated`, nu42 #8), and nothing when one article alone carries it: there is
    no other to have run it first (nu24), its date column says "undated"."""
    undated = quote_undated(group)
    if group.lead is None:
        dated = len(group.articles) - len(undated)
        return f"first: {no_first(dated)}" if len(group.articles) > 1 else ""
    besides = f" ({len(undated):,} undated)" if undated else ""
    tied, earlier = quote_tied(group), quote_earlier(group)
    # the rule skips unknown outlets: say that one is dated earlier (nu45 #2)
    after = "" if earlier is None else f"; {earlier_words(zoned(moment(earlier.date)))}"
    if not tied:
        named = "" if earlier is None else " named"
        return first_label(len(undated)).replace("first", f"first{named}", 1) + after
    dates = [o.date for o in group.occurrences if o.article in tied]
    if any(_no_time(d) for d in dates):
        return f"tied: {len(tied):,} that day, no time{besides}{after}"
    return f"tied: {len(tied):,} at the same time{besides}{after}"


def quote_earlier(group: QuoteGroup) -> Occurrence | None:
    """The earliest carrier of unknown outlet dated before the first (`lead`, which skips
    unknown outlets: `index.first_dated.earlier_unknown`); None when none is."""
    return earlier_unknown(group.occurrences, lambda o: o.source, lambda o: moment(o.date))


def quote_undated(group: QuoteGroup) -> list[str]:
    """The carriers with no date, in the group's order: "first" is the first of the dated
    ones, and these may have run it earlier (`quotes --json`'s ``undated_articles``)."""
    return list(dict.fromkeys(o.article for o in group.occurrences if not o.date))


def quote_tied(group: QuoteGroup) -> list[str]:
    """The articles dated as the first (its day when either date has no time), it among
    them, when another outlet's is among them: the story screen's rule (`first_tied`);
    empty when one was first."""
    first = group.lead
    if first is None or not first.date:
        return []
    # of named outlets, as a story's tie (nu45 #3): an unknown outlet's ties with no one
    tied = [o for o in group.occurrences if o.source and o.date and _ties(first.date, o.date)]
    if not any(o.source != first.source for o in tied):
        return []
    return list(dict.fromkeys(o.article for o in tied))


def _ties(first: str, other: str) -> bool:
    if _no_time(first) or _no_time(other):
        return first[:10] == other[:10]
    try:  # at the lags' precision, as a story's tie (`same_time`) and `lag_words`' rows
        return same_time(datetime.fromisoformat(first), datetime.fromisoformat(other))
    except ValueError:
        return first == other


def _no_time(date: str | None) -> bool:
    """Whether an ISO date gives no time (a bare day, stored at midnight)."""
    return date is not None and (len(date) <= 10 or date[11:19] in ("00:00:00", "00:00"))


def carriers(group: QuoteGroup) -> str:
    """How many outlets carry a quote; its articles' count when no outlet is known."""
    if group.outlets:
        return outlets(len(group.outlets))
    articles = len(group.articles)
    return f"{articles} article{'s' * (articles != 1)}, {UNKNOWN}"
