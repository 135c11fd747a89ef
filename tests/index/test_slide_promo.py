"""A slideshow's share row and a newsletter's "Learn more" link closing the text are debris
(nu54 #6: HuffPost's "Share this slide: Learn more" stayed in the body and `H` kept it as a
sentence only that outlet gave); the same words inside the text stay. The oracle: the text
is made of article sentences and a promo, each known."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.slide_promo import slide_promo_start

ARTICLE = [
    "Kim Jong-nam died on the way to hospital, police said.",
    '"It was a very dangerous chemical," Mr Khalid told reporters.',
    "Seven North Koreans are being sought, including a diplomat.",
    "The airport will be decontaminated, the authorities said.?",
    '"That\'s the problem."',
    "Officials want to learn more about the attack.",
]
PROMOS = [
    "",
    "How will Trump's first 100 days impact you?",
    "The truth is stranger than fiction. Step into the world of weird news.",
    'Don"t miss out "?be the first to know all the latest and breaking news.',
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(ARTICLE), min_size=1, max_size=5),
    st.sampled_from(PROMOS),
    st.sampled_from(["Share this slide: ", ""]),
    st.sampled_from([" ", ""]),
)
def test_the_closing_promo_leaves_and_the_text_stays(
    sentences: list[str], promo: str, slide: str, space: str
) -> None:
    article = " ".join(sentences)
    tail = f"{slide}{promo} Learn more".replace("  ", " ").strip()
    if not slide and promo:
        tail = "Learn more"  # a bare link: the promo sentence before it is kept as text
        article = f"{article} {promo}"
    joiner = space if slide else " "
    result = extract(f"{article}{joiner}{tail}\n", known={"title": "Kim Jong-nam"})
    assert result.body.strip() == article.strip()
    assert any(tail in cut for cut in result.removed)


@given(st.lists(st.sampled_from(ARTICLE), min_size=1, max_size=4), st.sampled_from(ARTICLE))
def test_the_words_inside_the_text_stay(before: list[str], after: str) -> None:
    text = f"{' '.join(before)} Share this slide: Learn more about it here. {after}"
    assert slide_promo_start(text) is None
    assert slide_promo_start(f"{' '.join(before)} Share this slide: a caption.") is None


def test_a_link_after_a_word_is_no_link() -> None:
    assert slide_promo_start("The course lets you learn more") is None
    assert slide_promo_start("#standforrights2017 Learn more") is None


def test_the_huffpost_record() -> None:
    """The newsarticles record of the Kim Jong-nam VX story (2017-02-24) ends so."""
    text = "KUALA LUMPUR, Feb 24 (Reuters) - Police said it was VX. Share this slide: Learn more\n"
    result = extract(text, known={"title": "Nerve agent"})
    assert "Share this slide" not in result.body and "Learn more" not in result.body
    assert "Share this slide: Learn more" in result.removed
