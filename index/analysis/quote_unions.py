"""Joins of whole groups by pairs of quotes, once the pairs of a region are known: quotes
that overlap (one's end the other's start), renderings of one statement, and quotes one
speaker's outlets share a long run of words in (`said_run`). Moved out of `quote_links`
(qg37), which keeps the pairwise links and the order groups settle in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date

from index.analysis.quote_paraphrase import NEGATORS, who
from index.analysis.quote_relation import Words
from index.analysis.quote_stock import STOCK_DAYS, day, said_together
from index.analysis.speechverbs import words as word_set

Key = tuple[str, int]

PIECE_WORDS = 4
"""The fewest words in a row either side of the one word a transcription adds inside a
shared run (`run_past_one_word`): Titov's two sentences share "for" and ten words past his
"ensuring", which is no run of one sentence."""
SAID_RUN_WORDS = 11
"""The fewest words in a row two quotes given to one speaker (by surname, within
`STOCK_DAYS`) must share to be one quotation though neither is a clip, an edit or an
overlap of the other (`said_run`: two transcriptions of one sentence that go on
differently, "... recognize our tendencies so we won't repeat our own mistakes" and "...
recognize our tendencies to repeat our mistakes")."""


def said_run(
    a: Key,
    b: Key,
    words: Callable[[Key], Words],
    speaker_of: Callable[[Key], str | None],
    date_of: Callable[[Key], str | None],
) -> bool:
    """True when two quotes that share `RUN_WORDS` words in a row (`quote_relation.RUN`)
    are given to one speaker (`said_together`; no two given names: "Hunter" and "Geert"
    Wilders are two) and share `SAID_RUN_WORDS` in a row, or past one word a transcription
    adds (`run_past_one_word`): one statement two outlets transcribed apart."""
    if not said_together(a, b, speaker_of, date_of):
        return False
    if len({_given(speaker_of(a)), _given(speaker_of(b))} - {None}) > 1:
        return False
    return run_past_one_word(words(a), words(b)) >= SAID_RUN_WORDS


def _given(name: str | None) -> str | None:
    """A full name's first word, lower-cased, or None for a bare surname."""
    parts = (name or "").split()
    return parts[0].lower() if len(parts) > 1 else None


def longest_run(a: Words, b: Words) -> int:
    """How many words in a row the two quotes share at most."""
    best = 0
    last = [0] * (len(b) + 1)
    for x in a:
        now = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                now[j] = last[j - 1] + 1
                best = max(best, now[j])
        last = now
    return best


def run_past_one_word(a: Words, b: Words) -> int:
    """How many words in a row the two quotes share at most, where one quote may have one
    word more inside the shared stretch when the words either side of it are `PIECE_WORDS`
    or more in a row (qg39: "What, you think our country's so innocent" and "What, do you
    think our country's so innocent", one answer transcribed by two outlets): the word
    counts with neither side. A negator is no such word ("we will not allow" is another
    statement than "we will allow")."""
    back = _runs(a, b)  # back[i][j]: the run ending at a[i - 1], b[j - 1]
    ahead = [row[::-1] for row in _runs(a[::-1], b[::-1])[::-1]]  # the run from a[i], b[j]
    best = max(map(max, back))
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            first = back[i][j]
            if first < PIECE_WORDS:
                continue
            if i < len(a) and not _negator(a[i]) and ahead[i + 1][j] >= PIECE_WORDS:
                best = max(best, first + ahead[i + 1][j])  # a has a[i] more
            if j < len(b) and not _negator(b[j]) and ahead[i][j + 1] >= PIECE_WORDS:
                best = max(best, first + ahead[i][j + 1])  # b has b[j] more
    return best


_NEARLY_NOT = word_set(
    """hardly barely scarcely seldom rarely dont didnt doesnt isnt wasnt arent werent wont
    cant couldnt wouldnt shouldnt hasnt havent hadnt aint"""
)
"""Words that all but negate, and contractions typed without their apostrophe (rv52):
"we will hardly support" and "we didnt support" are other statements than the one without."""


def _negator(word: str) -> bool:
    """A word that negates ("not", "never", "didn't", "hardly", "didnt"): no word a
    transcription adds."""
    return word in NEGATORS or word in _NEARLY_NOT or word.endswith("n't")


def _runs(a: Words, b: Words) -> list[list[int]]:
    """``runs[i][j]``: how many words in a row end at ``a[i - 1]`` and ``b[j - 1]``."""
    runs = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            if x == y:
                runs[i][j] = runs[i - 1][j - 1] + 1
    return runs


def find(parent: dict[Key, Key], key: Key) -> Key:
    """The root of ``key``'s group in ``parent`` (the paths it walks made shorter)."""
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def join_paraphrases(
    parent: dict[Key, Key],
    pairs: Sequence[tuple[Key, Key]],
    speaker_of: Callable[[Key], str | None],
    date_of: Callable[[Key], str | None],
) -> None:
    """Join the groups of paraphrased pairs (`said_alike` each) while every rendering so
    joined into one group names one surname or none and all ran within `STOCK_DAYS`: an
    unnamed rendering between Putin's and Peskov's, or days 1, 4 and 7, chained them
    (rv29 #3)."""
    ends: dict[Key, tuple[set[str], list[date]]] = {}  # a group's renderings' surnames, days
    for a, b in pairs:
        ra, rb = find(parent, a), find(parent, b)
        if ra == rb:
            continue
        names, days = set(), []
        for key, root in ((a, ra), (b, rb)):
            named, when = who(speaker_of(key)), day(date_of(key))
            was_named, were = ends.get(root, (set(), []))
            names |= was_named | ({named} if named else set())
            days += were + ([when] if when else [])
        if len(names) > 1 or (days and (max(days) - min(days)).days > STOCK_DAYS):
            continue
        parent[ra] = rb
        ends[rb] = (names, days)


def join_overlaps(parent: dict[Key, Key], pairs: Sequence[tuple[Key, Key]]) -> None:
    """Join the groups of overlapping quotes (one's end the other's start), before clips
    settle: a clip of the shared stretch then sees one group. A quote whose end (or
    start) overlaps quotes of two different groups joins neither there: two quotations
    may go on differently from one shared sentence."""
    reach: dict[tuple[Key, bool], set[Key]] = defaultdict(set)  # (quote, at its end?)
    for first, last in pairs:
        reach[(first, True)].add(find(parent, last))
        reach[(last, False)].add(find(parent, first))
    for first, last in pairs:
        if len(reach[(first, True)]) == 1 and len(reach[(last, False)]) == 1:
            parent[find(parent, first)] = find(parent, last)
