"""How the followed stories' news is told: a story's short title, its line of news (new
articles, moves, removals, possible follow-ups), where its moved articles are now.

Moved out of `tui.notebook_ops` (mx42): plain wording over the notebook's dataclasses, no
library and no notebook opened here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.notebook import FollowedNews, FollowUp, Moved


def short_title(title: str | None, most: int = 40) -> str:
    """A story's title in at most ``most`` characters ("(untitled)" if none), cut after a whole
    word with " …" (nu57 #5: "…QUOTA TA …"); a first word longer than that is cut inside."""
    text = " ".join((title or "(untitled)").split())
    if len(text) <= most:
        return text
    cut = text[: max(0, text.rfind(" ", 0, most - 1))].rstrip(" ,;:-")  # the words that fit
    return (cut or text[: most - 2].rstrip()) + " …"


def news_line(news: FollowedNews) -> str:
    """One story's news: ``3 new in 'Storm hits …'``, that it is gone, that some of its
    articles are elsewhere now (`moved_said`), or that some left the index (rv33 #4: never
    "0 new" beside a move or a removal; a gone story says where its articles went and how
    many were deleted); and how many possible follow-ups it has (`followups_said`). A
    story renamed since it was followed is named by both (`named`: nu39 #5)."""
    name = named(news)
    if news.gone and news.moved:  # grouped otherwise: its articles are in other stories
        return f"{name} is gone: {where_went(news.moved, news.removed, dict(news.moved_new))}"
    if news.gone:
        return f"{name} is gone from the index (kept: unfollow {news.followed.story} to drop it)"
    said = [f"{len(news.new):,} new in {name}"] if news.new else []
    moved = moved_said(news)
    if moved:
        said.append(moved if said else f"{name} {moved}")
    if news.removed:
        left = left_said(len(news.removed))
        said.append(left if said else f"{name}: {left}")
    if news.followups:
        later = followups_said(len(news.followups), found_of(news.followups))
        said.append(later if said else f"{name}: {later}")
    return "; ".join(said) or f"0 new in {name}"


def named(news: FollowedNews, most: int = 40) -> str:
    """A followed story's title as told, quoted: ``'No turning back …' (was 'Brexit
    begins …')`` when an update renamed it since it was followed (nu39 #5)."""
    name = repr(short_title(news.followed.title or news.followed.story, most))
    if news.followed_title:
        name += f" (was {short_title(news.followed_title, most)!r})"
    return name


def followups_said(count: int, found: int = 0) -> str:
    """``2 possible follow-ups`` (later articles outside the story close to it), or ``5 of
    12 possible follow-ups`` when more were ``found`` than are told (nu48 #7)."""
    of = f" of {found:,}" if found > count else ""
    return f"{count:,}{of} possible follow-up{'' if max(count, found) == 1 else 's'}"


def found_of(followups: Sequence[FollowUp]) -> int:
    """How many follow-ups were found in all (`FollowUps.found`), or as many as listed."""
    return getattr(followups, "found", len(followups))


def left_said(count: int) -> str:
    """``2 of its articles left the index`` (deleted from the corpus)."""
    return f"{count:,} of its articles left the index"


def moved_said(news: FollowedNews) -> str:
    """Where a followed story's moved articles are now: ``split: 3 of its articles are now
    in 'Storm hits …', with 1 article you have not seen`` (the two stories with most, each with the
    articles of it not seen in the followed one, then how many in others); "" when none
    moved."""
    return f"split: {where_moved(news.moved, dict(news.moved_new))}" if news.moved else ""


def where_went(
    moved: Sequence[Moved], removed: Sequence[str], new: Mapping[str, Sequence[str]] | None = None
) -> str:
    """Where the articles seen in a followed story and in it no more went: ``3 of its
    articles are now in 'Storm hits …'; 1 of its articles left the index`` (``new``: as
    `where_moved`)."""
    said = [where_moved(moved, new)] if moved else []
    if removed:
        said.append(left_said(len(removed)))
    return "; ".join(said)


def moved_to(moved: Sequence[Moved]) -> Moved | None:
    """The moved article of the story holding the most of them (its id first on a tie)."""
    into: dict[str, list[Moved]] = {}
    for item in moved:
        into.setdefault(item.story, []).append(item)
    ranked = sorted(into.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return ranked[0][1][0] if ranked else None


def moved_into(moved: Sequence[Moved]) -> str:
    """Where moved articles are, shortest: ``now in 'Storm hits …'`` (the story holding
    most of them), ``and 2 other stories`` when they are in more (a row of `b`)."""
    first = moved_to(moved)
    if first is None:
        return ""
    others = len({item.story for item in moved}) - 1
    said = f"now in {short_title(first.title or first.story)!r}"
    return said + (f" and {others:,} other stor{'y' if others == 1 else 'ies'}" if others else "")


def where_moved(moved: Sequence[Moved], new: Mapping[str, Sequence[str]] | None = None) -> str:
    """``3 of its articles are now in 'Storm hits …', with 1 article you have not seen, 1 in
    'Floods …', 2 in 3 others``: the two stories with most, each with how many of its articles are
    ``new`` (by story id: not seen in the followed story, fl43), then how many in the
    others; "" when none moved."""
    if not moved:
        return ""
    into: dict[str, list[str | None]] = {}
    for item in moved:
        into.setdefault(item.story, []).append(item.title)
    ranked = sorted(into.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    first, many = ranked[0], len(ranked[0][1])
    verb = "is" if many == 1 else "are"
    said = f"{many:,} of its articles {verb} now in {short_title(first[1][0] or first[0])!r}"
    said += with_new(len((new or {}).get(first[0], ())))
    for story, titles in ranked[1:2]:
        said += f", {len(titles):,} in {short_title(titles[0] or story)!r}"
        said += with_new(len((new or {}).get(story, ())))
    rest = sum(len(titles) for _, titles in ranked[2:])
    if rest:
        said += f", {rest:,} in {len(ranked) - 2:,} other" + ("s" if len(ranked) > 3 else "")
    return said


def with_new(count: int) -> str:
    """``, with 2 articles you have not seen`` after a story moved articles are in (its
    articles not seen in the followed story: fl43, st51's proposal); "" for none."""
    # not "new": a story the moved articles joined may be older than the followed one (fl43's
    # Atlanta case: its earlier reports are unseen, not new)
    return f", with {count:,} article{'' if count == 1 else 's'} you have not seen" if count else ""
