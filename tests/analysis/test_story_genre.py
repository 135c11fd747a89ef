"""Opinion or news (`story_genre`): an opinion piece is kept out of the event it discusses."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_build import group
from index.analysis.story_genre import (
    DESK,
    DIGEST,
    NEWS,
    OPINION,
    OTHER,
    desk_weigh,
    genre_of,
    genres,
    weigh,
)
from tests.analysis.pair_rows import pairs_of, same_floats

DAY = datetime(2021, 7, 1, 12)


def article(
    key: str, title: str, body: str, hours: int = 0, url: str | None = None
) -> StoryArticle:
    return StoryArticle(key, title, body, "Paper", DAY + timedelta(hours=hours), url)


CHARGES = (
    article(
        "cfo-wire",
        "Company finance chief surrenders to prosecutors over tax charges",
        "The finance chief of the family company surrendered to prosecutors in Manhattan on"
        " Thursday ahead of criminal tax charges over untaxed benefits paid to executives, his"
        " lawyers said.",
        0,
        "https://wire.example/2021/07/01/finance-chief-surrenders/",
    ),
    article(
        "cfo-paper",
        "Finance chief of family company surrenders, faces tax charges",
        "Prosecutors charged the company's finance chief on Thursday with a scheme of untaxed"
        " benefits for executives; he surrendered in Manhattan and pleaded not guilty, lawyers"
        " said.",
        2,
        "https://paper.example/2021/07/01/finance-chief-charged/",
    ),
    article(
        "cfo-column",
        "Why the tax charges against the family company should worry its owner",
        "The charges are narrow, but the owner has reason to worry: his chief knows where"
        " every dollar went, and those who build cases do it slowly.",
        4,
        "https://review.example/opinion/2021/07/01/tax-charges-family-company/",
    ),
    article(
        "patience",
        "Patience is what owners should learn",
        "Owners who worry about every dollar know that patience wins, and the small charges"
        " of today are the broad ones of next year.",
        3,
        "https://review.example/opinion/2021/07/01/patient-prosecutors/",
    ),
)


def test_the_cues_read_address_title_and_lead() -> None:
    dated = "The council voted on Tuesday to close the bridge."
    assert genre_of(article("a", "Bridge closes", dated, url="https://x.test/opinion/bridge")) == (
        OPINION | DESK  # an opinion desk's address: an essay too
    )
    assert genre_of(article("b", "Should the bridge close?", dated)) == OPINION
    assert genre_of(article("c", "Council closes the bridge", dated)) == NEWS
    assert genre_of(article("d", "Council closes the bridge", "The council voted.")) == OTHER
    late = " ".join(["word"] * 60) + " on Tuesday"
    assert genre_of(article("e", "Council closes the bridge", late)) == OTHER  # past the lead
    assert genres([]).dtype == np.int8


def test_an_opinion_piece_no_longer_joins_the_news_it_discusses() -> None:
    # the column scores 0.31 and 0.36 with the two reports, 0.29 with another opinion piece:
    # without the rule it joins the reports; with it (x0.7: 0.23 on average) it joins the
    # other opinion piece, in a build and in an update alike (the rare-term support off in
    # the plain case: "worry" and "dollar" are the two opinion pieces' alone, see story_rare)
    for params in (StoryParams(), StoryParams(genre_factor=1.0, rare_bonus=0.0)):
        built = StoryModel.build(CHARGES, params=params)
        updated = StoryModel.build(CHARGES[:2], params=params).update(list(CHARGES[2:]))
        for model in (built, updated):
            news, column, other = (
                model.story_of(k) for k in ("cfo-wire", "cfo-column", "patience")
            )
            assert model.story_of("cfo-paper") == news != other
            assert column == (news if params.genre_factor == 1.0 else other)


def test_group_weighs_only_opinion_news_pairs_and_never_near_copies() -> None:
    i = np.array([0, 0, 1, 2, 4], dtype=np.int64)
    j = np.array([1, 2, 2, 3, 5], dtype=np.int64)
    s = np.array([0.45, 0.4, 0.35, 0.2, 1.0], dtype=np.float32)
    genre = np.array([NEWS, NEWS, OPINION, OTHER, OPINION, NEWS], dtype=np.int8)
    params = StoryParams()
    plain = group(6, (i, j, s), params).tolist()
    assert plain[0] == plain[1] == plain[2] and plain[4] == plain[5]
    weighed = group(6, (i, j, s), params, genre).tolist()
    assert weighed[0] == weighed[1] != weighed[2]  # 0.28 / 0.245: under the threshold
    assert weighed[2] != weighed[3]  # its runner-up (0.2) is too close for an attachment
    assert weighed[4] == weighed[5]  # a near copy stays at 1.0


def test_a_page_of_briefs_is_a_digest_by_its_title() -> None:
    dated = "The council voted on Tuesday to close the bridge."
    for title in ("News in Brief", "IN BRIEF (Page 24)", "Week in pictures: 29 January"):
        assert genre_of(article("a", title, dated)) == DIGEST
    for title in ("Council closes the bridge in brief session", "Brief talks end", ""):
        assert genre_of(article("b", title, dated)) != DIGEST


def test_a_digest_no_longer_joins_the_event_it_lists() -> None:
    # 0.3 with each of two reports of one event (0.45 between them), 0.28 with each of
    # another's: the digest joins the first unweighed; at x0.7 (0.21 and 0.196 on average,
    # under the threshold and no clear first choice for an attachment) it stays alone (st65)
    i = np.array([0, 0, 1, 0, 0, 3], dtype=np.int64)
    j = np.array([1, 2, 2, 3, 4, 4], dtype=np.int64)
    s = np.array([0.3, 0.3, 0.45, 0.28, 0.28, 0.5], dtype=np.float32)
    genre = np.array([DIGEST, NEWS, NEWS, NEWS, NEWS], dtype=np.int8)
    params = StoryParams(rare_bonus=0.0)
    plain = group(5, (i, j, s), params).tolist()
    assert plain[0] == plain[1] == plain[2] != plain[3] == plain[4]
    weighed = group(5, (i, j, s), params, genre).tolist()
    assert weighed[1] == weighed[2] != weighed[0] != weighed[3]


codes = st.sampled_from([OTHER, OPINION, NEWS, DIGEST])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(codes, codes, st.floats(0.0, 1.0, width=32)), max_size=30),
    st.sampled_from([0.0, 0.5, 0.7, 1.0]),
)
def test_weigh_matches_the_rule_written_out(
    rows: list[tuple[int, int, float]], factor: float
) -> None:
    genre, (i, j, s) = pairs_of(rows, np.int8)
    got = weigh((i, j, s), genre, factor)[2]
    want = [
        np.float32(v) * np.float32(factor)
        if ({a, b} == {OPINION, NEWS} or DIGEST in (a, b)) and np.float32(v) < np.float32(0.999)
        else np.float32(v)
        for a, b, v in rows
    ]
    assert same_floats(got, want)
    assert weigh((i, j, s), None, factor)[2] is s


def test_genres_follow_articles_through_updates_and_old_models(tmp_path: Path) -> None:
    model = StoryModel.build(CHARGES[:3])
    model.save(tmp_path / "m")
    loaded = StoryModel.load(tmp_path / "m")
    updated = loaded.update([CHARGES[3]], removed={"cfo-wire"})
    assert updated.parts().arrays["genre"].tolist() == [NEWS, OPINION | DESK, OPINION | DESK]
    (tmp_path / "m" / "genre.npy").unlink()  # a model saved before genres were kept
    older = StoryModel.load(tmp_path / "m").update([CHARGES[3]])
    assert older.parts().arrays["genre"].tolist() == [OTHER, OTHER, OTHER, OPINION | DESK]


def essay_row(key: str, title: str, lead: str, filler: str, hours: int, url: str) -> StoryArticle:
    """A full text (300+ words: the lead, then one sentence 60 times) of its own outlet."""
    body = f"{lead} {' '.join([filler] * 60)}"
    return StoryArticle(key, title, body, f"Paper {key}", DAY + timedelta(hours=hours), url)


DAM = (
    essay_row(
        "wire",
        "Dam bursts above the valley town, villages flooded",
        "The dam above the valley town burst on Thursday and flooded three villages.",
        "Rescuers searched the flooded villages below the dam.",
        0,
        "https://wire.example/2021/07/01/dam-bursts/",
    ),
    essay_row(
        "paper",
        "Valley dam bursts, three villages under water",
        "Three villages lay under water on Thursday after the dam above the valley town burst.",
        "Boats carried families from the flooded villages.",
        2,
        "https://paper.example/2021/07/01/valley-dam/",
    ),
    essay_row(
        "essay",
        "What the valley dam tells us about old concrete",
        "The dam above the valley town was old concrete, and old concrete dams fail at once.",
        "Engineers warned for years that the valley dam was old and the villages exposed.",
        3,
        "https://review.example/indepth/features/2021/07/valley-dam-concrete/",
    ),
)


def test_an_essay_desks_address_flags_the_code_and_keeps_it() -> None:
    dated = "The council voted on Tuesday to close the bridge."
    for url, code in (
        ("https://www.aljazeera.com/indepth/features/2017/02/bridge-170212080547204.html", NEWS),
        ("https://www.huffingtonpost.com/someone/the-bridge_b_14718484.html", NEWS),
        ("https://www.cnn.com/2017/02/12/opinions/bridge/index.html", OPINION),
    ):
        assert genre_of(article("a", "Council closes the bridge", dated, url=url)) == code | DESK
    for url in (
        "https://www.aljazeera.com/indepth/inpictures/2017/03/bridge-170313.html",
        "https://www.cnn.com/2017/03/13/europe/bridge-explained/index.html",
        "https://www.huffingtonpost.com/2017/02/12/bridge_n_14716844.html",
        None,
    ):
        assert genre_of(article("b", "Council closes the bridge", dated, url=url)) == NEWS


def test_an_essay_no_longer_joins_the_reports_of_its_subject_in_a_build_or_an_update() -> None:
    for factor in (1.0, 0.7):
        params = StoryParams(desk_factor=factor)
        built = StoryModel.build(DAM, params=params)
        updated = StoryModel.build(DAM[:2], params=params).update([DAM[2]])
        for model in (built, updated):
            report, essay = model.story_of("wire"), model.story_of("essay")
            assert model.story_of("paper") == report
            assert (essay == report) == (factor == 1.0)


flagged = st.sampled_from([c | flag for c in (OTHER, OPINION, NEWS, DIGEST) for flag in (0, DESK)])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(flagged, flagged, st.floats(0.0, 1.0, width=32)), max_size=30),
    st.lists(st.booleans(), min_size=60, max_size=60),
    st.sampled_from([0.5, 0.7, 1.0]),
)
def test_desk_weigh_and_weigh_match_the_rules_written_out(
    rows: list[tuple[int, int, float]], long_rows: list[bool], factor: float
) -> None:
    genre, (i, j, s) = pairs_of(rows, np.int8)
    long = np.array(long_rows[: len(genre)], bool)
    got = desk_weigh((i, j, s), genre, long, factor)[2]
    want = [
        np.float32(v) * np.float32(factor)
        if (a & DESK or b & DESK)
        and bool(long[x] and long[y])
        and np.float32(v) < np.float32(0.999)
        else np.float32(v)
        for (a, b, v), x, y in zip(rows, i.tolist(), j.tolist(), strict=True)
    ]
    assert same_floats(got, want)
    assert desk_weigh((i, j, s), genre, None, factor)[2] is s
    codes_only = weigh((i, j, s), genre, factor)[2]  # the flag leaves the genre rule as it was
    plain = weigh((i, j, s), genre & 3, factor)[2]
    assert same_floats(codes_only, plain.tolist())
