"""Two groups of one outlet that average linkage left apart merge (issue 16, st51, st52).

Average linkage merges greedily: four wires of one event can pair off into two tight
groups whose average to each other falls under the threshold. `linkage.reunite` merges
them when their union's average reaches the threshold and their cross average is at least
``reunite_ratio`` of the larger group's own. Oracle: the rule read pair by pair in plain
Python over generated groups and scores; and four constructed wires (invented words) that
the linkage alone leaves in two stories.
"""

from __future__ import annotations

from datetime import datetime
from itertools import combinations

import numpy as np
from hypothesis import event, given, settings
from hypothesis import strategies as st

from index.analysis.linkage import reunite
from index.analysis.stories import StoryArticle, StoryModel, StoryParams

THRESHOLD, FLOOR, RATIO = 0.275, 0.2, 0.6

TEXTS = (
    (
        "a0",
        "MIKASK KAMISK MIRUSK LOLOND NELORT MIRURT",
        (
            "karund nelosk vatert lokart lolosk mikand kazond lolort kalond lokand kanend "
            "katend mimirt kamind kazosk temirt kanesk lovask zomisk nerund kanert zokask "
            "lonend kavart tezort lotend."
        ),
        "14:38",
    ),
    (
        "a1",
        "LOMISK LOKASK LOZOND KAZOSK KAVASK MILOND",
        (
            "lokand kalosk zorurt kakand kamisk lorund karund lolond kavand lovart kalond "
            "vavart katert kakask kakart lonert kamind kanesk lotend mirusk."
        ),
        "11:45",
    ),
    (
        "a2",
        "KALOND KAZOSK KALOSK VARUND ZOTESK KANERT",
        (
            "tetesk minert mivask nelosk rukand mitend zonert kazort kamisk kavart rumisk "
            "nelond nerurt katert lolond rulosk rumind kakask lolosk kakand tezort mitert "
            "karurt kavand mizond minesk lokand lokart vatend."
        ),
        "12:35",
    ),
    (
        "a3",
        "TERUND LOLORT RUTESK TEZORT NEMIND KAKASK",
        (
            "kavart kavand ruzort kazosk katesk mizond kalosk lokart kamirt minert karund "
            "katend rumirt kavask zotesk nekand kanert rulond tetesk mivand rurund kazort "
            "kalond lokand mivask minesk."
        ),
        "13:16",
    ),
    (
        "a10",
        "VAMISK ZORUSK ZOVART NELOSK VAKAND NEVASK",
        (
            "zozond nezond nerund netesk nemisk valort zotesk zomirt nenert netert netend "
            "nekart zolort vavand varusk nevart nelort valosk vavart."
        ),
        "13:47",
    ),
    (
        "a11",
        "VANESK NEZORT NETERT NELORT VATEND ZOTERT",
        (
            "vamisk vazosk vazond nelond nekart vanend nemisk nerurt zonert vavart zokart "
            "varusk nerusk vamirt valond vatert zomisk vazort zonesk."
        ),
        "14:18",
    ),
    (
        "a12",
        "NEVART ZOVASK ZOLOSK ZOZOSK NENEND NERURT",
        (
            "nekask vazosk zonesk vazond vanesk nelosk nevask zokart vazort zovart zonend "
            "zotert vavand nevand nemind zotend nekart zotesk vamisk."
        ),
        "12:36",
    ),
)
"""Four wires of one event (a0-a3: invented words, one outlet, one morning) that pair
off as a0+a1 and a2+a3 under average linkage alone, and three unrelated ones."""


def wires() -> list[StoryArticle]:
    return [
        StoryArticle(k, title, body, "Wire", datetime.fromisoformat(f"1987-03-01T{hm}"))
        for k, title, body, hm in TEXTS
    ]


def parts(model: StoryModel) -> list[list[str]]:
    """The four's stories, as sorted lists of their ids."""
    four = ("a0", "a1", "a2", "a3")
    story = {a: model.story_of(a) for a in four}
    return sorted({tuple(a for a in four if story[a] == story[b]) for b in four})  # type: ignore[arg-type]


def test_four_wires_paired_off_by_the_linkage_are_one_story() -> None:
    off = StoryModel.build(wires(), params=StoryParams(reunite_ratio=2.0))
    assert parts(off) == [("a0", "a1"), ("a2", "a3")]
    built = StoryModel.build(wires())
    assert parts(built) == [("a0", "a1", "a2", "a3")]
    assert all(built.story_of(f"a1{k}") != built.story_of("a0") for k in range(3))


def test_an_update_reunites_as_a_rebuild_does() -> None:
    articles = wires()
    for late in ("a0", "a3"):
        before = StoryModel.build([a for a in articles if a.id != late])
        after = before.update([a for a in articles if a.id == late])
        rebuilt = StoryModel.build(articles, previous=before)
        assert parts(after) == parts(rebuilt) == [("a0", "a1", "a2", "a3")]
        assert after.story_of("a1") == rebuilt.story_of("a1")


def _qualifies(
    x: list[int], y: list[int], score: dict[frozenset[int], float], outlet: list[int]
) -> bool | None:
    """Whether groups ``x`` and ``y`` merge by the rule; None when an average lies within
    a hair of its bound (float sums in another order may fall either side)."""
    if len(x) < 2 or len(y) < 2 or len({outlet[k] for k in x + y}) != 1 or outlet[x[0]] < 0:
        return False

    def mean(pairs: list[tuple[int, int]]) -> float:
        return sum(score.get(frozenset(p), 0.0) for p in pairs) / len(pairs)

    cross = mean([(a, b) for a in x for b in y])
    own = max(mean(list(combinations(x, 2))), mean(list(combinations(y, 2))))
    union = mean(list(combinations(x + y, 2)))
    margins = (union - THRESHOLD, cross - FLOOR, cross - RATIO * own)
    if any(abs(m) < 1e-9 for m in margins):
        return None
    return all(m > 0 for m in margins)


@st.composite
def grouped(
    draw: st.DrawFn,
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray], np.ndarray]:
    n = draw(st.integers(2, 12))
    labels = np.array(draw(st.lists(st.integers(0, 3), min_size=n, max_size=n)), dtype=np.int64)
    first = {g: k for k, g in reversed(list(enumerate(labels.tolist())))}
    order = sorted(first, key=first.__getitem__)  # numbered by each group's lowest article
    labels = np.array([order.index(g) for g in labels.tolist()], dtype=np.int64)
    outlets = st.sampled_from([-1, 1, *[0] * 10])
    outlet = np.array(draw(st.lists(outlets, min_size=n, max_size=n)))
    every = list(combinations(range(n), 2))
    likeness = st.sampled_from([0.0, 0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.7])
    drawn = draw(st.lists(likeness, min_size=len(every), max_size=len(every)))
    kept = [(pair, v) for pair, v in zip(every, drawn, strict=True) if v > 0]  # 0: no pair
    i = np.array([a for (a, _), _ in kept], dtype=np.int64)
    j = np.array([b for (_, b), _ in kept], dtype=np.int64)
    scores = [v for _, v in kept]
    return labels, (i, j, np.array(scores, dtype=np.float64)), outlet


@settings(max_examples=300, deadline=None)
@given(grouped())
def test_reunite_merges_whole_groups_until_no_two_qualify(drawn: tuple) -> None:  # type: ignore[type-arg]
    labels, pairs, outlet = drawn
    out = reunite(labels, pairs, THRESHOLD, FLOOR, RATIO, outlet)
    # every group given lies in one group after; a merged group is of one known outlet
    for g in np.unique(labels):
        assert len(np.unique(out[labels == g])) == 1
    for g in np.unique(out):
        if len(np.unique(labels[out == g])) > 1:
            assert len(set(outlet[out == g].tolist())) == 1 and outlet[out == g][0] >= 0
    # numbered by each group's lowest article
    firsts = [int(np.flatnonzero(out == g)[0]) for g in np.unique(out)]
    assert firsts == sorted(firsts)
    # the fixpoint: no two groups left qualify, read pair by pair
    score = {frozenset((int(a), int(b))): float(v) for a, b, v in zip(*pairs, strict=True)}
    groups = [np.flatnonzero(out == g).tolist() for g in np.unique(out)]
    for x, y in combinations(groups, 2):
        assert _qualifies(x, y, score, outlet.tolist()) is not True, (x, y)
    # and when no two groups given qualify, none merges
    given_groups = [np.flatnonzero(labels == g).tolist() for g in np.unique(labels)]
    found = {_qualifies(x, y, score, outlet.tolist()) for x, y in combinations(given_groups, 2)}
    if found <= {False}:
        assert np.array_equal(out, labels)
    event("merged" if not np.array_equal(out, labels) else "none merged")
