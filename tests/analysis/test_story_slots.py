"""One template filed from city after city: each city's report is its own event
(`story_slots`, st89, issue 16).

Checked against the rule written out on sets (`clashes` over the columns `forms` keeps), by
the stories a build and an update make of a morning of generated livestock market wires,
and by wires whose headlines are not led by their dateline's place (the rule never fires).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_daily import day_of, forms, not_copies
from index.analysis.story_slots import TEMPLATE_SLOTS, apart, clashes, slot

DAY = datetime(1987, 4, 7, 8)
CITIES = ["PEORIA", "OMAHA", "ST PAUL", "ST LOUIS", "JOLIET", "SIOUX CITY", "SIOUX FALLS"]


def test_a_headline_led_by_its_datelines_place_has_a_slot() -> None:
    peoria = slot("PEORIA HOGS SEEN STEADY/UP 0.50 DLR - PRIVATE", "Peoria, April 7 - Clear")
    omaha = slot("OMAHA HOGS SEEN OFF 0.50 DLR - PRIVATE SOURCES", "Omaha, April 7")
    flash = slot("FLASH OMAHA HOGS UP 1.00 DLR - USDA", "omaha, april 7")
    assert peoria[0] == omaha[0] == flash[0] != 0  # one frame: HOGS
    assert peoria[1:] != omaha[1:] and flash[1] & omaha[1] == omaha[1]  # FLASH OMAHA: OMAHA
    cattle = slot("SIOUX CITY CATTLE SEEN UP 0.50-1.00 DLR", "Sioux City, April 7")
    assert cattle[0] not in (0, peoria[0])
    for title, dateline in (
        ("MERCANTILE BANK <MTRC> RAISES PRIME RATE", "St. Louis, April 1"),  # not led by it
        ("IA SO-MINN DIRECT HOGS SEEN UP 1.00 DLR", "Sioux City, April 7"),
        ("PEORIA HOGS SEEN STEADY", None),  # no dateline
        ("PEORIA", "Peoria, April 7"),  # nothing after the place
        ("ONE TWO THREE PEORIA HOGS", "Peoria, April 7"),  # the place too far in
    ):
        assert slot(title, dateline) == (0, 0, 0)


def wire(
    key: str, city: str | None, beast: str, hour: int, source: str = "Reuters"
) -> StoryArticle:
    """A city's livestock market report of one morning, in the form every city's takes
    (its figures moved by ``hour`` and the city: never a near copy of another)."""
    k = (CITIES.index(city) if city else 9) + 3 * hour
    body = (
        f"{beast.title()} prices are expected steady to 0.{50 + k} dlr higher on estimated"
        f" receipts of {2000 + 100 * k} head, private sources said. Top seen at {50 + k}.00"
        f" to {51 + k}.50 dlrs per cwt. Sources said the market closed stronger late"
        " yesterday and was expected to carry over into today's session."
    )
    title = f"{city or 'MIDWEST'} {beast} SEEN STEADY/UP 0.{50 + k} DLR - PRIVATE"
    dateline = f"{(city or 'Chicago').title()}, April 7"
    when = DAY + timedelta(minutes=7 * hour + k)
    return StoryArticle(key, title, body, source, when, dateline=dateline)


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.sampled_from(CITIES), min_size=TEMPLATE_SLOTS, max_size=6, unique=True),
    st.integers(1, 5),
)
def test_each_citys_report_is_its_own_story(cities: list[str], first: int) -> None:
    wires = [wire(f"w{k}", city, "HOGS", k) for k, city in enumerate(cities)]
    first = min(first, len(wires) - 1)
    built = StoryModel.build(wires)
    updated = StoryModel.build(wires[:first]).update(wires[first:])
    for model in (built, updated):
        assert len({model.story_of(a.id) for a in wires}) == len(wires)
    off = StoryModel.build(wires, params=StoryParams(ticker_factor=1.0))
    assert len({off.story_of(a.id) for a in wires}) < len(wires)  # the form alone joins


def test_a_form_of_two_cities_or_without_datelines_is_left_alone() -> None:
    two = [wire(f"w{k}", city, "HOGS", k) for k, city in enumerate(CITIES[:2])]
    bare = [
        StoryArticle(a.id, a.title, a.body, a.source, a.date)
        for a in (wire(f"b{k}", city, "HOGS", k) for k, city in enumerate(CITIES))
    ]
    for wires in (two, bare):
        on = StoryModel.build(wires)
        off = StoryModel.build(wires, params=StoryParams(ticker_factor=1.0))
        assert [on.story_of(a.id) == on.story_of(wires[0].id) for a in wires] == [
            off.story_of(a.id) == off.story_of(wires[0].id) for a in wires
        ]


rows = st.tuples(
    st.sampled_from([None, *CITIES, "FLASH OMAHA"]),
    st.sampled_from(["HOGS", "CATTLE"]),
    st.integers(0, 1),  # outlet
    st.integers(0, 1),  # day
)


def test_the_slots_words_have_bits_of_their_own_under_one_hash() -> None:
    # the rule on sets and on masks agree so: "PEORIA" and "CITY" share a bit under the
    # first hash (and joined), not under the second
    every = {word for city in [*CITIES, "FLASH OMAHA"] for word in city.split()}
    masks = [slot(f"{word} HOGS UP", f"{word}, April 7") for word in every]
    assert len({m[1] for m in masks}) < len(every) == len({m[2] for m in masks})


def _oracle(drawn: list[tuple[str | None, str, int, int]]) -> list[list[bool]]:
    """The rule on sets: one outlet and day, both slotted, slots not nested, each row's
    (outlet, day, frame) filled with `TEMPLATE_SLOTS`+ distinct slots."""
    filled: dict[tuple[int, int, str], set[frozenset[str]]] = defaultdict(set)
    for city, beast, source, day in drawn:
        if city:
            filled[(source, day, beast)].add(frozenset(city.split()))
    out = []
    for a in drawn:
        row = []
        for b in drawn:
            ok = bool(a[0] and b[0]) and a[2:] == b[2:]
            ok = ok and all(len(filled[(x[2], x[3], x[1])]) >= TEMPLATE_SLOTS for x in (a, b))
            if ok:
                sa, sb = frozenset(str(a[0]).split()), frozenset(str(b[0]).split())
                ok = not sa <= sb and not sb <= sa
            row.append(ok)
        out.append(row)
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(rows, min_size=1, max_size=14), st.floats(0.1, 1.0))
def test_clashes_are_the_rule_written_out(
    drawn: list[tuple[str | None, str, int, int]], likeness: float
) -> None:
    wires = []
    for k, (city, beast, source, day) in enumerate(drawn):
        # a word of its own in every headline: no form on two days (`story_daily`)
        title = f"{city or 'MIDWEST'} {beast} UP {chr(65 + k)}"
        dateline = f"{city.removeprefix('FLASH ').title()}, April 7" if city else None
        when = DAY + timedelta(days=day, minutes=k)
        wires.append(StoryArticle(f"w{k}", title, "x", f"outlet{source}", when, dateline=dateline))
    found = forms(wires)
    assert found[:, 1].tolist() == [day_of(a.date) for a in wires]
    source = np.array([int(str(a.source)[-1]) for a in wires], np.int32)
    i, j = (x.ravel().astype(np.int64) for x in np.indices((len(wires), len(wires))))
    want = _oracle(drawn)
    assert clashes(i, j, source, found).tolist() == [want[a][b] for a, b in zip(i, j, strict=True)]
    s = np.full(len(i), likeness, np.float32)
    got = apart((i, j, s), source, found, 0.2)[2]
    assert got.tolist() == [
        float(np.float32(likeness) * np.float32(0.2)) if want[a][b] else float(np.float32(likeness))
        for a, b in zip(i, j, strict=True)
    ]
    copies = (i, j, np.ones(len(i), np.float32))
    series = (source, np.zeros(len(wires), np.int64), np.zeros((len(wires), 6), np.int64), found)
    kept = not_copies(copies, series)
    assert len(kept[0]) == len(i) - sum(want[a][b] for a, b in zip(i, j, strict=True))
