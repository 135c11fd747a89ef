"""AJ's teasers whose headline ran into a sentence opening on a word cl43's list lacked ("...
the face of Europe Once a front-runner, Fillon": nu65 #9, "Europe Once" read as a name) or on
a name after a headline ending in a quotation ("... 'violates rights and dignity' Trump is").
Oracle: the text is made of known article sentences and known teasers; the teaser goes whole
and the article's words all stay."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract

HEADLINES = [
    "Why the French elections will change the face of Europe",
    "Kim Jong-nam attack reveals true nature of North Korea",
    "Trump slaps new sanctions on Iran over missile test",
]
OPENING = [
    "Once a front-runner, Fillon has seen his popularity drop.",
    "Another legislator, Kim Byeong-ki, cited the agency.",
    "Two weeks ago, the adviser was fired.",
    "Nine months later, Mattis returned to the capital.",
    "Throughout his life, Edhi emphasised the humanitarian.",
]
QUOTED = [
    "Israeli settlement law 'violates rights and dignity'",
    "US embassy relocation to Jerusalem 'a war crime'",
    "Jeff Sessions 'did not reveal Russia envoy meetings'",
]
NAMED = [
    "Trump is more sympathetic to the settlers than his predecessors.",
    "Barkan and Ariel West are built on confiscated land.",
    "Relocating the embassy would violate international law.",
]
PLAIN = [
    "Distrust and anger at the country's bungling banks",
    "Hamas blames Israel after the assassination",
    "Four Indonesians richer than poorest 100 million",
]
NAMES = [
    "Rato, who was IMF chief, denied it.",
    "Faqha, 38, was a senior official.",
    "Widodo has pledged to improve their lives.",
    "Abdel Rahman said the raids went on.",
    "Kathrada was sentenced to life imprisonment.",
]
BEFORE = ["The army said the raids went on.", "Polls suggest Macron will win."]


def _clean(text: str) -> tuple[str, tuple[str, ...]]:
    found = extract(text, known={"title": "A given title", "source": "Al Jazeera"})
    return found.body, found.removed


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(BEFORE),
    st.one_of(
        st.tuples(st.sampled_from(HEADLINES), st.sampled_from(OPENING)),
        st.tuples(st.sampled_from(QUOTED), st.sampled_from(NAMED)),
        st.tuples(st.sampled_from(PLAIN), st.sampled_from(NAMES)),
    ),
)
def test_the_teaser_goes_and_the_article_stays(before: str, pair: tuple[str, str]) -> None:
    headline, opening = pair
    body, removed = _clean(f"{before} READ MORE: {headline} {opening}")
    assert body == f"{before} {opening}"
    assert f"READ MORE: {headline}" in removed


def test_a_quoted_word_inside_a_headline_is_not_its_end() -> None:
    """A later sentence opener wins over a quotation inside the headline (na-3482)."""
    text = (
        "It fell. READ MORE: US-backed forces 'capture' Tabqa airbase from ISIL The dam was held."
    )
    body, removed = _clean(text)
    assert body == "It fell. The dam was held."
    assert "READ MORE: US-backed forces 'capture' Tabqa airbase from ISIL" in removed


def test_a_name_inside_the_next_sentence_is_no_end() -> None:
    """A name after a role, a preposition or "whether", a day's name and "I" open no sentence:
    such a teaser is left whole (its end is not known)."""
    for text in (
        "It fell. READ MORE: Movement on the rise in Germany Ingolstadt police spokesman Hans "
        "Kammerer said seven were suspects.",
        "It fell. READ MORE: Syria hanged 13,000 in prison - Amnesty Syria's main body approved, "
        "on Sunday, a new delegation.",
        "It fell. READ MORE: Imam calls for green jihad I asked Babacar whether I had heard.",
        "It fell. READ MORE: BJP sees gains Observers questioned whether Adityanath would go.",
    ):
        body, removed = _clean(text)
        assert body == text
        assert removed == ()
