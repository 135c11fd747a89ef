"""A story that grows by an update keeps its id (issue 16, nu57 #1).

A followed story of three reports of one event gains a fourth report of the same event by
an update. Oracle: average linkage merges two groups while their average likeness is at
least the threshold, so when every pair of the four is that alike (as a rebuild weighs the
words, with a margin for an update's older weights), no split of them can stand: the four
end in one story, and it is the story the three were in (it holds all its earlier
articles). Generated texts of invented words; one outlet, as a wire's running coverage.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import combinations

from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_build import compare

START = datetime(1987, 3, 1, 1)
SYLLABLES = ("ka", "lo", "mi", "ru", "te", "zo", "va", "ne")
WORDS = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in ("rt", "nd", "sk")]
"""Invented words (no stem, stop word or name of the reader's lists)."""
EVENT, OTHERS = WORDS[:40], WORDS[40:]
MARGIN = 0.05
"""How far above the threshold every pair of the four is asked to be."""


def report(k: int, words: list[str], hours: float, source: str = "Wire") -> StoryArticle:
    title = " ".join(words[:6]).upper()
    body = " ".join(words[6:]) + "."
    return StoryArticle(f"a{k}", title, body, source, START + timedelta(hours=hours))


@st.composite
def events(draw: st.DrawFn) -> tuple[list[StoryArticle], list[StoryArticle]]:
    """Four reports of one event (the last one arrives later) and unrelated reports."""
    four = []
    for k in range(4):
        words = draw(st.permutations(EVENT))[: draw(st.integers(24, 40))]
        own = draw(st.lists(st.sampled_from(OTHERS[:60]), min_size=0, max_size=8))
        hours = draw(st.floats(0, 36)) if k < 3 else draw(st.floats(12, 40))
        four.append(report(k, words + own, hours))
    others = []
    for k in range(draw(st.integers(2, 6))):
        words = draw(st.permutations(OTHERS[60:]))[:30]
        others.append(report(10 + k, words, draw(st.floats(0, 40)), f"Paper {k % 2}"))
    return four, others


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events())
def test_a_fourth_report_alike_to_each_of_three_joins_their_story(
    drawn: tuple[list[StoryArticle], list[StoryArticle]],
) -> None:
    four, others = drawn
    params = StoryParams()
    ids, (i, j, s) = compare([*four, *others], params)
    likeness = {frozenset((ids[a], ids[b])): float(v) for a, b, v in zip(i, j, s, strict=True)}
    pairs = [frozenset((x.id, y.id)) for x, y in combinations(four, 2)]
    assume(all(likeness.get(p, 0.0) >= params.threshold + MARGIN for p in pairs))

    before = StoryModel.build([*four[:3], *others], params=params)
    story = before.story_of("a0")
    assert story is not None and {before.story_of(a.id) for a in four[:3]} == {story}
    after = before.update([four[3]])
    assert {after.story_of(a.id) for a in four} == {story}, [after.story_of(a.id) for a in four]
    # a rebuild of the four groups them alike, under the same id
    rebuilt = StoryModel.build([*four, *others], params=params, previous=after)
    assert {rebuilt.story_of(a.id) for a in four} == {story}


@st.composite
def looser_events(draw: st.DrawFn) -> tuple[list[StoryArticle], list[StoryArticle]]:
    """As `events`, with fewer event words each and more of their own: some pairs of the
    four are far less alike than others, so a fourth report may pair off with one of the
    three (nu57 #1's shape: 35 of 232 such stories of three at seed 1 of a scratch run)."""
    four = []
    for k in range(4):
        words = draw(st.permutations(EVENT))[: draw(st.integers(10, 30))]
        own = draw(st.permutations(OTHERS[:60]))[: draw(st.integers(0, 15))]
        hours = draw(st.floats(0, 36)) if k < 3 else draw(st.floats(12, 40))
        four.append(report(k, words + own, hours))
    others = [
        report(10 + k, draw(st.permutations(OTHERS[60:]))[:30], draw(st.floats(0, 40)), "Paper")
        for k in range(draw(st.integers(2, 4)))
    ]
    return four, others


def together(model: StoryModel, articles: list[StoryArticle]) -> list[list[str]]:
    """Each article's story-mates among ``articles`` (itself included), by id."""
    story = {a.id: model.story_of(a.id) for a in articles}
    return [sorted(b for b in story if story[b] == story[a]) for a in story]


def _wire(k: int, title: str, hours: float) -> StoryArticle:
    return StoryArticle(
        f"a{k}", title, "kamirt kamind kamisk karurt.", "Wire", START + timedelta(hours=hours)
    )


def _paper(k: int) -> StoryArticle:
    body = (
        "terund terusk tetert tetend tetesk tezort tezond tezosk tevart tevand tevask tenert"
        " tenend tenesk zokart zokand zokask zolort zolond zolosk zomirt zomind zomisk zorurt."
    )
    return StoryArticle(f"a{k}", "TELOND TELOSK TEMIRT TEMIND TEMISK TERURT", body, "Paper", START)


CI129_DRAW = (
    [
        _wire(0, "KARUND KARUSK KATERT KATEND KATESK KALOSK", 0),
        _wire(1, "KAKART KAZORT KAZOND KARUND KARUSK KAZOSK", 0),
        _wire(2, "KARUND KARUSK KAVART KATERT KALOSK KATEND", 0),
        _wire(3, "KAKART KAKAND KAKASK KALORT KALOND KALOSK", 12),
    ],
    [_paper(10), _paper(11)],
)
"""ci129's draw (fa43): a1 averages 0.272 to a0,a2 (under the threshold 0.275); before a3 it
joins them by `attach_lone` (runner-up 0), in a rebuild a lone a3 at 0.143 is a runner-up
that 0.272 no longer beats 2.0 times, so a rebuild leaves a1 alone; the update keeps the
untouched story of three (it does not re-decide a story no new article joins). Failed on
this test's own commit (b7a17458) too: a draw not seen before, not st53/st56's change."""


def _spaced(k: int, words: str, hours: float) -> StoryArticle:
    return report(k, words.split(), hours)


MX46_DRAW = (
    [
        _spaced(0, "kazort kakand karusk karurt katert kamirt kalosk kamind kamisk karund", 0),
        _spaced(1, "kakart kakand kakask kalort kalond kalosk kamirt katend kamisk karurt", 0),
        _spaced(2, "kakart kakand kakask kalort kalond kalosk kamirt kamind kamisk karurt", 0),
        _spaced(3, "kazond kamirt kakask kamind karund katesk kakand katend kamisk karurt", 32),
    ],
    [_paper(10), _paper(11)],
)
"""mx46's draw (seed 41, 3x): a0 averages 0.244 to a1,a2 (under 0.275), so it is loose. The
update keeps the three in their story; the rebuild leaves a0 out (id 's…-2'), and a1,a2
keep the id. The id check took the first of the three's mates (a0, the loose one), though
the test allows a loose one to leave in a rebuild. It now takes a firm one."""


def _borderline(
    four: list[StoryArticle], others: list[StoryArticle], params: StoryParams
) -> set[str]:
    """Those of the three whose average likeness to the other two (as a rebuild of all
    weighs the words) is under the threshold: in their story by `attach_lone` only, whose
    margin a new lone report can take away in a rebuild and not in an update."""
    ids, (i, j, s) = compare([*four, *others], params)
    likeness = {frozenset((ids[a], ids[b])): float(v) for a, b, v in zip(i, j, s, strict=True)}
    three = [a.id for a in four[:3]]
    return {
        x
        for x in three
        if sum(likeness.get(frozenset((x, y)), 0.0) for y in three if y != x) / 2 < params.threshold
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(looser_events())
@example(CI129_DRAW)
@example(MX46_DRAW)
def test_a_fourth_report_is_grouped_by_an_update_as_a_rebuild_groups_it(
    drawn: tuple[list[StoryArticle], list[StoryArticle]],
) -> None:
    four, others = drawn
    params = StoryParams()
    before = StoryModel.build([*four[:3], *others], params=params)
    story = before.story_of("a0")
    assume(story is not None and {before.story_of(a.id) for a in four[:3]} == {story})
    after = before.update([four[3]])
    rebuilt = StoryModel.build([*four, *others], params=params, previous=before)
    loose = _borderline(four, others, params)
    if loose:  # the rest are grouped alike; a loose one may leave in a rebuild only
        event("one of the three under the threshold")
        firm = [a for a in four if a.id not in loose]
        assert together(after, firm) == together(rebuilt, firm)
    else:
        assert together(after, four) == together(rebuilt, four)
    event("the three parted" if len({after.story_of(a.id) for a in four[:3]}) > 1 else "kept")
    # the part holding most of the three keeps the story's id, in both
    mates = max(together(after, four[:3]), key=len)
    if len(mates) >= 2:
        assert all(after.story_of(x) == story for x in mates)
        firm_mates = [x for x in mates if x not in loose]  # a loose one may leave in a rebuild
        if len(firm_mates) >= 2:  # still most of the three without the loose one
            assert all(rebuilt.story_of(x) == story for x in firm_mates)
