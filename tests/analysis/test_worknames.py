"""Names compare no longer lists (nu37 #6, nu36 #10): a role's words before a lower-case
role noun ("California Fire Incident commander"), and the words of a work's title in
quotes ("Chained to the Rhythm")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.multicompare import Document, compare_many

OTHER = "Officials met on Monday to talk about the dam. The river rose again overnight."


def _only_in(*bodies: str) -> list[list[str]]:
    docs = [Document(f"a{k}", f"t{k}", None, None, b) for k, b in enumerate(bodies)]
    return [[e.name for e in o.names] for o in compare_many(docs).only_in]


def test_a_role_word_before_a_role_noun_is_no_name() -> None:
    text = (
        "Helicopters dropped rocks on Monday. California Fire Incident commander, Kevin "
        "Lawson, said officials stood by the decision."
    )
    names = _only_in(text, OTHER)[0]
    assert not any("Incident" in n for n in names), names
    assert "Kevin Lawson" in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Butte County sheriff Kory Honea spoke first.", "Butte County"),
        ("Goldman Sachs chief economist Jan Hatzius spoke next.", "Goldman Sachs"),
        ("Associated Press reporter Mike Balsamo filmed it.", "Associated Press"),
        ("A White House spokesman said nothing.", "White House"),
    ],
)
def test_a_body_place_or_outlet_before_a_role_noun_stays(sentence: str, name: str) -> None:
    assert name in _only_in(f"The dam held. {sentence}", OTHER)[0]


def test_song_words_in_quotes_are_no_names() -> None:
    text = (
        'Katy Perry sang her new song, "Chained to the Rhythm," at the show. Adele won with '
        'her megahit "Hello." Then Prince played his hit "Let\'s Go Crazy."'
    )
    names = _only_in(text, OTHER)[0]
    for word in ("Chained", "Rhythm", "Hello", "Go Crazy"):
        assert word not in names, (word, names)
    assert "Katy Perry" in names


def test_a_name_in_a_title_and_outside_it_stays() -> None:
    text = (
        "Sana Imitiyaz Hussani bakes cakes. Her apron said “Sweet Temptations by Sana "
        "Imitiyaz.” Sana started the business in May."
    )
    names = _only_in(text, OTHER)[0]
    assert any(n.startswith("Sana") for n in names), names


TITLE_WORDS = ["Chained", "Rhythm", "Midnight", "River", "Heart", "Glass", "Summer", "Road"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(TITLE_WORDS), min_size=2, max_size=4, unique=True),
    st.sampled_from(["to the", "of", "in the", "and"]),
    st.sampled_from(["song", "album", "film", "single"]),
)
def test_a_works_title_gives_no_name(words: list[str], small: str, noun: str) -> None:
    """Oracle: the title's words appear nowhere else, so none of them is a name here."""
    title = f"{words[0]} {small} {' '.join(words[1:])}"
    text = f'Jane Okafor released the {noun} "{title}," on Friday. The crowd cheered.'
    names = _only_in(text, OTHER)[0]
    assert not any(w in n for n in names for w in words), names
    assert "Jane Okafor" in names
