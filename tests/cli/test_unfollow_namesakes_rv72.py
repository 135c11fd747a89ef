"""`unfollow`'s beginning of an id does not reach a namesake: a story named after the same
first article as another is that id and "-2" (`story_id`), another story (rv72: with
s…ff-2 followed and s…ff not, `unfollow s…ff` stopped following s…ff-2)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.cli.following import followed_named

DIGESTS = st.text("0af", min_size=2, max_size=3).map(lambda d: f"s{d}")
"""Story ids' first part, short so that they share beginnings (the real ones: 12 hex)."""
IDS = st.builds(lambda d, n: d if n < 2 else f"{d}-{n}", DIGESTS, st.integers(1, 12))


def oracle(followed: set[str], form: str) -> tuple[str, ...]:
    """An id is named by itself, else by a beginning of its first part (then of the rest)."""
    if form in followed or not form:
        return (form,) if form else ()
    named = []
    for story in followed:
        first = story.partition("-")[0]
        within_first = first.startswith(form) and form != first
        within_rest = form.startswith(first + "-") and story.startswith(form)
        if within_first or within_rest:
            named.append(story)
    return tuple(sorted(named))


@given(st.sets(IDS, max_size=8), st.one_of(IDS, st.text("s0af-12", max_size=6)))
def test_a_form_names_the_ids_it_begins_but_not_their_namesakes(
    followed: set[str], form: str
) -> None:
    assert followed_named(followed, form) == oracle(followed, form)


def test_a_whole_id_that_is_not_followed_is_not_its_namesake() -> None:
    story = "s4f97c7ac91ff"
    assert followed_named({f"{story}-2"}, story) == ()  # "not followed", exit 3
    assert followed_named({f"{story}-2"}, "s4f97") == (f"{story}-2",)
    assert followed_named({story, f"{story}-2"}, "s4f97") == (story, f"{story}-2")
    assert followed_named({f"{story}-2", f"{story}-12"}, f"{story}-") == (
        f"{story}-12",
        f"{story}-2",
    )
