"""A story's account and the followed stories in the Markdown memo (`memo.markdown`).

They come as their JSON has them (`export --story --format json`, the CLI's records), so
that the memo and the JSON say the same; every value is escaped as the memo's are, and
laid out as paragraphs (no list, table or emphasis a title could break out of).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from index.first_dated import earlier_words, first_label, no_first
from index.notebook.memo import human_date, inline, within

QUOTE_CHARS = 300
"""How much of a quotation the memo gives (the JSON has it whole)."""

UNKNOWN = "outlet unknown"
"""An article's outlet when none is known, as every other view says it (nu45 #9: "?")."""


def _count(number: int, word: str) -> str:
    return f"{number:,} {word}{'' if number == 1 else 's'}"


def _lag(lag: Mapping[str, Any]) -> str:
    """How long after the first article an outlet followed, as the story screen says it:
    in hours when both times are known, else in days ("same day", "next day", "+2 days")."""
    hours, days = lag.get("hours_after_first"), lag.get("days_after_first") or 0
    if hours is not None:
        if hours == 0:
            return "same time"
        return f"+{hours:g}h" if hours < 48 else f"+{hours / 24:.1f}d"
    if days == 0:
        return "same day"
    return "next day" if days == 1 else f"+{days} days"


def _first(story: Mapping[str, Any]) -> str:
    """Who was first, as `broadsheet story` says it (`index.first_dated`): "First of dated (2
    undated): CNN, 2021-06-14 (article a.txt).", "First: none known (no article is dated)."
    """
    first, undated = story.get("first"), int(story.get("undated") or 0)
    if not first:
        return f"First: {no_first(len(story.get('articles', ())) - undated)}."
    when = human_date(first.get("date")) or "undated"
    said = f"{first.get('source') or UNKNOWN}, {when} (article {first['id']})"
    return f"{_label(undated, story)}: {within(said + _earlier(story))}."


def _label(undated: int, record: Mapping[str, Any]) -> str:
    """ "First", or "First of dated (2 undated)" (`first_label`); "First named" when an
    article of unknown outlet is dated earlier (``earlier_unknown``, nu45 #2)."""
    named = " named" if record.get("earlier_unknown") else ""
    return first_label(undated).replace("first", f"first{named}", 1).capitalize()


def _earlier(record: Mapping[str, Any]) -> str:
    """ "; an article of unknown outlet is dated earlier (2017-03-24)" when the record's
    ``earlier_unknown`` is one (the first skips unknown outlets: nu45 #2); else ""."""
    earlier = record.get("earlier_unknown")
    return f"; {earlier_words(human_date(earlier.get('date')) or '')}" if earlier else ""


def story_part(story: Mapping[str, Any]) -> list[str]:
    """What the story screen shows, as paragraphs: first, who followed and when, articles
    per day and outlet, then its quotations with their speakers and who ran each first."""
    out = [inline(f"Story {story['id']}"), "", _first(story)]
    sources = {a["id"]: a.get("source") or UNKNOWN for a in story.get("articles", ())}
    tied = list(dict.fromkeys(sources.get(i, UNKNOWN) for i in story.get("first_tied") or ()))
    if len(story.get("first_tied") or ()) > 1:  # none was first: the screen names them all
        when = human_date((story.get("first") or {}).get("date")) or "undated"
        said = f"{len(story['first_tied'])} articles tied, {when}: {', '.join(tied)}"
        said += _earlier(story)
        out[-1] = f"{_label(int(story.get('undated') or 0), story)}: {within(said)}."
    first = {(story.get("first") or {}).get("source"), *tied}
    later = [lag for lag in story.get("lags", ()) if lag.get("source") not in first]
    if later:
        said = ", ".join(f"{lag['source']} {_lag(lag)}" for lag in later)
        out[-1] += " Then: " + within(said) + "."
    out.append("")
    days: dict[str, list[str]] = {}
    for day in story.get("timeline", ()):
        days.setdefault(day["date"], []).append(f"{day.get('source') or UNKNOWN} {day['count']}")
    if days:
        out += ["Timeline, articles per day and outlet:", ""]
        for day, counts in days.items():
            out += [within(f"{day}: " + ", ".join(counts)), ""]
    quotes = story.get("quotes") or []
    if quotes:
        out += [f"Quotes ({len(quotes):,}):", ""]
    for group in quotes:
        text = " ".join(str(group.get("text", "")).split())
        if len(text) > QUOTE_CHARS:
            text = text[: QUOTE_CHARS - 1].rstrip() + "…"
        carried = {o.get("source") for o in group.get("occurrences", ()) if o.get("source")}
        runs: Mapping[str, Any] = next(
            (o for o in group.get("occurrences", ()) if o["article"] == group["first"]), {}
        )
        said = f"“{text}” — {group.get('speaker') or 'speaker unknown'}; "
        undated = len(group.get("undated_articles") or ())
        together = group.get("first_tied") or ()
        carriers: list[Mapping[str, Any]] = list(group.get("occurrences", ()))
        level = [o for o in carriers if o["article"] in together]
        if len(level) > 1:  # none was first: the tied outlets, as the story's tie is said
            names = ", ".join(dict.fromkeys(str(o.get("source")) for o in level))
            count = len({o["article"] for o in level})  # an article carrying it twice: one
            said += f"{count:,} articles tied, {human_date(runs.get('date'))}: {names}"
            said += _earlier(group)
        elif runs:  # who ran it first, as the quotes panel says it (`index.first_dated`)
            said += f"{_label(undated, group).lower()} in {runs.get('source') or UNKNOWN}"
            ran = human_date(runs.get("date"))
            said += (f", {ran}" if ran else "") + _earlier(group)
        else:
            dated = len({o["article"] for o in group.get("occurrences", ())}) - undated
            said += f"first: {no_first(dated)}"
        said += f"; {_count(len(carried), 'outlet')}"
        out += [inline(said), ""]
    return out


def followed_part(followed: Sequence[Mapping[str, Any]]) -> list[str]:
    """The followed stories, a paragraph each: title, how many articles, who was first."""
    out = [f"Followed stories ({len(followed):,}):", ""]
    for story in followed:
        name = inline(story.get("title") or "(untitled)")
        if story.get("gone"):
            out += [f"{name} · gone from the index · story {within(story['id'])}", ""]
            continue
        first = story.get("first")
        said = [_count(int(story.get("articles") or 0), "article")]
        tied = story.get("first_tied") or ()
        if first and len(tied) > 1:  # none was first: "first: 8 articles tied, …: A, B" (nu40 #2)
            names = ", ".join(dict.fromkeys(t.get("source") or UNKNOWN for t in tied))
            when = human_date(first.get("date"))
            said.append(f"first: {len(tied)} articles tied, {when}: {names}")
        elif first:
            said.append(f"first: {first.get('source')}, {human_date(first.get('date'))}")
        said.append(f"story {story['id']}")
        out += [name + " · " + within(" · ".join(said)), ""]
    return out
