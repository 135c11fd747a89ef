"""A name the name finder cut in pieces, made whole again for what a comparison lists (fx146,
nu59 #8): only A's "Night Live" is "Saturday Night Live", its "George", "H.W." and "Bush"
one "George H.W. Bush".

Like `index.analysis.namefragments`, this tidies only what compare reports: the name finder
that quotes and stories use is untouched.

- a weekday or month opening a title is the title's ("Saturday Night Live", "Monday Night
  Football": a time of day after the day, in title case; or a run standing whole in
  quotation marks, "“March Madness”"), though before another name it is a date ("Tuesday
  Trump said", cut off by the name finder);
- a name starts at a word's start (fx152, nu61 #4): "Avichai Mandelblit", not
  "al-Avichai Mandelblit" out of "general-Avichai"; and "O’Reilly" whose apostrophe a copy
  lost to U+FFFD is "O\ufffdReilly", not "Reilly" (as `index.analysis.lostletters` reads a
  "?" inside a word as part of it, sp52);
- a person's dotted middle initials ("George H.W. Bush"): the name finder cuts a run after
  a dotted acronym, which may end a sentence ("in the U.S. Kim said"); after a known first
  name and before a capitalised word, they are inside one name.
"""

from __future__ import annotations

import re

from index.analysis.entities import NameMention, key_words
from index.analysis.firstnames import first_name_gender
from index.analysis.words import MONTHS_DAYS

_TIMES_OF_DAY = frozenset(("night", "morning", "evening", "afternoon"))
_DAY_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+$")
_OPEN_QUOTE = '"“‘'
_CLOSE_QUOTE = '"”’'
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def day_title(text: str, mention: NameMention) -> NameMention:
    """``mention`` with the weekday or month the name finder cut off its front put back when
    the two make one title: "Night Live" after "Saturday" is "Saturday Night Live"."""
    before = _DAY_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if before is None or before.group(1).lower() not in MONTHS_DAYS or mention.acronym:
        return mention
    start = before.start(1)
    words = mention.text.split()
    timed = len(words) > 1 and words[0].lower() in _TIMES_OF_DAY
    after = text[mention.end : mention.end + 1]
    quoted = start > 0 and text[start - 1] in _OPEN_QUOTE and after != "" and after in _CLOSE_QUOTE
    if not (timed or quoted):
        return mention
    key = (*key_words(before.group(1)), *mention.key)
    return NameMention(start, mention.end, text[start : mention.end], key, False)


def with_initials(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """``mentions`` with a first name, its dotted initials and the name after them, found as
    three ("George", "H.W.", "Bush"), joined as one ("George H.W. Bush"; matched as
    "George Bush", as "George W. Bush" is)."""
    out: list[NameMention] = []
    k = 0
    while k < len(mentions):
        first = mentions[k]
        trio = mentions[k : k + 3]
        if (
            len(trio) == 3
            and " " not in first.text
            and first_name_gender(first.text) is not None
            and _DOTTED.fullmatch(trio[1].text)
            and text[first.end : trio[1].start] == " "
            and text[trio[1].end : trio[2].start] == " "
            and not trio[2].acronym
        ):
            last = trio[2]
            key = (*first.key, *last.key)
            out.append(NameMention(first.start, last.end, text[first.start : last.end], key, False))
            k += 3
            continue
        out.append(first)
        k += 1
    return out


_LOST_MARK = re.compile(r"(?<![\w\ufffd])[A-Z][a-z]?\ufffd+$")
"""The front of "O’Reilly", "D’Angelo" whose apostrophe a copy lost to U+FFFD."""


def word_start(text: str, mention: NameMention) -> NameMention | None:
    """``mention`` starting where its word starts: its front put back when only a lost
    apostrophe cut it ("O\ufffdReilly"); cut to the capital after a hyphen when it starts
    inside a word ("general-Avichai Mandelblit": "Avichai Mandelblit"); None when no
    capital is left."""
    start = mention.start
    if (lost := _LOST_MARK.search(text, max(0, start - 4), start)) is not None:
        whole = text[lost.start() : mention.end].replace("\ufffd", "’")
        key = (*key_words(whole.split()[0]), *mention.key[1:])
        return NameMention(lost.start(), mention.end, text[lost.start() : mention.end], key, False)
    if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "\ufffd"):
        return mention
    hyphen = text.find("-", start, mention.end)
    if hyphen < 0 or not text[hyphen + 1 : hyphen + 2].isupper():
        return None
    rest = text[hyphen + 1 : mention.end]
    key = tuple(part for w in rest.split() for part in key_words(w))
    return NameMention(hyphen + 1, mention.end, rest, key, mention.acronym)
