"""Chinese, Japanese and Korean text: words by overlapping pairs of characters.

These scripts write no space between words, so the tokenizer's "word" (`WORD_EXPRESSION`,
``\\w+``) is a whole run of them, a clause or a sentence: ``市場`` (market) found nothing in
``東京市場は``. The usual answer (Lucene's ``CJKBigramFilter``) is taken: a run of these
characters is indexed as its overlapping pairs (``東京``, ``京市``, ``市場``, ``場は``), each
at its own position, so a query of two characters is one term, a longer word is each of its
pairs (all required: a loose word; in a row: a quoted phrase), and a character standing
alone (a run of one) is itself. Letters and digits that touch a run ("東京2020") are a word
of their own beside it. `index.store.hyphens.HyphenFilter` does the splitting, so that the
analyzer passes each word through no more steps than before (a Latin word pays one test).
"""

from __future__ import annotations

import re
from functools import cache

Piece = tuple[int, int, str]
"""(start, end, text) of a piece of a word, offsets in the analysed text."""

CJK_CHARS = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul Compatibility Jamo
    "\u31f0-\u31ff"  # Katakana Phonetic Extensions
    "\u3400-\u4dbf"  # CJK Unified Ideographs Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\ua960-\ua97f"  # Hangul Jamo Extended-A
    "\uac00-\ud7ff"  # Hangul Syllables, Jamo Extended-B
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
    "\uff66-\uffdc"  # Halfwidth Katakana and Hangul
    "\U00020000-\U0003134f"  # CJK Unified Ideographs Extensions B to G
)
"""The characters paired: Han ideographs, kana and Hangul (Lucene's default scripts)."""
CJK = re.compile(f"[{CJK_CHARS}]")
"""One of `CJK_CHARS`."""
RUNS = f"[{CJK_CHARS}]+|(?:(?![{CJK_CHARS}])\\w)+(?:\\.(?:(?![{CJK_CHARS}])\\w)+)*"
"""A word's runs of `CJK_CHARS`, and what stands between them (letters, digits, dots):
compiled on first use (`_runs`), ~4 ms that a corpus without these scripts, and every
command before its first such word, does not pay."""


@cache
def _runs() -> re.Pattern[str]:
    return re.compile(RUNS)


def has_cjk(word: str) -> bool:
    """Whether ``word`` holds a character that is paired (an ASCII word never does)."""
    return not word.isascii() and CJK.search(word) is not None


def cjk_pieces(part: str, start: int = 0) -> list[Piece]:
    """The pieces of ``part`` (a word, or a part of a hyphenated one, at ``start``): each run
    of `CJK_CHARS` as its overlapping pairs (a run of one as itself), and what stands
    between runs as a word of its own, in order."""
    found: list[Piece] = []
    for run in _runs().finditer(part):
        text, at = run.group(), start + run.start()
        if len(text) < 2 or not CJK.match(text):
            found.append((at, at + len(text), text))
            continue
        found.extend((at + k, at + k + 2, text[k : k + 2]) for k in range(len(text) - 1))
    return found


def is_cjk_letter(term: str) -> bool:
    """Whether ``term`` is a single paired character: a word in these scripts, not a stray
    letter (the stop filter drops single letters from a query's loose words)."""
    return len(term) == 1 and CJK.match(term) is not None
