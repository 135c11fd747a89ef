"""The comparison's numbered tabs: each article's outlet, then its date and title as the
width allows (nu40 #6: "1 HuffPost  2 ABC News  3 Al Jazeera" did not say which of an
outlet's articles was which)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date

from rich.cells import cell_len, set_cell_size

from index.library import printable
from tui.outlet_count import UNKNOWN

SEPARATOR = " · "
MIN_TITLE = 6
"""Fewest characters of a title worth showing (with its ellipsis)."""
MIN_CUT = 4
"""Fewest characters of an outlet's name shown before its ellipsis ("Wash…"): fewer, and
its initials say more (`fit_outlet`)."""
MIN_CAP = 8
"""Fewest cells a line of outlets cuts each name to ("Washing…"); below it, those of a
tie are said by their short names ("Quar…, Epoc…, Bloo…" read worse than "Quartz, ET, BN")."""


def clip(text: str, width: int) -> str:
    """``text`` on one line in ``width`` cells at most, an ellipsis where it is cut (a
    Chinese character takes two cells: rv40 #5, a tab of them was twice as wide)."""
    flat = " ".join(printable(text).split())
    if cell_len(flat) <= width:
        return flat
    return set_cell_size(flat, max(0, width - 1)).rstrip() + "…"


def _days(when: str | None) -> tuple[str, ...]:
    """An ISO date's ways to be said, longest first ("24 Feb 2017", "24 Feb"); none when
    there is no date or it cannot be read."""
    try:
        day = date.fromisoformat((when or "")[:10])
    except ValueError:
        return ()
    return (f"{day.day} {day:%b %Y}", f"{day.day} {day:%b}")


def short_outlet(outlet: str) -> str:
    """An outlet's short name for a narrow tab: "?" for none known, the acronym it holds
    ("ABC News": "ABC"), the initials of a name of several words ("Al Jazeera": "AJ"; a
    number whole: "Dispatch 2": "D2"),
    else its one named word (it is clipped)."""
    if outlet == UNKNOWN:
        return "?"
    words = outlet.split()
    acronym = next((w for w in words if len(w) >= 2 and w.isalpha() and w.isupper()), None)
    if acronym is not None:
        return acronym
    named = [w for w in words if (w[:1].isupper() or w.isdigit()) and w.casefold() != "the"]
    if len(named) >= 2:
        return "".join(w if w.isdigit() else w[0] for w in named)
    return named[0] if named else outlet  # "The Guardian": "Guardian"


def fit_outlet(outlet: str, width: int) -> str:
    """``outlet`` in ``width`` cells at most, read as far as it can be (nu60 #9: "WE", "ET"
    at 80 columns where "Washingt…" fitted): whole; else cut with an ellipsis after at least
    `MIN_CUT` characters or its whole first word ("Fox…"); else its short name
    (`short_outlet`, initials) where that fits; else clipped. A name cut always shows it
    (nu61 #6: "National", National Review cut to its first word, read as a whole name):
    every form but the short name starts the name and, unless whole, ends in "…"."""
    if cell_len(outlet) <= width:
        return outlet
    if width <= 0:
        return ""
    cut = clip(outlet, width)
    first = outlet.split(maxsplit=1)[0] if outlet.strip() else outlet
    if cell_len(cut) - 1 >= MIN_CUT or (first.casefold() != "the" and cut.startswith(first)):
        return cut
    short = short_outlet(outlet)
    return short if cell_len(short) <= width else cut


def known_short(outlet: str) -> str | None:
    """The outlet's shorter name that the outlet table knows as the same outlet, its "The"
    or its last word left off ("The Epoch Times": "Epoch Times", "Bloomberg News":
    "Bloomberg"): read whole, where its initials must be decoded (nu52 #8: "Quartz, ET" at
    80 columns, where "Epoch Times" fitted); None when the table knows none."""
    from index.library import known_outlet  # the table is TOML: read after the first paint

    known = known_outlet(outlet)
    words = outlet.split()
    if known is None or len(words) < 2:
        return None
    tries = [words[:-1]] + ([words[1:]] if words[0].casefold() == "the" else [])
    fits = [" ".join(w) for w in tries if known_outlet(" ".join(w)) == known]
    return min(fits, key=cell_len) if fits else None


def _read_clipped(number: int, label: str, outlet: str, width: int) -> bool:
    """Whether ``label``, the outlet alone, is better clipped than said short: its first two
    words fit whole before the ellipsis (rv50: the table of five at 120 columns read
    "1 HCED · 9 Apr 2024" where "1 Harbour City Even…" fitted; a name is read, initials
    must be decoded). A label that tells articles apart is said short (it keeps that)."""
    words = outlet.split()
    return (
        label == outlet
        and len(words) > 2
        and cell_len(f"{number} {words[0]} {words[1]} …") <= width
    )


def tab_text(
    number: int,
    label: str,
    title: str,
    when: str | None,
    width: int,
    outlet: str = "",
    form: int | None = None,
) -> str:
    """One tab: ``number`` and ``label`` (the outlet, as `told_apart` names it), then the
    day and the title's start as far as ``width`` allows: the day first (short, and it
    tells an outlet's articles of two days apart), the year dropped before the day is.
    ``outlet``, the name ``label`` starts with, is said short (`short_outlet`) when the
    label does not fit (nu45 #10: at 80x24 seven tabs read "1 outle… 3 outle… 7 outle…").
    ``form`` (0: "13 Feb 2017", 1: "13 Feb", 2: no day), when given, is the one way every
    tab says its day (`one_day_form`), only where the label fits whole beside it: a name
    is never cut nor said short for a day (fx162: "1 A… · 13 Feb" at 120x40; rv50: a name
    is read, initials decoded). Never wider than ``width`` (at least 4)."""
    width = max(4, width)
    days = _days(when)
    if form is not None:
        days = days[form : form + 1]  # only where the label fits whole beside it (fx162)
        if days and cell_len(f"{number} {label}{SEPARATOR}{days[0]}") > width:
            days = ()  # never a name cut for a day ("1 A… · 13 Feb" at 120x40)
    cut = outlet and label.startswith(outlet) and cell_len(f"{number} {label}") > width
    if cut and not _read_clipped(number, label, outlet, width):
        label = short_outlet(outlet) + label[len(outlet) :]
    head = clip(f"{number} {label}", width)
    flat = " ".join(printable(title).split())
    told = any(re.search(rf"(?<!\d){re.escape(d)}(?!\d)", head) for d in _days(when))
    for day in (*days, ""):
        if day and told:
            continue  # `told_apart` gave the day already, in one form or the other
        text = f"{head}{SEPARATOR}{day}" if day else head
        if cell_len(text) > width:
            continue
        room = width - cell_len(text) - len(SEPARATOR)
        if flat and flat[:20] not in head and room >= min(MIN_TITLE, cell_len(flat)):
            text += SEPARATOR + clip(flat, room)
        return text
    return head


def shared_room(tabs: Callable[[list[int]], list[str]], rooms: list[int], most: int) -> list[str]:
    """``tabs(rooms)``, the room a tab leaves unused given to the tabs that fill theirs, up
    to ``most`` cells each (nu62 #9: at 80 columns "2 BBC… · 15 Mar" and "4 Deut…" while
    about 6 columns were free). The tabs together never take more than ``rooms`` do."""
    said = tabs(rooms)
    for _ in range(3):
        spare = sum(room - cell_len(tab) for room, tab in zip(rooms, said, strict=True))
        full = [k for k, tab in enumerate(said) if cell_len(tab) >= rooms[k] and rooms[k] < most]
        if spare <= 0 or not full:
            break
        wider = [cell_len(tab) for tab in said]
        share, extra = divmod(spare, len(full))
        for n, k in enumerate(full):
            wider[k] = min(most, rooms[k] + share + (n < extra))
        if wider == rooms:
            break
        rooms = wider
        said = tabs(rooms)
    return said


TITLE_ROOM = len(SEPARATOR) + 12
"""The cells past its bare form a tab is given, at least, when the rest of the line does
not give every tab a title: 12 of its title ("Colorado sh…"; fewer read as nothing)."""


def bare_rooms(bare: list[str], total: int, most: int, base: int | None = None) -> list[int] | None:
    """Rooms giving each tab the room of its ``bare`` form (its name whole, its day where
    they say one: no title), the rest of ``total`` shared evenly, up to ``most`` each; None
    when they do not all fit. A name is never cut for a day (fx162), so a day kept is room
    given first to the tab that needs it (at 80x24 "2 Evening Ledger · 9 Apr" fitted, the
    other tabs' titles took its room). When an even share gives no tab a title, the rest
    goes to as many tabs as it gives `TITLE_ROOM` each: the ``base`` tab's first (the one
    lit: it reads as the current tab opened, where one other tab titled read as chosen at
    random), then those after it, the ones tab brings next. At 120x40 seven tabs left 23
    cells spare, 3 a tab, and none showed a title (fx166)."""
    needs = [cell_len(tab) for tab in bare]
    if sum(needs) > total or max(needs, default=0) > most:
        return None
    spare, count = total - sum(needs), len(needs)
    takers = list(range(count))
    if base is not None and spare // count < len(SEPARATOR) + MIN_TITLE:
        after = [(base + k) % count for k in range(count)]  # the base first
        takers = [k for k in after if needs[k] + TITLE_ROOM <= most][: spare // TITLE_ROOM]
        takers = takers or list(range(count))
    share, extra = divmod(spare, len(takers))
    rooms = list(needs)
    for n, k in enumerate(takers):
        rooms[k] = min(most, needs[k] + share + (n < extra))
    return rooms


def shortened(outlets: list[str], corpus: Collection[str] = ()) -> list[str]:
    """Each of ``outlets`` as `tab_text` may shorten it, or "" where another outlet has the
    same short name ("Harbour Times", "Harbour Tribune": "HT"), or where its short name is
    the name of another outlet, of ``outlets`` or of the ``corpus`` (nu51 #7: "CNN
    Business" said "CNN" while CNN is another outlet): those are clipped whole."""
    names = {name.casefold() for name in (*outlets, *corpus)}
    short: dict[str, set[str]] = {}
    for outlet in set(outlets):
        short.setdefault(short_outlet(outlet).casefold(), set()).add(outlet)

    def kept(outlet: str) -> bool:
        said = short_outlet(outlet).casefold()
        alone = len(short[said]) == 1
        return alone and (said == outlet.casefold() or said not in names)

    return [outlet if kept(outlet) else "" for outlet in outlets]


def one_day_form(said: Callable[[int | None], list[str]], dates: list[str | None]) -> list[str]:
    """The tabs, all saying their day one way (nu49 #8: "1 BBC News · 13 Feb  2 Al Jazeera
    3 RTE · 13 Feb 2017"), ``said(form)`` giving them as `tab_text` with that ``form`` for
    the articles of ``dates``: with the year when every dated tab shows it as said with no
    form; else the day alone when every dated tab can show it (an outlet said short to keep
    it); else no tab a day (at 80 columns "5 DW · 13 Feb" beside "1 HuffPost" read as if
    HuffPost's date were not known). Tabs that show no day stay as they are (an outlet read
    whole rather than its initials, rv50). A day every article shares tells none apart: no
    tab says it (fx162; the base's line below the tabs says it)."""
    if len({(when or "")[:10] for when in dates}) == 1 and _days(dates[0]):
        return said(2)
    tabs = said(None)
    pairs = list(zip(dates, tabs, strict=True))
    if _all_show(pairs, 0) or not any(
        days[1] in tab for when, tab in pairs if (days := _days(when))
    ):
        return tabs
    short = said(1)
    return short if _all_show(list(zip(dates, short, strict=True)), 1) else said(2)


def _all_show(pairs: list[tuple[str | None, str]], form: int) -> bool:
    """Whether every dated tab of ``pairs`` (``(when, tab)``) shows its day in ``form``."""
    return all(days[form] in tab for when, tab in pairs if (days := _days(when)))


def tie_fitted(
    label: str, said: str, names: str, width: int, corpus: tuple[str, ...] = ()
) -> tuple[str, str]:
    """The tie's words and its outlets, shortened as far as needed to fit ``width`` (0:
    any): the outlets by their known short names (`known_short`), then cut (`fit_outlet`,
    none below `MIN_CAP`: nu60 #9, "WE" where "Washingt…" fitted), the tie said "4 the same
    day" for "4 articles the same day" if that makes room for them; else by their short
    names (`short_outlet`), and the tie said short if still needed (nu45 #10: at 80x24
    "…: Al Jazeera, CNN, D…" lost Reuters)."""

    def fits() -> bool:
        return not width or len(label) + len(said) + 2 + len(names) <= width

    outlets = names.split(", ")
    if names and not fits():  # the known short names first, read whole (nu52 #8)
        names = ", ".join(known_short(o) or o for o in outlets)
    if names and not fits():  # then cut, the longest first, never to initials (nu60 #9)
        known = names.split(", ")
        brief = re.sub(r"^(\d[\d,]*) articles? the ", r"\1 the ", said)
        for words in (said, brief):
            if cut := _cut_to(label, words, known, width):
                return words, cut
    if names and not fits():
        kept = shortened(outlets, corpus)
        names = ", ".join(short_outlet(o) if k else o for o, k in zip(outlets, kept, strict=True))
    if names and not fits():
        said = re.sub(r"^(\d[\d,]*) articles? the ", r"\1 the ", said)
    return said, names


def _cut_to(label: str, said: str, outlets: list[str], width: int) -> str:
    """``outlets`` joined, each cut to the widest cap that fits the line (`fit_outlet`:
    the longest names cut first, none below `MIN_CAP`); "" when none fits, or where two
    outlets would read alike (rv63: "Washing…, Washing…" for the Post and the Examiner)."""
    room = width - len(label) - len(said) - 2 - 2 * (len(outlets) - 1)
    apart = len({outlet.casefold() for outlet in outlets})
    # from the longest name down, and once at MIN_CAP when every name is shorter (ci130:
    # "A A" where it fitted whole was put as its initials "AA")
    for cap in range(max(MIN_CAP, *map(cell_len, outlets)), MIN_CAP - 1, -1):
        fitted = [fit_outlet(outlet, cap) for outlet in outlets]
        if sum(map(cell_len, fitted)) <= room:
            alike = len({name.casefold() for name in fitted}) < apart
            return "" if alike else ", ".join(fitted)  # narrower cuts read alike too
    return ""
