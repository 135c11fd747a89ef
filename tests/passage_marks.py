"""The oracle for a kept passage as shown (`index.wording.quoted`, fx170): in one pair of marks,
its words in order; shared by the tests of every view that shows one."""

from __future__ import annotations

from index.wording import QUOTE_MARKS

DOUBLES = ("“”", "«»", "»«", "„“", "„”", "‟”", "「」", "『』")
SINGLES = ("‘’", "''", "'’", "‘'", "‚‘", "‚’", "‛’", "‹›", "›‹")
OUTER = frozenset((*DOUBLES, *SINGLES))
"""The pairs of marks a shown passage may stand in: “…”, or a passage's own pair of another
style (a straight "…" of its own is shown curled)."""

ENGLISH_DOUBLE = frozenset('"“”')
"""A mark that, right inside “…”, reads as a second one: ““…””, “"In order…”."""


def words(text: str) -> str:
    """``text`` without its quotation marks, any run of spaces one: what showing it may not
    change (a mark may be curled, turned single, or left out; nothing else)."""
    return " ".join("".join(char for char in text if char not in QUOTE_MARKS).split())


def marked_once(shown: str, passage: str) -> bool:
    """Whether ``shown`` is ``passage`` in exactly one outer pair of marks: its words in order
    and nothing else changed but marks; in a pair of `OUTER`; inside “…” no double mark at
    either end (a passage in marks of its own is not wrapped again, and a lone mark at its
    end is left out)."""
    if words(shown) != words(passage):
        return False
    if not words(passage):
        return True  # marks only: no words to mark off (fb43: '"' shows as “"”)
    inner = shown[1:-1]
    if shown[:1] + shown[-1:] not in OUTER:
        return False
    ends = inner.strip()[:1] + inner.strip()[-1:]
    return shown[0] != "“" or not any(mark in ENGLISH_DOUBLE for mark in ends)


def own_pair_kept(shown: str, passage: str) -> bool:
    """Whether ``shown`` is a passage in a pair of marks of its own as it is: not wrapped
    again, one character for one, a straight " at either end curled."""
    bare = passage.strip()
    return len(shown) == len(bare) and shown[0] == ("“" if bare[0] == '"' else bare[0])
