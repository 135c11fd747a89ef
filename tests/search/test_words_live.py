"""A segment's listed words are its live documents' words, through deletions and merges
(rv36 #3, px37: `index.store.words_live`).

The oracle: after each of several writers (each adds some articles, deletes some of the
live ones, then commits keeping its segments, merging small ones, or merging all), every
segment lists exactly the words (as the analyzer yields them before stemming) of the
title and body of its live documents: no word only deleted articles had, none missing.
Few words, so most are shared by several articles and a deletion must count, not guess;
hyphenated, accented and Chinese-Japanese words are among them (words the tokenizer
joins, folds or pairs).
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
    return {token.text for text in texts if text for token in analyzer(text, mode="index")}


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
