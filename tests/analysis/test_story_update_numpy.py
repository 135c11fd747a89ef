"""A stories update in NumPy alone (`story_rows`) gives, byte for byte, what the SciPy path gave.

The oracle is the update as it was with SciPy (`tests/analysis/scipy_story_update.py`, the
former `index/analysis/story_update.py`), run on the same parts each round.
"""

from __future__ import annotations

import copy
import itertools
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.analysis import pairs, story_titles, story_update
from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_build import _canonical
from index.analysis.story_files import Parts
from index.analysis.story_update import apply
from index.analysis.vectors import _STOP_STEMS, Vocabulary
from index.analysis.words import STOPWORDS, stem
from tests.analysis import scipy_story_update
from tests.conftest import SHARED_CORPORA

DAY = datetime(2021, 3, 22)
REUTERS = "reuters21578.jsonl"
_VOCABULARY = (
    "harbour strike union pay deal frost blossom council budget police fire vote port dock "
    "crane wage talks minister court judge appeal storm flood river bank rate oil price "
    "grain farm export market shares profit loss the a of said"
)
WORDS = _VOCABULARY.split()
SLUG = "https://x.test/2021/03/22/port-strike-ends-today/index.html"
TIGHT = StoryParams(threshold=0.15, floor=0.01, neighbours=3, window_days=1.0)


def _same(new: Parts, old: Parts) -> None:
    assert new.meta == old.meta
    assert new.vocab == old.vocab
    assert sorted(new.arrays) == sorted(old.arrays)
    for name, array in new.arrays.items():
        other = old.arrays[name]
        assert (array.dtype, array.shape) == (other.dtype, other.shape), name
        assert array.tobytes() == other.tobytes(), name
    assert new.counts is not None and old.counts is not None
    for mine, theirs in zip(new.counts[:3], old.counts[:3], strict=True):
        assert mine.dtype == theirs.dtype and mine.tobytes() == theirs.tobytes()
    assert new.counts[3] == old.counts[3]


def _both(parts: Parts, added: list[StoryArticle], removed: set[str], params: StoryParams) -> Parts:
    ordered = _canonical(added)
    old = scipy_story_update.apply(copy.deepcopy(parts), params, ordered, set(removed), None)
    new = apply(copy.deepcopy(parts), params, ordered, set(removed), None)
    _same(new, old)
    return new


text = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
article = st.builds(
    StoryArticle,
    id=st.text("abcdefgh", min_size=1, max_size=3),
    title=st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join),
    body=text,
    source=st.sampled_from([None, "A", "B", "C"]),
    date=st.one_of(st.none(), st.integers(0, 24 * 12).map(lambda h: DAY + timedelta(hours=h))),
    url=st.sampled_from([None, SLUG]),
)
rounds = st.lists(
    st.tuples(st.lists(article, max_size=12), st.lists(st.integers(0, 40), max_size=6)),
    min_size=1,
    max_size=4,
)
params_strategy = st.sampled_from([StoryParams(), TIGHT])

_SLUG_PARAMS = StoryParams(window_days=3.0, threshold=0.275, floor=0.04, neighbours=30)


def _a(
    key: str, title: str = "", body: str = "", hours: int | None = None, slug: bool = False
) -> StoryArticle:
    # an article of the falsifying examples below (no outlet; ``hours`` after DAY)
    date = None if hours is None else DAY + timedelta(hours=hours)
    return StoryArticle(key, title, body, None, date, SLUG if slug else None)


# sd29: undated articles whose only words are the address's slug are copies of two dated
# ones of two stories; reattaching scanned rows with each row's terms in another order
# than the SciPy path's (`story_rows.scipy_order`): cosines of 0.9999999, not 1.0, so no
# near copy's rule, a tie, and five rows left their story
# (--hypothesis-seed=201941644965173061226616240810167100409, shrunk)
_SLUG_COPIES = [
    *[_a("b"), _a("c", slug=True), _a("f"), _a("h"), _a("ac")],
    *[_a("ad", slug=True), _a("ae", slug=True), _a("ba"), _a("bb", slug=True)],
    *[_a("a", hours=62, slug=True), _a("af", hours=0, slug=True), _a("a"), _a("d", slug=True)],
    *[_a("e"), _a("g"), _a("aaa", body="strike")],
]
# the same seed's other failure (the same cause): many undated articles, ids repeated
_MANY_UNDATED = (
    [
        _a("h", "judge storm vote a appeal profit", "of"),
        _a("f", "export export flood bank shares", "storm shares shares" + " harbour" * 8),
        _a("dad", hours=233),
        _a("a", "", "flood harbour harbour", 154, True),
        _a("dh", "river shares harbour harbour harbour", "farm of", slug=True),
        _a(
            "c",
            "harbour loss a shares harbour port wage",
            "harbour vote wage crane storm bank loss storm crane minister a harbour of court "
            "storm farm wage",
        ),
        _a("df", slug=True),
        _a("be", "loss dock said wage", "", 105),
        _a("ghc", hours=225, slug=True),
        _a("ggg", "appeal", "oil grain", 177, True),
        _a("b", "harbour dock harbour harbour harbour shares rate harbour"),
        _a(
            "h",
            "port said harbour market judge dock rate farm",
            "storm said river price court harbour storm appeal",
        ),
        _a("h"),
        _a(
            "bg",
            "harbour harbour of farm oil appeal crane harbour",
            "harbour harbour oil",
            124,
            True,
        ),
        _a(
            "fhg",
            "rate harbour",
            "market strike of a crane export export price dock oil oil export grain blossom",
            233,
        ),
        _a(
            "c",
            "",
            "farm shares storm harbour harbour flood grain crane talks market harbour harbour of "
            "storm court harbour shares crane harbour price wage harbour river harbour of harbour "
            "harbour bank court",
        ),
        _a(
            "fdf",
            "rate pay council storm blossom appeal rate",
            "export shares judge loss",
            slug=True,
        ),
        _a("f", "dock harbour court harbour harbour crane", "farm market"),
        _a("aeb", "harbour harbour harbour vote harbour a oil talks", "export"),
    ],
    [
        (
            [
                _a(
                    "adf", "grain of harbour river minister", "vote dock profit strike a flood dock"
                ),
                _a("eeh", "minister export harbour harbour vote wage loss wage"),
                _a(
                    "cf", "harbour port the pay harbour wage loss court", "flood court a", slug=True
                ),
                _a("da", "harbour harbour harbour strike"),
                _a("gh", "", "harbour", slug=True),
                _a("adf"),
                _a("ebe", slug=True),
                _a("c", slug=True),
                _a("a", "", "harbour harbour harbour port harbour strike"),
                _a("ec"),
                _a("b", slug=True),
                _a("g"),
            ],
            [0, 0, 21, 0, 37, 0],
        ),
        ([], []),
        ([], []),
    ],
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article, max_size=20), rounds, params_strategy, st.sampled_from([512, 2]))
@example(_SLUG_COPIES, [([_a("aa"), _a("ab", slug=True)], [])], _SLUG_PARAMS, 512)
@example(*_MANY_UNDATED, TIGHT, 512)
def test_update_rounds_equal_the_scipy_path(
    first: list[StoryArticle],
    steps: list[tuple[list[StoryArticle], list[int]]],
    params: StoryParams,
    block: int,
) -> None:
    # rounds of adding, changing (an added id already present) and removing articles;
    # a small block makes the scan cut its new rows into several windows
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pairs, "_BLOCK", block)
        parts = StoryModel.build(first, params=params).parts()
        for added, gone in steps:
            ids = parts.meta["ids"]
            removed = {ids[k % len(ids)] for k in gone} if ids else set()
            parts = _both(parts, added, removed, params)


class _Spy(story_titles.Memo):
    """`story_titles.Memo`, counting the scans of every row it makes."""

    whole = 0

    def __call__(self, rows: np.ndarray) -> pairs.Pairs:
        had = self._every is not None
        found = super().__call__(rows)
        _Spy.whole += int(not had and self._every is not None)
        return found


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article, min_size=2, max_size=24), st.data(), params_strategy)
def test_an_update_that_reads_most_articles_again_equals_the_scipy_path(
    first: list[StoryArticle], data: st.DataObject, params: StoryParams
) -> None:
    # issue 16: split and retitle then take their likeness from one scan of every row
    # (`story_titles.Memo`); the SciPy path scans the rows each asks for
    parts = StoryModel.build(first, params=params).parts()
    by_id = {a.id: a for a in first}
    ids = sorted(by_id)
    again = data.draw(st.lists(st.sampled_from(ids), min_size=(len(ids) + 1) // 2, unique=True))
    amended = data.draw(st.lists(st.booleans(), min_size=len(again), max_size=len(again)))
    added = [
        StoryArticle(
            k,
            by_id[k].title,
            by_id[k].body + (" flood" if more else ""),
            by_id[k].source,
            by_id[k].date,
            by_id[k].url,
        )
        for k, more in zip(again, amended, strict=True)
    ]
    gone = data.draw(st.sets(st.sampled_from(ids)).map(lambda s: s - set(again)))
    _both(parts, added + data.draw(st.lists(article, max_size=4)), gone, params)


def test_an_update_of_every_article_read_again_scans_every_row_once() -> None:
    # the rv25 case (a JSON Lines file rewritten): every row read again
    texts = [" ".join(WORDS[k : k + 12]) for k in range(0, len(WORDS) - 12, 3)]
    first = [
        StoryArticle(f"a{k}", text[:30], text, "AB"[k % 2], DAY + timedelta(hours=5 * k))
        for k, text in enumerate(texts * 2)
    ]
    parts = StoryModel.build(first).parts()
    _Spy.whole = 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(story_update, "Memo", _Spy)
        _both(parts, first, set(), StoryParams())
    assert _Spy.whole == 1


def test_an_update_of_identical_copies_and_empty_articles_equals_the_scipy_path() -> None:
    wire = " ".join(WORDS * 3)
    first = [StoryArticle(f"w{k}", "port strike", wire, "A", DAY) for k in range(4)]
    added = [StoryArticle("e", "", "", None, DAY), StoryArticle("u", "the a of", "said", None)]
    parts = StoryModel.build(first).parts()
    parts = _both(
        parts, [*added, StoryArticle("w9", "port strike", wire, "B", DAY)], set(), StoryParams()
    )
    _both(parts, [], {"w0", "w1", "e"}, StoryParams())


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED_CORPORA / REUTERS).exists(), reason=f"no {REUTERS}")
def test_an_update_of_reuters_equals_the_scipy_path() -> None:
    # real rows: float sums of many terms, many pairs within the window
    from index.analysis.story_derived import story_article
    from index.ingest.readers import iter_articles
    from index.models import Article

    read = (a for a in iter_articles(SHARED_CORPORA / REUTERS) if isinstance(a, Article))
    articles = [story_article(a) for a in itertools.islice(read, 4000)]
    parts = StoryModel.build(articles[:3000]).parts()
    changed = [
        StoryArticle(a.id, a.title, a.body + " amended", a.source, a.date, a.url)
        for a in articles[::60]
    ]
    removed = {a.id for a in articles[7:3000:150]}
    parts = _both(parts, articles[3000:3100] + changed, removed, StoryParams())
    _both(parts, articles[3100:3200], set(), StoryParams())


def test_a_story_update_imports_no_scipy(tmp_path: Path) -> None:
    code = (
        "import sys; from datetime import datetime\n"
        "from index.analysis.stories import StoryArticle, StoryModel\n"
        "from tests.analysis.test_story_update_numpy import WORDS\n"
        f"folder = {str(tmp_path)!r}\n"
        "new = StoryArticle('n', 'port strike', ' '.join(WORDS), 'A', datetime(2021, 3, 23))\n"
        "model = StoryModel.load(__import__('pathlib').Path(folder))\n"
        "model.update([new], {'w1'}).save(__import__('pathlib').Path(folder) / 'next')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'scipy'))\n"
    )
    wire = " ".join(WORDS)
    StoryModel.build([StoryArticle(f"w{k}", "port strike", wire, "A", DAY) for k in range(3)]).save(
        tmp_path
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert StoryModel.load(tmp_path / "next").story_of("n") is not None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(max_size=3), st.sampled_from(sorted(STOPWORDS)).map(stem)), unique=True
    )
)
def test_stop_mask_equals_the_test_of_every_stem(stems: list[str]) -> None:
    # the oracle: the test it made of each stem in turn
    expected = [s in _STOP_STEMS or (len(s) < 2 and not s.isdigit()) for s in stems]
    assert Vocabulary(stems).stop_mask().tolist() == expected
