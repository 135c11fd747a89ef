"""Headlines naming different companies by ticker (`story_tickers`): template series split."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_tickers import SALTS, ticker_keys, ticker_mask, tickers, unlike
from tests.analysis.pair_rows import same_floats

DAY = datetime(1987, 3, 4, 9)


def test_a_headline_names_its_companies_by_ticker_or_bracketed_name() -> None:
    assert ticker_keys("ADOBE RESOURCES CORP <ADB> 3RD QTR NET") == {"adb"}
    assert ticker_keys("WASHINGTON MUTUAL <WAMU.O> YEAR NET") == {"wamu"}
    assert ticker_keys("WALL STREET STOCKS/TEXACO <QTX>, PENNZOIL <PZL>") == {"qtx", "pzl"}
    assert ticker_keys("<CINRAM  LTD> 4TH QTR NET") == {"cinram ltd"}
    assert ticker_keys("NATIONAL INTERGROUP<NII> TO OFFER UNITS") == {"nii"}
    assert ticker_keys("a <b>bold</b> title, a <br/> break") == set()
    assert ticker_keys("ST JOSEPH HOGS SEEN UP 1.00 DLR") == set()
    assert ticker_mask("FED ADDS RESERVES") == 0 != ticker_mask("GM <GM> SALES")


def test_an_article_mentions_the_companies_of_its_headline_and_lead() -> None:
    boeing = StoryArticle(
        "b", "BOEING <BA> SAYS ORDER WORTH ONE BILLION DLRS", "From AMR Corp <AMR>.", "W"
    )
    plain = StoryArticle("p", "FED ADDS RESERVES", "Like AMR Corp <AMR>.", "W")
    (about, told, issuer, *other), none = tickers([boeing, plain]).tolist()
    assert about == ticker_mask(boeing.title) and told == about | ticker_mask("<AMR>")
    again = ticker_mask(boeing.title, SALTS[1])  # the same under the second hash
    assert issuer == 0 and other == [again, again | ticker_mask("<AMR>", SALTS[1]), 0]
    assert none == [0] * 6  # a headline naming no company: the rule never fires


masks = st.sampled_from([0, 1, 2, 3, 4, 6])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(masks, masks, masks, masks, st.floats(0.0, 1.0, width=32)), max_size=30),
    st.sampled_from([0.0, 0.2, 0.5, 1.0]),
)
def test_unlike_matches_the_rule_written_out(
    rows: list[tuple[int, int, int, int, float]], factor: float
) -> None:
    # each row: the headline companies of a and b, and what each mentions beyond them
    mask = np.array(
        [m for aa, ab, ta, tb, _ in rows for m in ((aa, aa | ta), (ab, ab | tb))], np.int64
    ).reshape(-1, 2)
    i = np.arange(0, 2 * len(rows), 2, dtype=np.int64)
    s = np.array([v for *_, v in rows], dtype=np.float32)
    got = unlike((i, i + 1, s), mask, factor)[2]
    want = [
        np.float32(v) * np.float32(factor)
        if aa and ab and not aa & (ab | tb) and not ab & (aa | ta)  # near copies too (st43)
        else np.float32(v)
        for aa, ab, ta, tb, v in rows
    ]
    assert same_floats(got, want)
    assert unlike((i, i + 1, s), None, factor)[2] is s


def results(
    key: str, name: str, ticker: str | None, numbers: list[int], hours: int
) -> StoryArticle:
    """A quarterly results wire of the form Reuters files for every company."""
    bracket = f" <{ticker}>" if ticker else ""
    a, b, c, d = (n + 100 * hours for n in numbers)  # never a near copy of another
    body = (
        f"Shr profit {a} cts vs profit {b} cts. Net profit {c} mln dlrs vs {d} mln dlrs."
        f" Revs {a + c} mln dlrs vs {b + d} mln dlrs. Nine mths shr profit {a * 3} cts."
    )
    return StoryArticle(
        key, f"{name}{bracket} 3RD QTR NET", body, "Reuters", DAY + timedelta(hours=hours)
    )


names = st.sampled_from(["ADOBE RESOURCES CORP", "COBANCO INC", "BROWN-FORMAN INC", "DEAN FOODS"])
figures = st.lists(st.integers(1, 99), min_size=4, max_size=4)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(names, figures), min_size=2, max_size=6), st.booleans())
def test_two_companies_results_never_share_a_story(
    wires: list[tuple[str, list[int]]], split_names: bool
) -> None:
    # every wire of the form, each for its own ticker (of its own name or not): no two
    # share a story, in a build or an update; without tickers they are as before the rule
    articles = [
        results(f"r{k}", name if split_names else "ACME CORP", f"T{k}", numbers, k)
        for k, (name, numbers) in enumerate(wires)
    ]
    built = StoryModel.build(articles)
    updated = StoryModel.build(articles[:-1]).update([articles[-1]])
    for model in (built, updated):
        assert len({model.story_of(a.id) for a in articles}) == len(articles)
    plain = [results(f"r{k}", "ACME CORP", None, n, k) for k, (_, n) in enumerate(wires)]
    on, off = StoryModel.build(plain), StoryModel.build(plain, params=StoryParams(ticker_factor=1))
    assert [on.story_of(a.id) for a in plain] == [off.story_of(a.id) for a in plain]


def test_one_companys_wires_and_a_form_without_tickers_still_join() -> None:
    same = [results(f"r{k}", "ACME CORP", "ACM", [10, 9, 30, 20], k) for k in range(3)]
    model = StoryModel.build(same)
    assert len({model.story_of(a.id) for a in same}) == 1
    off = StoryModel.build(
        [results(f"r{k}", "ACME CORP", f"T{k}", [10, 9, 30, 20], k) for k in range(3)],
        params=StoryParams(ticker_factor=1.0),
    )
    assert len({off.story_of(f"r{k}") for k in range(3)}) == 1  # the rule off: one "story"


def test_tickers_follow_articles_through_updates_and_old_models(tmp_path: Path) -> None:
    wires = [results(f"r{k}", "ACME CORP", f"T{k}", [10, 9, 30, 20], k) for k in range(4)]
    StoryModel.build(wires[:3]).save(tmp_path / "m")
    updated = StoryModel.load(tmp_path / "m").update([wires[3]], removed={"r1"})
    want = tickers([wires[k] for k in (0, 2, 3)]).tolist()
    assert updated.parts().arrays["ticker"].tolist() == want
    (tmp_path / "m" / "ticker.npy").unlink()  # a model saved before tickers were kept
    older = StoryModel.load(tmp_path / "m").update([wires[3]])
    assert older.parts().arrays["ticker"].tolist()[:3] == [[0] * 6] * 3
