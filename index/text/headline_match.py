"""Whether a line is the article's headline again, written a little differently.

A fetched page keeps its own headline (its h1) as the text's first line, while the title
given beside it (a feed entry's, a sidecar's, a record's) may be worded apart from it:
longer ("... & more"), shorter or cut ("'succes…"), with a tag before it ("UPDATED:"),
with entities left in ("&amp;") or other quote marks. The head rules take such a line for
the headline, not the first paragraph, when it matches here (nu43 #8).
"""

from __future__ import annotations

import html
import re
import unicodedata

_WORD = re.compile(r"\w+")
_CUT = ("…", "...")
"""How a title cut short ends: its last word may be cut too ("'succes…")."""
MIN_WORDS = 3
"""The fewest words a line or title shares, in order, for one to hold the other."""
MIN_SHARE = 0.5
"""The least part of the longer one's words that the shorter one, held in it, makes."""
MIN_RATIO = 90
"""The least similarity (rapidfuzz's ratio, 0-100) of two headlines worded apart a little."""
_SENTENCE_BREAK = re.compile(
    r"(?:[?!]|(?<![\w.])(?P<word>[A-Za-z]{2,}|\d{2,})\.)[\"'’”)]*\s+[\"'“‘(]?(?P<next>\w)"
)
"""A sentence ends inside a line and another follows ("... in March? Not so fast"); a full
stop after initials ("U.S. Says"), a title before a name ("Dr. Fauci") or "vs." ends none."""
_BEFORE_NAMES = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "mt", "ft", "gov", "sen", "rep", "gen", "col", "lt"}
    | {"sgt", "capt", "prof", "rev", "hon", "vs", "jr", "sr", "inc", "no"}
)


def headline_words(text: str) -> list[str]:
    """The words of a headline: entities decoded, case and accents' forms folded, no marks."""
    text = unicodedata.normalize("NFKC", html.unescape(html.unescape(text))).casefold()
    return _WORD.findall(text.replace("_", " "))


def _holds(longer: list[str], shorter: list[str]) -> bool:
    """``shorter`` runs, in order, somewhere in ``longer``."""
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def goes_on(line: str) -> bool:
    """A line that could be a headline but ends as a sentence does ("... across the U.S.")
    or holds a second sentence ("... in March? Not so fast, says Powell"): a first
    paragraph, unless the title holds its words; under a title held in it, a reader would
    lose its second half (rv44)."""
    if line.endswith("."):
        return True
    for found in _SENTENCE_BREAK.finditer(line):
        word = found["word"]
        if word is None or (word.casefold() not in _BEFORE_NAMES and found["next"].isupper()):
            return True
    return False


def same_headline(line: str, title: str, *, sentence: bool = False) -> bool:
    """``line`` is ``title`` again: the same words, one held in the other (a tag before
    it, a tail after it, the title cut short), or nearly the same spelling.

    A ``sentence`` (a line ending in a full stop: "Think again.") is the title again only
    with the same words or held in the title: "<title>, police said." is a first
    paragraph, also under a title ending in "..." as a style, not cut. Whether the line
    reads as a headline at all is the caller's to judge.
    """
    ours, theirs = headline_words(line), headline_words(title)
    if not ours or not theirs:
        return False
    if ours == theirs:
        return True
    cut = not sentence and (title.rstrip().endswith(_CUT) or line.rstrip().endswith(_CUT))
    if cut:  # the cut one's last word may be a word's start: compare the words before it
        short, full = (theirs, ours) if len(theirs) <= len(ours) else (ours, theirs)
        start = short[:-1]
        if len(start) >= MIN_WORDS and full[: len(start)] == start:
            return full[len(start)].startswith(short[-1]) if len(full) > len(start) else True
    shorter, longer = sorted((ours, theirs), key=len)
    held = MIN_WORDS <= len(shorter) >= MIN_SHARE * len(longer) and _holds(longer, shorter)
    if sentence or held:
        return held and (shorter is ours or not sentence)  # a sentence: held in the title
    from rapidfuzz import fuzz  # ~5 ms to import: only for a line that is not plainly it

    return bool(fuzz.ratio(" ".join(ours), " ".join(theirs)) >= MIN_RATIO)
