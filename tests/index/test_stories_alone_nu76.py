"""The articles in no story (nu74: the list said "11 stories" while 10 of 42 articles were in
none): `alone_count` against an article-by-article oracle, and the library's count against
`story_of` over every article of an index."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from index.library import Library
from index.models import Story
from index.stories_alone import alone_count
from tests.story_corpus import CORPUS, OTHERS, write_corpus


def story(ids: list[str]) -> Story:
    return Story("s0", "t", tuple(ids), (), ids[0] if ids else "", None, None)


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[str], dict[str, str], list[list[str]]]:
    """Ids, copies (a copy's original is no copy) and stories drawn from the ids."""
    ids = [f"a{k}" for k in range(draw(st.integers(0, 12)))]
    copies: dict[str, str] = {}
    for at, article in enumerate(ids):
        originals = [i for i in ids[:at] if i not in copies]  # earlier: none becomes a copy
        if originals and draw(st.booleans()):
            copies[article] = draw(st.sampled_from(originals))
    chosen = st.lists(st.sampled_from(ids), min_size=1, unique=True) if ids else st.just([])
    return ids, copies, draw(st.lists(chosen, max_size=5))


@given(corpora())
def test_alone_count_agrees_with_each_article_asked_alone(
    drawn: tuple[list[str], dict[str, str], list[list[str]]],
) -> None:
    ids, copies, stories = drawn
    in_stories = {i for s in stories for i in s}
    originals = [i for i in ids if i not in copies]

    def alone(original: str) -> bool:  # neither it nor a copy of its text in a story
        texts = [original] + [c for c, o in copies.items() if o == original]
        return not any(t in in_stories for t in texts)

    expected = sum(alone(i) for i in originals)
    assert alone_count(map(story, stories), copies, len(originals)) == expected


def test_the_library_counts_those_story_of_finds_in_none(tmp_path: Path) -> None:
    # an exact copy (same outlet, same text) of an article alone, and of one in a story
    frost, first = OTHERS[1], CORPUS[0]
    again = [replace(frost, id="frost-again"), replace(first, id=f"{first.id}-again")]
    write_corpus(tmp_path / "news" / "news.jsonl", [*CORPUS, *again])
    with Library.open(tmp_path / "news", tmp_path / "index") as library:
        copies = library.copies()
        assert set(copies) == {"frost-again", f"{first.id}-again"}, copies
        texts = [a.id for a in library.articles() if a.id not in copies]
        none = [i for i in texts if library.story_of(i) is None]
        assert sorted(none) == ["budget", "frost"]
        assert library.articles_alone(library.stories()) == len(none)
        assert library.articles_alone([]) == library.article_count() == len(texts)
