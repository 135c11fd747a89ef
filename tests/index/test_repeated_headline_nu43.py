"""A page's own headline over its text, under a given title worded apart, leaves the body
(nu43 #8: an Atom entry's title with "& more" kept the page's h1 as the first paragraph,
and the list showed the headline twice); a first paragraph sharing the title's words but
written as a sentence stays.

The generator writes the headline, the form the given title takes of it (the oracle: a
repeat or not) and the text; extraction must drop the first line exactly when it wrote
a repeat.
"""

from __future__ import annotations

import html

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.headline_match import same_headline

WORDS = ["Korea", "declares", "missile", "test", "success", "school", "budget", "vote"]
SMALL = ["in", "of", "after", "over", "the"]
LEDE = (
    "The government said on Monday that the test had gone as planned and that more were "
    "expected later in the year, officials told reporters in the capital."
)
REPEATS = ["exact", "tail", "tag", "line tag", "shortened", "cut", "entities", "curly"]
SENTENCES = ["said", "sentence"]


def _headline(words: list[str], small: list[str], stop: bool) -> str:
    parts = [words[0].capitalize()]
    for k, word in enumerate(words[1:]):
        parts += [small[k % len(small)], word] if k % 2 else [word]
    return " ".join(parts) + (". Think again." if stop else " 'success'")


def _given_and_line(headline: str, form: str) -> tuple[str, str]:
    """The title given beside the text and the text's first line, for each form."""
    words = headline.split()
    if form == "exact":
        return headline, headline
    if form == "tail":
        return headline + " &amp; more — “quoted” é", headline
    if form == "tag":
        return "UPDATED: " + headline, headline
    if form == "line tag":
        return headline, "BREAKING: " + headline
    if form == "shortened":
        return " ".join(words[: max(3, (len(words) + 1) // 2 + 1)]), headline
    if form == "cut":
        keep = max(4, len(words) - 1)
        return " ".join([*words[: keep - 1], words[keep - 1][:-2]]) + "…", headline
    if form == "entities":
        return headline, html.escape(headline).replace("&#x27;", "&#8217;")
    if form == "curly":
        return headline, headline.replace("'", "’")
    if form == "said":
        return headline, f"{headline}, police said."
    return headline, f"Officials said that {headline[0].lower()}{headline[1:]} on Monday."


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=4, max_size=7, unique=True),
    small=st.lists(st.sampled_from(SMALL), min_size=1, max_size=3),
    form=st.sampled_from(REPEATS + SENTENCES),
    stop=st.booleans(),
)
@example(words=["Korea", "declares", "missile", "test"], small=["in"], form="tail", stop=False)
def test_the_first_line_goes_when_it_is_the_given_title_again(
    words: list[str], small: list[str], form: str, stop: bool
) -> None:
    """A headline ending in a full stop ("... Think again.") goes only when its words are
    the title's, or held in it: with more words than the title (a tag, a title cut short)
    it may be a sentence."""
    headline = _headline(words, small, stop)
    title, line = _given_and_line(headline, form)
    found = extract(f"{line}\n\n{LEDE}\n\nA second paragraph.", known={"title": title})
    assert found.title == title  # the given title is kept, whatever the line says
    if form in REPEATS and not (stop and form in ("line tag", "shortened", "cut")):
        assert found.body.startswith(LEDE), (title, line, found.body[:80])
    else:
        assert found.body.startswith(line), (title, line, found.body[:80])


@given(
    words=st.lists(st.sampled_from(WORDS), min_size=4, max_size=7, unique=True),
    other=st.lists(st.sampled_from(WORDS), min_size=4, max_size=7, unique=True),
)
def test_another_headline_is_not_the_title(words: list[str], other: list[str]) -> None:
    """Two headlines are one when one holds the other, in order, in half its words or more,
    or they are spelled nearly alike; other words, or the same in another order, are not."""
    assert same_headline(" ".join(words), " ".join(other)) == _close(words, other)


def _close(one: list[str], two: list[str]) -> bool:
    """One list holds the other in order, in half its length or more (a repeat by design)."""
    short, long = sorted((one, two), key=len)
    held = any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))
    return (held and 2 * len(short) >= len(long)) or _near(one, two)


def _near(one: list[str], two: list[str]) -> bool:
    from rapidfuzz import fuzz

    return bool(fuzz.ratio(" ".join(one).casefold(), " ".join(two).casefold()) >= 90)


def test_the_feed_entry_of_nu43() -> None:
    """The walkthrough's case: the h1 under the Atom entry's longer title."""
    title = "N Korea declares ballistic missile test 'success' & more — “quoted” é"
    text = "N Korea declares ballistic missile test 'success'\n\n" + LEDE
    found = extract(text, known={"title": title})
    assert found.title == title
    assert found.body == LEDE
