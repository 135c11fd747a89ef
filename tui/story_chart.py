"""The story screen's chart: articles per day per outlet, as rows of bars or in one line
(split from `tui.screens.story`, which draws it to the screen's width)."""

from __future__ import annotations

from rich.text import Text

from index.library import printable
from index.models import StoryTimeline
from tui.outlet_count import UNKNOWN
from tui.story_form import outlet_rank
from tui.widgets.story_row import bar

CHART_DAYS = 60
"""Most columns of the timeline chart; longer stories are binned (several days a column)."""
NAME_WIDTH = 18
"""The fewest columns an outlet's name gets in the chart; more when the bars leave room."""
CHART_WIDTH = 76
"""The chart's width when its widget's is not known yet (80 columns, less the borders)."""


def chart(told: StoryTimeline, width: int = CHART_WIDTH) -> Text:
    """Articles per day per outlet as rows of bars (one column a day, or a few days), in
    ``width`` columns: a name is cut (with "…") only where the bars leave it no room (at
    80x24 "The Eastford Couri" was cut at 18 beside a one-day chart)."""
    if not told.timeline:
        return Text("No dated articles.", style="dim")
    start, end = told.timeline[0].day, max(d.day for d in told.timeline)
    if start == end:
        return one_day(told, width)
    days = (end - start).days + 1
    size = -(-days // CHART_DAYS)  # days a column
    columns = -(-days // size)
    outlets = sorted(
        {d.source or "" for d in told.timeline}, key=lambda s: (outlet_rank(told, s), s)
    )
    counts = {name: [0] * columns for name in outlets}
    for day in told.timeline:
        counts[day.source or ""][(day.day - start).days // size] += day.count
    top = max(max(row) for row in counts.values()) or 1
    text = Text(no_wrap=True)
    scale = "one column a day" if size == 1 else f"one column every {size} days"
    span = start.isoformat() if end == start else f"{start.isoformat()} … {end.isoformat()}"
    names = [printable(name or UNKNOWN) for name in outlets]
    room = max(NAME_WIDTH, width - 1 - columns)
    wide = min(room, max(map(len, names), default=0))
    text.append(f"{'':{wide}} {span}  ({scale})", "dim")
    for name, said in zip(outlets, names, strict=True):
        said = said if len(said) <= wide else said[: wide - 1] + "…"
        text.append("\n" + said.ljust(wide) + " ")
        text.append("".join(bar(n, top, "·") for n in counts[name]), "bold")
    return text


def chart_line(told: StoryTimeline, width: int = CHART_WIDTH) -> Text:
    """The chart in one line, for a low screen (`LOW`): the articles of all outlets per
    day (or few days), then the span; at 80x24 the chart by outlet took the articles'
    rows, and the screen dropped it without a word (nu31 #9)."""
    if not told.timeline:
        return Text("No dated articles.", style="dim")
    start, end = told.timeline[0].day, max(d.day for d in told.timeline)
    if start == end:
        return one_day(told, width)
    days = (end - start).days + 1
    size = -(-days // CHART_DAYS)  # days a column, as in `chart`
    totals = [0] * -(-days // size)
    for day in told.timeline:
        totals[(day.day - start).days // size] += day.count
    top = max(totals) or 1
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append("".join(bar(n, top, "·") for n in totals), "bold")
    span = start.isoformat() if end == start else f"{start.isoformat()} … {end.isoformat()}"
    scale = "a day" if size == 1 else f"every {size} days"
    text.append(f"  all outlets, one column {scale}: {span}", "dim")
    text.truncate(width, overflow="ellipsis")
    return text


def one_day(told: StoryTimeline, width: int = CHART_WIDTH) -> Text:
    """The chart of a story of one day, in one line: "One day, 2021-05-17: one article an
    outlet", or each outlet's count where some ran more ("One day, 2021-05-17: CNN 2, BBC
    News 1"). A chart of one column spent a line an outlet and two more on one bar each
    (nu83 #2: at 120x40 the article list kept 11 rows)."""
    counts: dict[str, int] = {}
    for day in told.timeline:
        counts[day.source or ""] = counts.get(day.source or "", 0) + day.count
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(f"One day, {told.timeline[0].day.isoformat()}", "dim")
    if set(counts.values()) == {1}:
        text.append(": one article an outlet" if len(counts) > 1 else "", "dim")
    else:
        ranked = sorted(counts, key=lambda s: (outlet_rank(told, s), s))
        text.append(": ", "dim")
        text.append(", ".join(f"{printable(s or UNKNOWN)} {counts[s]}" for s in ranked))
    text.truncate(width, overflow="ellipsis")
    return text
