"""A segment's listed words are its live documents' words, through deletions and merges
(rv36 #3, px37: `index.store.words_live`).

The oracle: after each of several writers (each adds some articles, deletes some of the
live ones, then commits keeping its segments, merging small ones, or merging all), every
segment lists exactly the words (as the analyzer yields them before stemming) of the
title and body of its live documents: no word only deleted articles had, none missing.
Few words, so most are shared by several articles and a deletion must count, not guess;
hyphenated, accented and Chinese-Japanese words are among them (words the tokenizer
joins, folds or pairs), and stop words in capitals after a hyphenated word (rv40 #1: read
again without positions, "x-ray OR-IT" lost its "it", so a deleted article left it listed).
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from index.store.schema import make_schema, make_words_analyzer
from index.store.words import GONE_EXTENSION, segment_words
from index.store.words_writer import WordsWriter
from tests.ramstore import PrivateRamStorage

VOCABULARY = (
    "running",
    "runs",
    "Café",
    "cafe",
    "pro-Russian",
    "Russian",
    "G-7",
    "東京市場は",
    "市場",
    "the",
    "Governor",
    "governed",
    "U.S.",
    "don't",
    "x-ray",
    "IT",
    "OR-IT",
)
texts = st.lists(st.sampled_from(VOCABULARY), max_size=4).map(" ".join)
ROUNDS = st.lists(
    st.tuples(
        st.lists(st.tuples(texts, texts), max_size=4),
        st.sets(st.integers(0, 40), max_size=4),
        st.sampled_from(("keep", "merge", "optimize")),
    ),
    min_size=1,
    max_size=4,
)
"""Each writer's (articles added, numbers of the live articles deleted, commit)."""


def _words(*texts: str | None) -> set[str]:
    analyzer = make_words_analyzer()
    return {
        token.text
        for text in texts
        if text
        # positions, as Whoosh indexes a text field: `InitialismFilter` reads the gap
        # before `HyphenFilter`'s joined forms from them
        for token in analyzer(text, positions=True, mode="index")
    }


def _check(ix: Any) -> None:
    with ix.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            live = set()
            for fields in leaf.all_stored_fields():
                live |= _words(fields.get("title"), fields.get("body"))
            assert set(segment_words(leaf) or ()) == live
    # a segment keeps only its latest note of what deletions took (`write_gone`)
    noted = [name for name in ix.storage.list() if name.endswith(GONE_EXTENSION)]
    assert len(noted) == len({name.split(".")[0] for name in noted})


@settings(max_examples=60, deadline=None)
@given(ROUNDS, st.booleans())
def test_each_segment_lists_its_live_documents_words(
    rounds: list[tuple[list[tuple[str, str]], set[int], str]], compound: bool
) -> None:
    ix = PrivateRamStorage().create_index(make_schema())
    live: list[str] = []
    added = 0
    for articles, deleting, commit in rounds:
        writer = WordsWriter(ix, compound=compound)
        for title, body in articles:
            writer.add_document(id=f"a{added}", title=title, body=body)
            added += 1
        for number in deleting:
            if live:
                gone = live.pop(number % len(live))
                assert writer.delete_by_term("id", gone) == 1
        live.extend(f"a{n}" for n in range(added - len(articles), added))
        if commit == "keep":
            writer.commit(merge=False)
        elif commit == "merge":
            writer.commit()
        else:
            writer.commit(optimize=True)
        _check(ix)


def test_a_deleted_shouted_stop_word_after_a_hyphenated_word_leaves_the_list() -> None:
    """rv40 #1: "x-ray OR-IT" is indexed with "it" ("OR IT" shouted: the plain word and
    its dotted form), but read again without positions `InitialismFilter` took the joined
    "xray" for the next word, not in capitals, and gave "i.t" alone: "it" stayed listed."""
    ix = PrivateRamStorage().create_index(make_schema())
    writer = WordsWriter(ix)
    writer.add_document(id="a0", title="Scan", body="x-ray OR-IT")
    writer.add_document(id="a1", title="Scan", body="kept")
    writer.commit()
    _check(ix)
    writer = WordsWriter(ix)
    assert writer.delete_by_term("id", "a0") == 1
    writer.commit(merge=False)
    _check(ix)
    with ix.reader() as reader:
        assert "it" not in set(segment_words(reader) or ())
