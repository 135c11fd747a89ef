"""nu57 #5: story titles in the update's news were cut inside a word ("'PRODUCER SPLIT
HEATS UP COFFEE QUOTA TA …'"); the README's example cuts after one ("'Gunman kills ten at
…'"). The oracle: a title made of known words; the cut one is its most first words that fit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.followed_lines import short_title

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ,'-"
WORD = st.text(st.sampled_from(LETTERS), min_size=1, max_size=30)


@given(st.lists(WORD, min_size=1, max_size=15), st.integers(8, 80))
def test_a_long_title_is_cut_after_a_whole_word(words: list[str], most: int) -> None:
    title = " ".join(words)
    said = short_title(title, most)
    assert len(said) <= most
    if len(title) <= most:
        assert said == title
        return
    assert said.endswith(" …")
    fits = [n for n in range(1, len(words)) if len(" ".join(words[:n])) <= most - 2]
    whole = " ".join(words[: max(fits)]).rstrip(" ,;:-") if fits else ""
    # a first word longer than the room (or only marks) is cut inside
    assert said.removesuffix(" …") == (whole or title[: most - 2].rstrip())


def test_the_title_nu57_saw() -> None:
    title = "PRODUCER SPLIT HEATS UP COFFEE QUOTA TALKS AT LONDON MEETING"
    assert short_title(title) == "PRODUCER SPLIT HEATS UP COFFEE QUOTA …"
    assert short_title("Boulder supermarket gunman kills ten, police say") == (
        "Boulder supermarket gunman kills ten …"
    )
