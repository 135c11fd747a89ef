"""`r` related said "same day; us" (nu74's walkthrough): "us" is no stop word of the story
model (it is the stem of "US" too), and a title's "US" made it a shared word worth showing.
A shared word shown is never a stop word or a pronoun, however the texts write it.

Oracle for the generated case: words put in both texts as names and title words are shown
exactly when they are neither a stop word nor a pronoun."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_view import telling_terms
from index.analysis.words import PRONOUN_FORMS, STOPWORDS
from index.library import Library
from index.models import Article
from tests.conftest import write_corpus

NOT_TELLING = sorted(STOPWORDS | PRONOUN_FORMS)

STRIKE = (
    "US Reprisal Airstrike Hits Kabul Planner\nBy Al Ash, North Post\nAugust 28, 2021\n\n"
    "The US military said a drone strike in Nangarhar killed a planner of the Kabul airport "
    'bombing. Officials told us the Pentagon expects more strikes. "Let us be clear," the '
    "Pentagon spokesman said of the drone strike.\n"
)
FOLLOW = (
    "US Drone Strike Kills Kabul Airport Bombing Planner\nBy Cy Dee, South Times\n"
    "August 28, 2021\n\n"
    "A US drone strike in Nangarhar province killed a planner of the Kabul airport bombing, "
    'the Pentagon said. "They told us it was a precise strike," a resident of Nangarhar '
    "said. The US has vowed to hunt those behind the bombing.\n"
)
OTHER = (
    "Harvest Festival Opens in Valley Town\nBy Ed Fox, West Star\nAugust 28, 2021\n\n"
    "Farmers brought pumpkins and apples to the valley's harvest festival on Saturday.\n"
)


def test_a_title_s_us_is_no_reason(tmp_path: Path) -> None:
    corpus = write_corpus(
        tmp_path / "corpus", {"strike.txt": STRIKE, "follow.txt": FOLLOW, "other.txt": OTHER}
    )
    library = Library.open(corpus, tmp_path / "index")
    related = {r.id: r for r in library.related("strike.txt")}
    follow = related["follow.txt"]
    assert follow.shared_terms, follow  # the telling words stay ("kabul", "drone", ...)
    assert not set(follow.shared_terms) & (STOPWORDS | PRONOUN_FORMS), follow.shared_terms
    assert "us" not in follow.reasons.replace("; ", ", ").split(", "), follow.reasons


def article(title: str, body: str) -> Article:
    return Article("a", "a.txt", title, False, "Reuters", None, None, None, body)


WORD = st.text("bcdfghjklmnprstvz", min_size=5, max_size=8).map(lambda w: w + "ia")


@settings(max_examples=100, deadline=None)
@given(
    terms=st.lists(st.one_of(WORD, st.sampled_from(NOT_TELLING)), max_size=8, unique=True),
    shouted=st.booleans(),
)
def test_stop_words_and_pronouns_are_never_shown(terms: list[str], shouted: bool) -> None:
    written = [t.upper() if shouted else t.capitalize() for t in terms]
    one = article("NEWS " + " ".join(written), "the report said.")
    two = article("X " + " ".join(written), " ".join(f"officials in {w} met." for w in written))
    expected = tuple(t for t in terms if t not in STOPWORDS | PRONOUN_FORMS)
    assert telling_terms(tuple(terms), one, two) == expected
