"""The comparison's tabs say each article's date and title as the width allows (nu40 #6;
fx72). Oracle: the parts the tab was built from, each whole or cut with an ellipsis."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.compare_tabs import (
    SEPARATOR,
    bare_rooms,
    clip,
    one_day_form,
    shared_room,
    short_outlet,
    shortened,
    tab_text,
)

_TITLE = st.text(st.characters(codec="ascii", categories=["L", "N", "Zs"]), max_size=80)
_DAY = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@settings(max_examples=200, deadline=None)
@given(
    number=st.integers(1, 8),
    label=st.sampled_from(["ABC News", "Al Jazeera", "Reuters 12:34", "HuffPost"]),
    title=_TITLE,
    when=_DAY,
    width=st.integers(0, 120),
)
def test_a_tab_fits_and_says_what_it_can(
    number: int, label: str, title: str, when: str | None, width: int
) -> None:
    text = tab_text(number, label, title, when, width)
    assert len(text) <= max(4, width)
    head = f"{number} {label}"
    parts = text.split(SEPARATOR)
    if len(head) > max(4, width):
        assert parts == [text] and text.endswith("…")
        return
    assert parts[0] == head
    flat = " ".join(title.split())
    for part in parts[1:]:
        if part.endswith("…"):
            assert flat.startswith(part[:-1])
        else:
            assert part == flat or (when is not None and part in tab_text(1, "x", "", when, 99))
    if when is not None and width >= len(head) + len(SEPARATOR) + 11:
        day = int(when[8:10])
        assert parts[1].startswith(f"{day} ")  # the day, year and all


def test_nu40s_three_articles() -> None:
    tabs = [
        tab_text(1, "HuffPost", "Kim Jong-nam Was Killed By VX Nerve Agent", "2017-02-24", 40),
        tab_text(2, "ABC News", "North Korea denies role in Kim death", "2017-03-02", 40),
        tab_text(3, "Al Jazeera", "Nerve agent used to kill Kim Jong-nam", "2017-02-28", 40),
    ]
    assert tabs == [
        "1 HuffPost · 24 Feb 2017 · Kim Jong-nam…",
        "2 ABC News · 2 Mar 2017 · North Korea d…",
        "3 Al Jazeera · 28 Feb 2017 · Nerve agen…",
    ]
    assert tab_text(2, "ABC News", "North Korea denies", "2017-03-02", 14) == "2 ABC News"
    assert tab_text(2, "ABC News", "North Korea denies", "2017-03-02", 19) == "2 ABC News · 2 Mar"


@settings(max_examples=150, deadline=None)
@given(
    label=st.sampled_from(["新华社", "ABC News", "Ōsaka Shimbun"]),
    title=st.text(st.sampled_from("中国宣布新的经济刺激计划 Kim é"), max_size=40),
    when=_DAY,
    width=st.integers(0, 60),
)
def test_a_tab_of_wide_characters_fits_its_cells(
    label: str, title: str, when: str | None, width: int
) -> None:
    """rv40 #5: widths were counted in characters, and a Chinese character takes two
    cells: "1 新华社 · 24 Feb 2017 · 中国宣布新的经…" took 40 cells of 30."""
    text = tab_text(1, label, title, when, width)
    assert cell_len(text) <= max(4, width)
    assert text.startswith(tab_text(1, label, "", None, width).rstrip("…"))


def test_a_label_that_tells_apart_by_day_keeps_its_dot_fx96() -> None:
    """nu44: "2 CNN 2 Mar 2017": the day `told_apart` adds is set off by "·" too."""
    tab = tab_text(2, "CNN · 2 Mar 2017", "Kim Jong Nam investigation", "2017-03-02", 40)
    assert tab == "2 CNN · 2 Mar 2017 · Kim Jong Nam inves…"


@settings(max_examples=200, deadline=None)
@given(
    outlet=st.sampled_from(
        ["ABC News", "Al Jazeera", "Reuters", "outlet unknown", "Deutsche Welle"]
    ),
    told=st.sampled_from(["", " 20 Mar 2017", " Article 50: Theresa…"]),
    title=_TITLE,
    when=_DAY,
    width=st.integers(0, 60),
)
def test_an_outlet_is_said_short_only_where_it_does_not_fit(
    outlet: str, told: str, title: str, when: str | None, width: int
) -> None:
    """nu45 #10: the short name (never wider than the name) where the whole label does not
    fit, so the word that tells an outlet's articles apart is not cut off first; the tab
    is never wider than ``width``, and where the label fits, it is as without ``outlet``."""
    label = outlet + told
    text = tab_text(3, label, title, when, width, outlet)
    assert cell_len(text) <= max(4, width)
    if cell_len(f"3 {label}") <= max(4, width):
        assert text == tab_text(3, label, title, when, width)
    else:
        short = short_outlet(outlet)
        assert len(short) <= len(outlet)
        assert text == tab_text(3, short + told, title, when, width)


def test_nu45s_seven_tabs_at_80_columns_tell_their_outlets_apart() -> None:
    outlets = ["outlet unknown", "Deutsche Welle", "outlet unknown", "Al Jazeera", "ABC News"]
    tabs = [tab_text(k + 1, o, "", None, 8, o) for k, o in enumerate(outlets)]
    assert tabs == ["1 ?", "2 DW", "3 ?", "4 AJ", "5 ABC"]
    assert short_outlet("Reuters") == "Reuters" and short_outlet("The Guardian") == "Guardian"
    assert short_outlet("The Harbour City Evening Dispatch 2") == "HCED2"


@given(
    st.lists(
        st.sampled_from(
            [
                "Harbour Times",
                "Harbour Tribune",
                "ABC News",
                "Al Jazeera",
                "outlet unknown",
                "Reuters",
                "Dispatch 1",
                "Dispatch 2",
            ]
        )
    )
)
def test_outlets_said_short_are_told_apart(outlets: list[str]) -> None:
    """Two outlets never share a short name in one row of tabs: such are clipped whole."""
    kept = shortened(outlets)
    shorts = {short_outlet(o): o for o, k in zip(outlets, kept, strict=True) if k}
    assert all(k in ("", o) for o, k in zip(outlets, kept, strict=True))
    for outlet, k in zip(outlets, kept, strict=True):
        if k:
            assert shorts[short_outlet(outlet)] == outlet


@given(
    outlet=st.sampled_from(
        ["Harbour City Evening Daily", "Bay Herald Tribune Weekly", "The Harbour City Times"]
    ),
    width=st.integers(4, 60),
)
def test_a_long_name_whose_two_first_words_fit_is_clipped_not_said_short(
    outlet: str, width: int
) -> None:
    """rv50: at the wide size the table of five read "1 HCED · 9 Apr 2024" where
    "1 Harbour City Even…" fitted; a name is read, initials must be decoded. Where the
    outlet's first two words fit whole (with the ellipsis) the tab clips; else it is short."""
    text = tab_text(1, outlet, "", None, width, outlet)
    words = outlet.split()
    if cell_len(f"1 {outlet}") <= width:
        assert text == f"1 {outlet}"
    elif cell_len(f"1 {words[0]} {words[1]} …") <= width:
        assert text == clip(f"1 {outlet}", width)
    else:
        assert text == tab_text(1, short_outlet(outlet), "", None, width)


_OUTLETS = ["BBC News", "Al Jazeera", "RTE", "ABC News", "CNN", "Harbour City Evening Post"]


@settings(max_examples=300, deadline=None)
@given(
    picked=st.lists(st.tuples(st.sampled_from(_OUTLETS), _DAY), min_size=2, max_size=7),
    room=st.integers(4, 40),
)
def test_all_tabs_say_the_day_one_way_nu49(picked: list[tuple[str, str | None]], room: int) -> None:
    """nu49 #8: "1 BBC News · 13 Feb  2 Al Jazeera  3 RTE · 13 Feb 2017": every dated tab
    says its day the same way (with the year, without, or not at all); without the year
    only where every dated tab fits it; no tab wider than its room."""
    outlets = shortened([o for o, _ in picked])
    dates = [when for _, when in picked]

    def said(form: int | None) -> list[str]:
        return [
            tab_text(k + 1, o, "", when, room, outlets[k], form)
            for k, (o, when) in enumerate(picked)
        ]

    tabs = one_day_form(said, dates)
    shown = set()
    for tab, when in zip(tabs, dates, strict=True):
        assert cell_len(tab) <= room
        if when is None:
            continue
        day = date.fromisoformat(when)
        long, short = f"{day.day} {day:%b %Y}", f"{day.day} {day:%b}"
        shown.add("long" if long in tab else "short" if tab.endswith(short) else "none")
    assert len(shown) <= 1, (tabs, shown)
    if len(set(dates)) == 1 and dates[0] is not None:  # a day all share says nothing (fx162)
        assert shown == {"none"}, tabs
    elif shown == {"none"}:  # the day is left out only where not every tab can show it
        days = [f"{d.day} {d:%b}" for w in dates if w for d in [date.fromisoformat(w)]]
        short, first = (
            [t for t, w in zip(f, dates, strict=True) if w] for f in (said(1), said(None))
        )
        fits = all(day in tab for day, tab in zip(days, short, strict=True))
        assert not fits or not any(day in tab for day, tab in zip(days, first, strict=True))


# --- the room a short tab leaves goes to the cut ones (nu62 #9, fx158) ------------------

_NAMES = ["CNN", "BBC News", "Reuters", "Deutsche Welle", "Al Jazeera", "ABC News", "RTE"]


def _tabs_of(names: list[str], dates: list[str | None]) -> Callable[[list[int]], list[str]]:
    outlets = shortened(names)

    def tabs(rooms: list[int]) -> list[str]:
        def said(form: int | None) -> list[str]:
            return [
                tab_text(k + 1, n, "", dates[k], rooms[k], outlets[k], form)
                for k, n in enumerate(names)
            ]

        return one_day_form(said, dates)

    return tabs


def test_a_short_tabs_room_goes_to_a_cut_name() -> None:
    names = ["CNN", "BBC News", "Reuters", "Deutsche Welle"]
    dates: list[str | None] = ["2017-03-15", "2017-03-15", "2017-03-16", "2017-03-15"]
    tabs = _tabs_of(names, dates)
    before = tabs([17] * 4)
    after = shared_room(tabs, [17] * 4, 60)
    assert "3 Reute… · 16 Mar" not in before  # never a name cut for a day (fx162)
    assert "3 Reuters" in before and "3 Reuters · 16 Mar" not in before
    assert sum(map(cell_len, after)) <= 17 * 4


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(st.sampled_from(_NAMES), min_size=2, max_size=8),
    width=st.integers(min_value=40, max_value=200),
    dated=st.booleans(),
)
def test_shared_room_never_takes_more_and_never_reads_less(
    names: list[str], width: int, dated: bool
) -> None:
    dates: list[str | None] = [("2017-03-15" if dated else None)] * len(names)
    tabs = _tabs_of(names, dates)
    room = max(4, min(60, width // len(names) - 3))
    before = tabs([room] * len(names))
    after = shared_room(tabs, [room] * len(names), 60)
    assert sum(map(cell_len, after)) <= room * len(names)
    assert all(cell_len(tab) <= 60 for tab in after)
    for name, tab in zip(names, after, strict=True):  # a name whole before stays whole
        if any(f" {name}" in t for t in before):
            assert f" {name}" in tab


# --- never a name cut for a day; a day all share left out (nu64 #5, fx162) ---------------


@settings(max_examples=200, deadline=None)
@given(
    picked=st.lists(st.tuples(st.sampled_from(_OUTLETS), _DAY), min_size=2, max_size=8),
    width=st.integers(40, 220),
)
def test_a_name_is_never_cut_for_a_day(picked: list[tuple[str, str | None]], width: int) -> None:
    """Oracle: a tab showing a day starts with its number and its outlet whole or by its
    short name (`short_outlet`), never cut ("1 A… · 13 Feb"); a day every tab shares is on
    none of them."""
    names = [o for o, _ in picked]
    dates = [when for _, when in picked]
    tabs = _tabs_of(names, dates)([max(4, min(60, width // len(names) - 3))] * len(names))
    for k, (tab, (name, when)) in enumerate(zip(tabs, picked, strict=True)):
        days = [] if when is None else [f"{d.day} {d:%b}" for d in [date.fromisoformat(when)]]
        if days and days[0] in tab:
            head = tab.split(SEPARATOR)[0]
            assert head in (f"{k + 1} {name}", f"{k + 1} {short_outlet(name)}"), tabs
            assert len(set(dates)) > 1


@settings(max_examples=200, deadline=None)
@given(
    bare=st.lists(
        st.text(st.characters(codec="ascii", categories=["L"]), max_size=40), min_size=1, max_size=8
    ),
    total=st.integers(0, 400),
)
def test_bare_rooms_give_each_tab_its_need_within_the_line(bare: list[str], total: int) -> None:
    """fx162: each tab gets the room of its name and day before any title does; the line
    never takes more than ``total``; None exactly when the needs do not fit."""
    rooms = bare_rooms(bare, total, 60)
    needs = [cell_len(tab) for tab in bare]
    if rooms is None:
        assert sum(needs) > total or max(needs) > 60
        return
    assert sum(rooms) <= total and all(
        need <= room <= 60 for need, room in zip(needs, rooms, strict=True)
    )
