"""`related` reads what articles say, not their addresses (nu31 #2): a BBC section in the
address ("world-us-canada-38897507") made unrelated BBC articles alike, listed "canada" as
a word they share, and ranked them above the story's follow-ups."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.vectors import slug_words_in
from index.analysis.words import stem
from index.models import RelatedArticle

DAY = datetime(2017, 2, 7, 12)
BBC = "http://www.bbc.co.uk/news/world-us-canada-{}"


def article(key: str, title: str, body: str, days: float, url: str | None = None) -> StoryArticle:
    return StoryArticle(key, title, body, f"Outlet {key}", DAY + timedelta(days=days), url)


CORPUS = (
    article(
        "devos",
        "Education nominee Betsy DeVos wins Senate confirmation",
        "Betsy DeVos was confirmed as education secretary after Vice President Mike Pence "
        "cast a tie-breaking vote in the Senate.",
        0,
        BBC.format(38897507),
    ),
    article(
        "sessions",
        "Attorney General Jeff Sessions: End migrant lawlessness",
        "Jeff Sessions was sworn in as attorney general and vowed to end lawlessness at the "
        "southern border with new orders on migrants.",
        2,
        BBC.format(38923511),
    ),
    article(
        "donation",
        "Trump presidency: Opponents boosted by rage donation",
        "Civil liberty groups report a surge of rage donations from opponents of President "
        "Trump since the inauguration.",
        2,
        BBC.format(38909322),
    ),
    article(
        "follow-up",
        "Education Secretary Betsy DeVos visits a public school",
        "Protesters blocked Betsy DeVos at a public school in Washington days after her "
        "confirmation as education secretary.",
        3,
    ),
    article(
        "slams",
        "Education Secretary DeVos slams teachers unions",
        "Betsy DeVos criticised teachers unions in her first weeks as education secretary, "
        "after a narrow Senate confirmation.",
        16,
    ),
)


def test_a_section_in_the_address_is_no_shared_word() -> None:
    rows = StoryModel.build(CORPUS).related("devos", 10)
    assert [r.id for r in rows][:2] == ["follow-up", "slams"]
    assert not any("canada" in r.shared_terms for r in rows)
    assert {r.id for r in rows} <= {"follow-up", "slams"}  # the BBC pieces share nothing


def test_a_row_sharing_no_heavy_word_says_so() -> None:
    """nu31 #2: a row sharing no word of the list's was listed "same day" alone."""
    row = RelatedArticle("b", "B", None, DAY, 0.02, False, (), False, True, 0.03, 0)
    assert row.reasons == "shared common words only; same day"  # sm32: plainly
    mate = RelatedArticle("b", "B", None, DAY, 0.3, True, (), False, True, 0.3, 0)
    assert mate.reasons == "same story; same day"


def test_a_headline_slug_keeps_the_words_the_text_has() -> None:
    url = "https://www.cnn.com/2021/10/18/politics/qualified-immunity-supreme-court/index.html"
    text = "Supreme Court sides with police in qualified immunity cases"
    assert slug_words_in(url, text) == "qualified immunity supreme court"
    assert slug_words_in(BBC.format(38897507), "Betsy DeVos wins Senate vote") == ""
    # a section path is no slug even where the text names its words (stories 11, sl31)
    assert slug_words_in(BBC.format(38897507), "Canada's prime minister") == ""


WORDS = ("kabul", "airport", "troops", "budget", "senate", "flood", "dam", "vote", "canada")
SECTIONS = (
    "world-us-canada",
    "uk-politics",
    "world-asia-flood",
    "kabul-airport-troops-vote",
    "senate-budget-vote-canada-flood",
)
"""Section paths (no slug since stories 11) and headline slugs of 4+ words."""


def stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[^\W_]+", text.lower())}


@st.composite
def corpora(draw: st.DrawFn) -> tuple[StoryArticle, ...]:
    """A few articles of a few words, some with an address whose slug says other words."""
    out = []
    for k in range(draw(st.integers(2, 8))):
        title = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
        body = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=12))
        slug = draw(st.none() | st.sampled_from(SECTIONS))
        url = None if slug is None else f"http://news.example/{slug}-{38000000 + k}"
        day = draw(st.floats(0, 10))
        out.append(article(f"a{k}", " ".join(title), " ".join(body), day, url))
    return tuple(out)


@settings(max_examples=40, deadline=None)
@given(corpora(), st.data())
def test_every_shared_word_is_in_both_texts(
    corpus: tuple[StoryArticle, ...], data: st.DataObject
) -> None:
    """An oracle: a word `related` says two articles share is in both their texts (title
    and body), whatever their addresses say."""
    model = StoryModel.build(corpus)
    key = data.draw(st.sampled_from([a.id for a in corpus]))
    text = {a.id: f"{a.title} {a.body}" for a in corpus}
    for row in model.related(key, 10):
        for term in row.shared_terms:
            assert stem(term) in stems(text[key]) & stems(text[row.id]), (term, row)
