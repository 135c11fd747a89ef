"""Typing slips: whether a one-edit respelling reads as a slip of the keys a user made
(a letter left out, doubled or swapped, a key's neighbour on QWERTY, a vowel for a vowel).
Read by `index.search.suggest.close` and the offer rule (`index.search.offer_run`)."""

from __future__ import annotations

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYS = {
    key: (row, col + (0, 0.25, 0.75)[row])
    for row, keys in enumerate(_ROWS)
    for col, key in enumerate(keys)
}
_VOWELS = frozenset("aeiouy")


def slip(typed: str, meant: str) -> bool:
    """Whether ``typed``, at most one edit from ``meant``, reads as a slip in typing it:
    any edit but one letter put for another, unless the two are neighbouring keys (QWERTY)
    or both vowels."""
    if len(typed) != len(meant):
        return True  # a letter left out or added
    changed = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    if len(changed) != 1:
        return True  # the same word, or two neighbouring letters swapped
    a, b = changed[0]
    if a in _VOWELS and b in _VOWELS:
        return True
    if a not in _KEYS or b not in _KEYS:
        return False
    (row_a, x_a), (row_b, x_b) = _KEYS[a], _KEYS[b]
    return abs(row_a - row_b) <= 1 and abs(x_a - x_b) <= (1 if row_a == row_b else 0.75)
