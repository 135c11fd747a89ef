"""Who reported a story first, said honestly: outlets dated the same as the first tie with it.

A date without a time (most feeds and pages give only the day) puts every outlet of that day
at "+0h": listing them as followers of the first, in alphabetical order, invents an order the
articles do not give (a new user read "First: ABC News, then: Al Jazeera +0h, BBC News +0h").
Nor does a bare date give hours: an outlet dated the next day, either side without a time,
followed "next day" (a new user read "BBC News +24h"), and one dated the same day ties.
"""

from __future__ import annotations

from datetime import datetime, time

from index.models import (
    StoryLag,
    StoryMember,
    StoryTimeline,
    counted,
    day_or_minute,
    earlier_words,
    first_label,
    has_time,
    no_first,
    outlet_order,
    precise_order,
)
from index.models import iso_when as iso_when  # re-exported: nu32 #11's day-alone dates
from tui.outlet_count import UNKNOWN
from tui.story_form import outlet_rank


def tied_and_later(told: StoryTimeline) -> tuple[list[str], list[StoryLag]]:
    """The outlets dated as the first article (its day, when either has no time), and those
    after it, in order."""
    if told.first is None:  # no dated article names its outlet: none leads, none follows
        return [], []
    first = told.first.source
    others = [lag for lag in told.lags if lag.source != first]  # the first outlet follows no one
    # in the order the story's table groups them: lags of one length came by name (nu29 #10)
    others.sort(key=lambda lag: outlet_rank(told, lag.source))
    days = _days_after(told)
    tied = [lag for lag in others if days.get(lag.source) == 0 or lag.hours_after_first <= 0]
    return [lag.source for lag in tied], [lag for lag in others if lag not in tied]


def undated_words(told: StoryTimeline) -> str:
    """ " (2 undated)" after a story's article count when some of its articles have no date
    (they count in no "first" or lag, which read dated articles only: nu23 #4); else ""."""
    return f" ({told.undated} undated)" if told.undated else ""


def first_said(told: StoryTimeline) -> tuple[str, str | None, str]:
    """Who was first, as the story's text and screen say it: the label ("first", or "first
    of dated (2 undated)": `index.first_dated`), the first ("CNN, 2021-06-14 20:12 UTC")
    and "", or, when others tie with it, "2 articles the same day, no time given,
    2021-06-14" and their outlets ("CNN, BBC News"); with no first, "first", None and ""
    (the caller says `no_first_words`)."""
    first = told.first
    if first is None:
        return "first", None, ""
    label, together = first_label(told.undated), first_tied(told)
    if told.earlier_unknown is not None:  # "first named": an unknown outlet's ran before
        label = label.replace("first", "first named", 1)
    if not together:
        return label, f"{first.source}, {zoned(first.date)}", ""
    names = ", ".join(dict.fromkeys(member.source or UNKNOWN for member in together))
    day = zoned(tie_date(told))
    return label, f"{counted(len(together), 'article')} the {tie_words(told)}, {day}", names


def earlier_said(told: StoryTimeline) -> str:
    """What follows the first when an article of unknown outlet is dated earlier
    (`StoryTimeline.earlier_unknown`, nu45 #2): "; an article of unknown outlet is dated
    earlier (2017-03-24)"; else ""."""
    member = told.earlier_unknown
    return "" if member is None else f"; {earlier_words(zoned(member.date))}"


def no_first_words(told: StoryTimeline) -> str:
    """`no_first` of a story: "none known (no article is dated)"."""
    return no_first(len(told.articles) - told.undated)


def zoned(when: datetime | None) -> str:
    """A story's date as its text and screen print it: "2021-06-14 20:12 UTC" (the index
    keeps UTC: a new user read "20:12" for "4:12 PM ET", nu42 #6), "2021-06-14" for a day
    given alone, "undated" for none."""
    said = day_or_minute(when)
    if said is None:
        return "undated"
    return f"{said} UTC" if has_time(when) else said


def first_tied(told: StoryTimeline) -> list[StoryMember]:
    """The articles dated as the first one (it among them) when another outlet ties with it:
    then none was first, whatever the id order picked (a new user read "first: HuffPost" on
    six articles of one day, no time given); empty when one is first. In `first_dated`'s
    order: the first one's, then by outlet name (`outlet_order`), so the first heads them."""
    tied, _ = tied_and_later(told)
    if told.first is None or told.first.date is None or not tied:
        return []
    start, outlets = told.first.date, {told.first.source, *tied}
    together = [
        member
        for member in told.articles
        if member.source in outlets
        and member.date is not None
        and (
            same_time(start, member.date)
            or ((_bare(start) or _bare(member.date)) and member.date.date() == start.date())
        )
    ]
    return sorted(together, key=lambda m: (precise_order(m.date), outlet_order(m.source)))


def same_time(start: datetime, when: datetime) -> bool:
    """Whether ``when`` ties with the first's ``start`` as a lag says it: no later at the
    lags' precision, a tenth of an hour (`StoryLag.hours_after_first`). A report 30 s after
    the first is "+0h", its row "same time" (`tied_and_later`): the tie names it too (rv73:
    "First: 1 article the same time: CNN" left CNBC, 10:00:30, out of the head)."""
    try:
        return round((when - start).total_seconds() / 3600, 1) <= 0
    except TypeError:  # one with an offset, one without: only the same instant ties
        return when == start


def day_lag(told: StoryTimeline, lag: StoryLag) -> str | None:
    """A follower's lag in days ("next day", "+2 days") when it or the first has no time;
    None when both have one (the caller says hours)."""
    days = _days_after(told).get(lag.source)
    return None if days is None else days_words(days)


def lag_numbers(told: StoryTimeline, lag: StoryLag) -> tuple[float | None, int]:
    """An outlet's lag as `story --json` gives it: hours after the first article and calendar
    days after its day. Hours are None when the first's date or the outlet's has no time: a
    bare date is no midnight to count hours from (nu29 #4 read "15.8 hours after" a tie;
    nu32 #11 read 0.0 hours for 09:00 against a day with no time), and 0 for an outlet tied
    with the first (`first_tied`) at the same time."""
    tied, _ = tied_and_later(told)
    start, when = _start(told), _first_dates(told).get(lag.source)
    days = 0 if start is None or when is None else (when.date() - start.date()).days
    if start is not None and when is not None and (_bare(start) or _bare(when)):
        return None, days
    if (told.first is not None and lag.source == told.first.source) or lag.source in tied:
        return 0.0, days
    return (None if day_lag(told, lag) else lag.hours_after_first), days


def hours_words(hours: float) -> str:
    """A lag between two times: "+5.5h", in days past 48 hours ("+20.0d"), as the story
    screen and the quote rows say it (nu33: a quote row read "+480h")."""
    return f"+{hours:g}h" if hours < 48 else f"+{hours / 24:.1f}d"


def days_words(days: int) -> str:
    """A lag in whole days: "next day", "+2 days" (the story screen's and quote rows' word)."""
    return "next day" if days == 1 else f"+{days} days"


def first_marks(told: StoryTimeline) -> dict[str, str]:
    """The word `broadsheet story`'s table puts under the date of the first article
    ("first"), or of each article tied first ("tied first"), by id; none when every outlet
    ties (the "first:" line says it once, as the story screen's rows do: nu83 #7, the table
    did not say which article the JSON's "first" is)."""
    if told.first is None:
        return {}
    tied, later = tied_and_later(told)
    if not tied:
        return {told.first.id: "first"}
    return {member.id: "tied first" for member in first_tied(told)} if later else {}


def tie_words(told: StoryTimeline) -> str:
    """How a tie is said: "same day, no time given" when the tied dates have no time ("same
    day, 2 with no time given" when some of them have one: nu32 #11 read "no time given"
    beside 09:00), else "same time"."""
    if not _by_day(told):
        return "same time"
    together = first_tied(told)
    bare = sum(member.date is not None and _bare(member.date) for member in together)
    if 0 < bare < len(together):
        return f"same day, {bare} with no time given"
    return "same day, no time given"


def tie_date(told: StoryTimeline) -> datetime | None:
    """The date a tie of the first is said at: its day alone when the tie is by day (nu38 #8
    read "the same day, 3 with no time given, 2017-02-13 04:06"), else the first's date."""
    start = _start(told)
    return datetime.combine(start.date(), time(0)) if start and _by_day(told) else start


def tie_label(told: StoryTimeline) -> str:
    """A tied outlet's row label: "same day" when a date has no time, else "same time" (not
    "+0h")."""
    return "same day" if _by_day(told) else "same time"


def _days_after(told: StoryTimeline) -> dict[str, int]:
    """Days from the first article to each outlet's first, for the outlets where either date
    has no time (hours would be made up)."""
    start = _start(told)
    if start is None:
        return {}
    return {
        source: (when.date() - start.date()).days
        for source, when in _first_dates(told).items()
        if _bare(start) or _bare(when)
    }


def _start(told: StoryTimeline) -> datetime | None:
    """The first article's date, None when there is no first (`StoryTimeline.first`)."""
    return None if told.first is None else told.first.date


def _first_dates(told: StoryTimeline) -> dict[str, datetime]:
    """Each outlet's first dated article's date."""
    dated: dict[str, datetime] = {}
    for member in told.articles:  # oldest first: an outlet's first dated article
        if member.source and member.date is not None:
            dated.setdefault(member.source, member.date)
    return dated


def _bare(when: datetime) -> bool:
    """A date given without a time (stored at midnight)."""
    return when.time() == time(0)


def _by_day(told: StoryTimeline) -> bool:
    """Whether ties are by day: the first article, or one dated its day, has no time."""
    return 0 in _days_after(told).values()
