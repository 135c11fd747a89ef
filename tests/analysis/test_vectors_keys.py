"""`Vocabulary.keys(ids)` hashes the stems asked for alone (st77): every slot asked, now or
before, holds what hashing every stem gives (the oracle: a fresh vocabulary's `keys()`),
as stems are added between the asks; the slots never asked hold 0."""

from __future__ import annotations

import hashlib

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.vectors import Vocabulary


def _key(stem: str) -> int:
    return int.from_bytes(hashlib.blake2b(stem.encode(), digest_size=8).digest(), "little")


words = st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=6), max_size=12)


@given(words, st.lists(st.tuples(words, st.lists(st.integers(0, 40)), st.booleans()), max_size=5))
def test_asked_slots_hold_every_stems_keys(
    first: list[str], steps: list[tuple[list[str], list[int], bool]]
) -> None:
    vocab = Vocabulary()
    vocab.word_ids(first)
    asked: set[int] = set()
    for added, picks, whole in steps:
        vocab.word_ids(added)
        ids = np.array([p for p in picks if p < len(vocab)], np.int64)
        keys = vocab.keys(None if whole else ids)
        asked |= set(range(len(vocab))) if whole else set(ids.tolist())
        assert len(keys) == len(vocab)
        expected = [_key(s) if i in asked else 0 for i, s in enumerate(vocab.stems)]
        assert keys.tolist() == expected
    assert vocab.keys().tolist() == Vocabulary(vocab.stems).keys().tolist()
    assert vocab.keys().tolist() == [_key(s) for s in vocab.stems]
