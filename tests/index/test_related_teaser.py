"""A related article's teaser run into a paragraph ("READ MORE: <headline>", DW's "You may
be interested in reading this: <headline>") leaves the body and is shown as removed (cl43,
st54's finding: na-0269 joined na-0278's story by such a headline). The oracle: the text is
made of article sentences and teasers, each known; the article's own words all stay, and a
paragraph with no teaser's marker is never touched."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.facts import BODY
from index.text.related_teaser import cut_teasers, teaser_spans

SENTENCES = [
    "The chancellor's trip is an in-kind gesture after last year's visit.",
    "But rejection isn't only something minorities experience.",
    '"This is the first time the supreme leader has spoken," she said.',
    "Last year, more than 600,000 refugees left Pakistan to return home.",
    "Abdel Rahman said the raids were probably carried out by fighter jets.",
    "Read more than 300 pages, the judge said the file was incomplete.",
    "Related charges were dropped last year, police said.",
    "Watch the river rise, the mayor told residents on Monday.",
    "Officials want to read more about the attack?",
    "It was, he said, a READ MORE moment for the council.",
]
"""Article sentences, some holding a marker's words without its colon, none a teaser."""
OPENING = [s for s in SENTENCES if s.split()[0].strip('"') in ("The", "But", "Last", "This")]
"""Sentences that open on a word a headline in sentence case never holds mid-way."""
MARKERS = [
    "READ MORE: ",
    "You may be interested in reading this: ",
    "You might be interested in reading this: ",
    "ALSO READ - ",
    "Related: ",
    "RELATED: ",
    "WATCH: ",
]
HEADLINES = [
    "Merkel officially nominated as candidate for Chancellor",
    "Idlib's rebel split - A crossroads for Syrian opposition",
    "Israeli settlement law 'violates rights and dignity'",
    "What is wrong with Trump's immigration ban?",
    "Part of the neighbourhood: Syrian refugees in Amsterdam",
    "9 things we learned from the Comey hearing",
]


def _clean(text: str) -> tuple[str, tuple[str, ...]]:
    found = extract(text, known={"title": "A given title", "source": "Al Jazeera"})
    return found.body, found.removed


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
    st.sampled_from(MARKERS),
    st.sampled_from(HEADLINES),
    st.sampled_from(OPENING),
    st.lists(st.sampled_from(SENTENCES), max_size=3),
)
@example(
    [SENTENCES[4]],
    "You may be interested in reading this: ",
    HEADLINES[0],
    OPENING[0],
    [],
)
def test_a_run_in_teaser_leaves_and_the_article_stays(
    before: list[str], marker: str, headline: str, opening: str, after: list[str]
) -> None:
    article = [*before, opening, *after]
    teaser = marker + headline
    body, removed = _clean(" ".join([*before, teaser, opening, *after]))
    assert body == " ".join(article)
    assert teaser.strip() in removed


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES + HEADLINES), min_size=1, max_size=6))
def test_a_paragraph_without_a_marker_is_never_cut(parts: list[str]) -> None:
    line = " ".join(parts)
    lines, role = [line], [BODY]
    assert cut_teasers(lines, role) == []
    assert lines == [line]
    assert teaser_spans(line) == []


def test_a_teaser_closing_the_paragraph_goes() -> None:
    body, removed = _clean(f"{SENTENCES[0]} READ MORE: {HEADLINES[1]}")
    assert body == SENTENCES[0]
    assert f"READ MORE: {HEADLINES[1]}" in removed


def test_a_headline_whose_end_is_not_found_is_left() -> None:
    """A headline ending on a name before the next sentence's name: no cut (the article's
    own words must not go with it)."""
    text = (
        "The raids were focused on Bavaria. You might be interested in reading this: "
        "Movement on the rise in Germany Ingolstadt police spokesman Hans Kammerer said "
        "seven of the 16 persons were suspects."
    )
    body, removed = _clean(text)
    assert body == text
    assert not any("interested in reading" in cut for cut in removed)


def test_a_teaser_line_of_its_own_is_the_line_rules() -> None:
    body, removed = _clean(f"{SENTENCES[0]}\n\nREAD MORE: {HEADLINES[0]}\n\n{SENTENCES[1]}")
    assert body == f"{SENTENCES[0]}\n\n{SENTENCES[1]}"
    assert f"READ MORE: {HEADLINES[0]}" in removed


def test_after_a_lost_characters_dash() -> None:
    """ "said.- READ MORE: ..." (the page's mark for a lost character after the stop)."""
    body, removed = _clean(f"The army said.- READ MORE: {HEADLINES[2]} {OPENING[0]}")
    assert body == f"The army said.- {OPENING[0]}"
    assert f"READ MORE: {HEADLINES[2]}" in removed


def test_a_quotation_inside_the_next_sentence_stays() -> None:
    """A quote mark opening on a small letter is inside a sentence, and an interview's
    question past 12 words is no headline's "?": both stay."""
    text = (
        "He spoke. WATCH: My Nigeria - Trash Talking- Al Jazeera:-What makes your character,"
        " the anchorman of the show, tick? Parker: It feels like that."
    )
    body, removed = _clean(text)
    assert body == text
    assert removed == ()
    # the headline's end is found since cl47 (a name and "said" open the next sentence): only
    # the headline goes, the quotation stays
    body, removed = _clean(
        "He spoke. READ MORE: Ahmed Kathrada: Humble and fearless Page said tension between"
        ' them "stemmed from the fact" that they disagreed.'
    )
    assert (
        body
        == 'He spoke. Page said tension between them "stemmed from the fact" that they disagreed.'
    )
    assert removed == ("READ MORE: Ahmed Kathrada: Humble and fearless",)


NAMED = [
    "Abdel Rahman told The Associated Press that the raids went on.",
    "Hamdan Ali said in The Hague that the court would rule.",
    'Hamdan Ali told reporters "We are ready to talk" on Monday.',
    "Mustafa Kemal, according to The New York Times, fled the city.",
    "Ingolstadt police said a man was arrested by The Guardian's account.",
    "Syrian forces took the town from The rebels' hold overnight.",
]
"""Article sentences opening on a name (no sentence opener), each holding a capitalised
opener word or a quotation mid-sentence ("told The Associated Press", 'said "We ...'):
where a headline ends before such a sentence is not known (rv63)."""


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3),
    st.sampled_from(MARKERS),
    st.sampled_from(HEADLINES),
    st.sampled_from(NAMED),
    st.lists(st.sampled_from(SENTENCES), max_size=2),
)
@example([SENTENCES[0]], "READ MORE: ", HEADLINES[0], NAMED[0], [])
def test_a_mid_sentence_opener_eats_no_article_words(
    before: list[str], marker: str, headline: str, named: str, after: list[str]
) -> None:
    """The sentence after a headline opens on a name and holds "The" or a quotation later
    on: the teaser is left whole in the body (its end is not known), never cut through the
    article's sentence (rv63: "Abdel Rahman told" went with the headline)."""
    body, removed = _clean(" ".join([*before, marker + headline, named, *after]))
    for sentence in [*before, named, *after]:
        assert sentence in body
    assert not any(named.split()[0] in cut for cut in removed)


def test_the_messy_scorer_says_the_paragraphs_it_kept_less_a_teaser() -> None:
    """The messy set's scorer compares a paragraph less its teasers, found by the rule under
    test (cl43): it cannot see a cut through the article's words, so it lists each such
    paragraph (rv63) rather than count it kept silently."""
    from datetime import datetime

    from tests.messy.generate import ARTICLE, Case, Line
    from tests.messy.score import Score

    paragraph = " ".join([SENTENCES[4], "READ MORE: " + HEADLINES[0], OPENING[0]])
    case = Case(
        "c1", "r1", "plain", (Line(paragraph, ARTICLE),), "\n\n", None, None, frozenset(),
        datetime(2017, 2, 7), None, None,
    )  # fmt: skip
    score = Score()
    score.add(case, extract(case.text))
    assert score.article_removed == 0
    assert len(score.teaser_cuts) == 1 and score.teaser_cuts[0].startswith("c1 ")
    assert "counted kept less a related teaser" in score.table()
