"""nu32 #3: the articles of one outlet in a comparison are told apart (time, day, title)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.tui.conftest import settle, wait_until
from tests.tui.test_multicompare import open_many, reader_over, text_of
from tests.wirestory import STORY
from tui.outlet_count import UNKNOWN
from tui.outlet_labels import Named, told_apart
from tui.widgets.alignment_table import AlignmentTable

WHEN = datetime(2024, 4, 8)


def named(
    source: str | None, date: datetime | None = None, title: str = "", id_: str = ""
) -> Named:
    return Named(id_ or f"{source}-{date}-{title}", source, date, title)


def test_wires_of_one_day_are_told_apart_by_their_times() -> None:
    wires = [named("Reuters", WHEN.replace(hour=h, minute=m)) for h, m in [(12, 34), (16, 6)]]
    assert told_apart([*wires, named("AP", WHEN)]) == ["Reuters · 12:34", "Reuters · 16:06", "AP"]


def test_without_times_the_day_then_the_title_tells_them_apart() -> None:
    days = [named("AP", WHEN), named("AP", WHEN + timedelta(days=1))]
    assert told_apart(days) == ["AP · 8 Apr 2024", "AP · 9 Apr 2024"]
    bare = [named("AP", WHEN, "Bridge shut"), named("AP", WHEN, "Ferry queues grow longer still")]
    assert told_apart(bare) == ["AP · Bridge shut", "AP · Ferry queues grow longe…"]
    assert told_apart([named(None, id_="a"), named(None, id_="b")]) == [
        f"{UNKNOWN} · a",
        f"{UNKNOWN} · b",
    ]


ARTICLES = st.lists(
    st.builds(
        named,
        st.sampled_from([None, "Reuters", "reuters", "AP", "Bay Herald"]),
        st.none() | st.datetimes(datetime(2024, 4, 7), datetime(2024, 4, 10)),
        st.sampled_from(["", "Bridge shut", "Bridge shut for a month and more", "Ferry"]),
    ),
    min_size=1,
    max_size=8,
).map(lambda found: [Named(f"id{k}", a.source, a.date, a.title) for k, a in enumerate(found)])


@settings(max_examples=300, deadline=None)
@given(ARTICLES)
def test_every_label_is_its_own_and_starts_with_its_outlet(articles: list[Named]) -> None:
    """The oracle: labels differ pairwise (ids do); an outlet named once is its name alone."""
    labels = told_apart(articles)
    assert len(set(labels)) == len(labels), labels
    for article, label in zip(articles, labels, strict=True):
        outlet = article.source or UNKNOWN
        assert label.startswith(outlet)
        alone = sum((a.source or UNKNOWN).casefold() == outlet.casefold() for a in articles) == 1
        assert (label == outlet) == alone


def one_outlet(times: dict[str, str]) -> dict[str, str]:
    """The wire story's articles ``times`` names, all run by Coast Wire at those times."""
    return {
        name: re.sub(
            r"date: .*", f"date: {when}", re.sub(r"source: .*", "source: Coast Wire", STORY[name])
        )
        for name, when in times.items()
    }


ONE_OUTLET = one_outlet(
    {"wire.md": "2024-04-08T09:15:00", "herald.md": "2024-04-08T12:40:00",
     "ledger.md": "2024-04-08T16:05:00"}
)  # fmt: skip


async def test_three_wires_of_one_outlet_are_told_apart_in_the_heat_map(tmp_path: Path) -> None:
    app = reader_over(tmp_path, ONE_OUTLET)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["wire.md", "herald.md", "ledger.md"])
        tabs = text_of(screen, "#many-bases")
        for label in ("1 09:15 · ", "2 12:40 · ", "3 16:05 · "):  # one outlet: said below
            assert label in tabs, tabs  # (nu80 #1)
        assert "Coast Wire · 2024-04-08" in tabs and tabs.count("Coast Wire") == 1, tabs
        carriers = text_of(screen, "#many-carriers")
        assert "2 Coast Wire · 12:40 word for word" in carriers, carriers
        await pilot.press("v")  # the alignment table's columns
        await settle(pilot)
        table = screen.query_one(AlignmentTable)
        await wait_until(pilot, lambda: bool(table.layout_.lines))
        assert "1 Coast Wire · 09:15" in table.layout_.lines[0].plain


async def test_the_tabs_put_a_dot_between_an_outlet_and_its_day_fx96(tmp_path: Path) -> None:
    """nu44: the heat map's tabs read "2 CNN 2 Mar 2017", with no "·" between the outlet
    and the day that tells its articles apart (as the rest of the app puts one). With one
    outlet the tabs say the day alone, the outlet once below them (nu80 #1)."""
    days = {"wire.md": "2017-03-01", "herald.md": "2017-03-02", "ledger.md": "2017-03-03"}
    app = reader_over(tmp_path, one_outlet(days))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["wire.md", "herald.md", "ledger.md"])
        tabs = text_of(screen, "#many-bases")
        for number, day in enumerate(("1 Mar", "2 Mar", "3 Mar"), start=1):
            assert f"{number} {day} · " in tabs, tabs  # one outlet: said below (nu80 #1)
        assert tabs.count(" Mar") == 3, tabs  # each day said once
