"""A prefix finds exactly the words it begins, read from the segments' lists (px34, rv34 #1).

The oracle, over generated corpora in several segments, some deleted from, some merged:
``p*`` finds the live articles with a stem that starts with p, or that is the stem of a
word (as the analyzer yields it before stemming) beginning with p in a live article (a
deleted article's words leave the lists: rv36 #3, px37). Computed here from the
analyzers, not from the lists. Also: a merge lists the union of the live articles' words,
a real rebuild and update write and keep the lists, and an index without them falls back
to sp33's guessed endings.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.search.limits import QueryError
from index.search.prefixes import ending_stems, listed_stems, prefix_stems
from index.search.starred import MAX_VARIANTS
from index.store.schema import make_schema, make_words_analyzer, stem
from index.store.words import WORDS_EXTENSION, segment_words
from index.store.words_writer import WordsWriter
from tests.ramstore import PrivateRamStorage
from tests.search.test_prefix_endings import build, hits, texts


def _words(text: str) -> set[str]:
    return {token.text for token in make_words_analyzer()(text, mode="index")}


def _build(found: list[tuple[str, str]], cuts: list[int], deleted: set[int], merge: bool) -> Any:
    """An index of the (title, body) pairs, a segment per slice between ``cuts``; then the
    ``deleted`` articles deleted, and all segments merged into one if ``merge``."""
    ix = PrivateRamStorage().create_index(make_schema())
    edges = [0, *sorted(min(cut, len(found)) for cut in cuts), len(found)]
    for start, end in pairwise(edges):
        if start == end:
            continue
        writer = WordsWriter(ix)
        for number in range(start, end):
            title, body = found[number]
            writer.add_document(id=f"a{number}", title=title, body=body)
        writer.commit(merge=False)
    if deleted or merge:
        writer = WordsWriter(ix)
        for number in deleted:
            writer.delete_by_term("id", f"a{number}")
        writer.commit(optimize=merge, merge=False)
    return ix


CORPORA = st.tuples(
    st.lists(st.tuples(texts(), texts()), min_size=1, max_size=8),
    st.lists(st.integers(0, 8), max_size=2),
    st.sets(st.integers(0, 7), max_size=3),
    st.booleans(),
)
"""(articles, cuts, deleted, merge) for `_build`."""
PICKS = st.tuples(st.integers(0, 60), st.integers(0, 10), st.text(alphabet="aeiosnt", max_size=2))
"""(pick, size, more): the word picked, how much of it the prefix keeps, letters after."""

Corpus = tuple[list[tuple[str, str]], list[int], set[int], bool]


@settings(max_examples=80, deadline=None)
@given(CORPORA, PICKS, st.booleans())
def test_a_prefix_finds_the_stems_of_the_words_it_begins(
    corpus: Corpus, picks: tuple[int, int, str], in_title: bool
) -> None:
    found, cuts, deleted, merge = corpus
    pick, size, more = picks
    # size 0: the word's stem; ``more``: letters after it, a prefix that may begin no word
    # ("govern" + "o"), where a guess at the stems of the words it begins goes wrong
    written = sorted({word for pair in found for text in pair for word in _words(text)})
    if not written:
        return
    word = written[pick % len(written)]
    prefix = (word[:size] if size else stem(word)) + more
    deleted = {number for number in deleted if number < len(found)}
    ix = _build(found, cuts, deleted, merge)
    fields = (0,) if in_title else (0, 1)
    begun = {stem(word) for word in _live(found, deleted) if word.startswith(prefix)}
    wanted = set()
    for number, pair in enumerate(found):
        stems = {stem(word) for field in fields for word in _words(pair[field])}
        if number not in deleted and any(s.startswith(prefix) or s in begun for s in stems):
            wanted.add(f"a{number}")
    query = f"title:{prefix}*" if in_title else f"{prefix}*"
    assert hits(ix, query) == wanted, query


def _live(found: list[tuple[str, str]], deleted: set[int]) -> set[str]:
    """The words of the articles not deleted."""
    return {
        word
        for number, pair in enumerate(found)
        if number not in deleted
        for text in pair
        for word in _words(text)
    }


def test_a_merge_lists_the_union_of_the_merged_segments() -> None:
    found = [("Governor", "France"), ("", "governed"), ("Pope", "Francis, the government")]
    ix = _build(found, [1, 2], {1}, merge=True)
    with ix.reader() as reader:
        (leaf, _), *others = reader.leaf_readers()
        assert not others
        listed = set(segment_words(leaf) or ())
    # the deleted article's word leaves (rv36 #3): only the live articles' words are listed
    assert {"governor", "france", "pope", "francis", "government"} <= listed
    assert "governed" not in listed
    with ix.reader() as reader:
        assert listed_stems(reader, "governo") == frozenset()
        assert listed_stems(reader, "franci") == frozenset()
        # "governed" (stem "govern") was the deleted article's only: "governe*" is no stem
        assert listed_stems(reader, "governe") == frozenset()


def test_an_index_without_lists_guesses_the_endings() -> None:
    ix = PrivateRamStorage().create_index(make_schema())
    writer = ix.writer()  # a plain Whoosh writer lists nothing
    writer.add_document(id="a0", title="", body="the government")
    writer.commit()
    writer = WordsWriter(ix)
    writer.add_document(id="a1", title="", body="the governor")
    writer.commit(merge=False)
    with ix.reader() as reader:
        assert listed_stems(reader, "governo") is None
        assert prefix_stems(reader, "governo") == ending_stems("governo")
    assert hits(ix, "governo*") == {"a0", "a1"}  # sp33's guess: "governous" is "govern"
    # a merge that takes in the segment without a list writes none either
    writer = WordsWriter(ix)
    writer.commit(optimize=True)
    with ix.reader() as reader:
        assert listed_stems(reader, "governo") is None


def test_the_rv34_words_in_two_segments() -> None:
    ix = build([("Budget", "the government"), ("Race", "the governor"), ("", "France")], 1)
    assert hits(ix, "governo*") == {"a1"}
    assert hits(ix, "govern*") == {"a0", "a1"}
    assert hits(ix, "fra*") == {"a2"}


def test_a_rebuild_and_an_update_keep_a_list_per_segment(tmp_path: Path) -> None:
    from index.store.build import rebuild
    from index.store.generations import current_generation, load_manifest
    from index.store.update import update
    from tests.conftest import write_corpus

    def story(number: int, body: str) -> str:
        return f'{{"id": "a{number}", "title": "Story {number}", "body": "{body}"}}\n'

    files = {f"{n:02}.json": story(n, f"The governor spoke {n} times.") for n in range(6)}
    corpus = write_corpus(tmp_path / "corpus", files)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir)
    (corpus / "01.json").unlink()
    (corpus / "new.json").write_text(story(9, "Francis governed France."))
    update(corpus, index_dir)
    generation = current_generation(index_dir)
    assert generation is not None
    from whoosh.index import open_dir

    ix = open_dir(str(generation))
    with ix.reader() as reader:
        leaves = [leaf for leaf, _ in reader.leaf_readers()]
        names = [leaf.segment().make_filename(WORDS_EXTENSION) for leaf in leaves]
        assert listed_stems(reader, "franci") == frozenset()
        assert "francis" in {word for leaf in leaves for word in segment_words(leaf) or ()}
    ix.close()
    assert names and all((generation / name).is_file() for name in names)
    assert set(names) <= set(load_manifest(generation)["checksums"])


def test_a_prefix_lights_what_it_finds() -> None:
    from index.search.highlight import highlighter_for_text

    ix = build([("", "the government"), ("", "the governors governed")], 1)
    text = "The government thanked the governor, who governed."
    with ix.reader() as reader:
        lit = highlighter_for_text("governo*", lambda prefix: prefix_stems(reader, prefix))
        assert [text[s.start : s.end] for s in lit.spans(text)] == ["governor"]
        lit = highlighter_for_text("governe*", lambda prefix: prefix_stems(reader, prefix))
        # "governed" is "govern", as "government" is: both its forms light
        assert [text[s.start : s.end] for s in lit.spans(text)] == ["government", "governed"]


def _followed(text: str, first: str, begun: set[str]) -> bool:
    """Whether a word of ``text`` with the stem of ``first`` is followed by a word with a
    stem in ``begun`` (the generated texts are lower-case words between spaces)."""
    stems = [stem(word) for word in text.split()]
    return any(a == stem(first) and b in begun for a, b in pairwise(stems))


@settings(max_examples=80, deadline=None)
@given(CORPORA, st.integers(0, 60), PICKS, st.booleans())
def test_a_starred_word_in_a_phrase_is_each_stem_of_the_words_it_begins(
    corpus: Corpus, pick_first: int, picks: tuple[int, int, str], in_title: bool
) -> None:
    found, cuts, deleted, merge = corpus
    pick, size, more = picks
    # "w1 p*" finds the live articles where w1 is followed by a word whose stem is the
    # stem of a word of a live article that begins with p (px35; live: px37)
    written = sorted({word for pair in found for text in pair for word in _words(text)})
    # mostly two words that stand together, the prefix from the second
    together = sorted({two for pair in found for text in pair for two in pairwise(text.split())})
    if not together:
        return
    first, word = together[pick_first % len(together)]
    if pick % 4 == 0:
        word = written[pick % len(written)]
    deleted = {number for number in deleted if number < len(found)}
    prefix = (word[:size] if size else stem(word)) + more
    ix = _build(found, cuts, deleted, merge)
    fields = (0,) if in_title else (0, 1)
    begun = {stem(word) for word in _live(found, deleted) if word.startswith(prefix)}
    wanted = {
        f"a{number}"
        for number, pair in enumerate(found)
        if number not in deleted and any(_followed(pair[field], first, begun) for field in fields)
    }
    query = f'title:"{first} {prefix}*"' if in_title else f'"{first} {prefix}*"'
    if len(begun) > MAX_VARIANTS:
        with pytest.raises(QueryError, match="type more of the word"):
            hits(ix, query)
        return
    assert hits(ix, query) == wanted, query


def test_a_phrase_prefix_finds_governor_not_government() -> None:
    ix = build([("", "the government"), ("", "the governor"), ("", "the governors")], 1)
    assert hits(ix, '"the governo*"') == {"a1", "a2"}
    assert hits(ix, '"the govern*"') == {"a0", "a1", "a2"}
    assert hits(ix, '"the govex*"') == set()


def test_a_phrase_prefix_of_too_many_words_says_so() -> None:
    body = " ".join(f"the b{letter}{other}" for letter in "abcdefghi" for other in "abcdefghi")
    ix = build([("", body)], 1)
    with pytest.raises(QueryError, match="81 phrases here"):
        hits(ix, '"the b*"')
    assert hits(ix, '"the ba*"') == {"a0"}


def test_a_phrase_prefix_without_lists_guesses_the_endings() -> None:
    ix = PrivateRamStorage().create_index(make_schema())
    writer = ix.writer()  # a plain Whoosh writer lists nothing
    writer.add_document(id="a0", title="", body="the government")
    writer.add_document(id="a1", title="", body="the governor")
    writer.add_document(id="a2", title="", body="they investigated")
    writer.commit()
    assert hits(ix, '"the governo*"') == {"a0"}  # sp33's guess: "governous" is "govern"
    assert hits(ix, '"they investigat*"') == {"a2"}


def test_a_phrase_prefix_lights_what_it_finds() -> None:
    from index.search.highlight import highlighter_for_text

    ix = build([("", "the government"), ("", "the governors governed, they investigated")], 1)
    text = "The government thanked the Governor, who governed. They investigated the governors."
    with ix.reader() as reader:

        def lit(query: str) -> list[str]:
            found = highlighter_for_text(query, lambda prefix: prefix_stems(reader, prefix))
            return [text[s.start : s.end] for s in found.spans(text)]

        assert lit('"the governo*"') == ["the Governor", "the governors"]
        assert lit('"they investigat*"') == ["They investigated"]
        assert lit('"the governe*"') == ["The government"]  # "governed" is "govern"
