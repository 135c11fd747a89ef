"""A name run into the small word after it where a dirty copy lost the space (fx172).

`lost_space` read a capitalised word's dash as a lost space before a verb of speech ("Enda
Kenny-called", "Merkel-told": cl46) or a word that closes no compound ("Kenny-said"). Its
dash before a preposition stayed: "unveiled Tuesday-in an opening ceremony", "the east of
Germany-for quality", "Consumer Financial Protection Bureau-to be", "finishing bottom of the
Bundesliga-last term" (newsarticles: DW, RTE, CNN bodies). A capitalised word and one of
`AFTER_NAMES` make a compound only as a phrasal noun written at a sentence's or a title's
start ("Check-in", "Hands-on", "Lean-to") or as a place of three words or more
("Stoke-on-Trent", a chain this rule never reads), and in a Korean given name ("Moon Jae-in").
So a two-word chain of a capitalised word and one of these, inside a sentence (the word before
it ends on a letter, a digit, a comma or a bracket), is a lost space unless its first word is
a phrasal noun's (`PHRASAL_HEADS`) or it reads as a Korean given name (see `_korean`).
"""

from __future__ import annotations

AFTER_NAMES = frozenset(["in", "on", "at", "for", "to", "by", "as", "last"])
"""Small words a capitalised word's dash before which is a lost space ("Tuesday-in",
"Germany-for", "Bureau-to", "Zea-by", "Kraftwerk-as", "Islands-at", "Bundesliga-last")."""

PHRASAL_HEADS = frozenset(
    [
        "check",
        "sign",
        "log",
        "walk",
        "drive",
        "sit",
        "lead",
        "plug",
        "add",
        "hands",
        "head",
        "carry",
        "follow",
        "spin",
        "lean",
        "stand",
        "fly",
        "go",
        "shoo",
        "built",
        "break",
        "run",
        "lock",
        "write",
        "call",
        "phone",
        "hand",
        "lay",
        "set",
        "cut",
        "pay",
        "stop",
        "take",
        "make",
        "turn",
        "roll",
        "tie",
        "dial",
        "cave",
        "weigh",
        "fade",
        "grow",
        "know",
        "stake",
        "sell",
        "try",
        "hook",
        "tune",
        "clock",
        "put",
        "knock",
        "get",
        "come",
        "look",
        "line",
        "hold",
        "send",
        "bring",
        "hang",
        "move",
        "work",
        "wake",
        "sleep",
        "stay",
        "live",
        "pass",
        "dug",
        "lie",
        "pop",
        "opt",
    ]
)
"""First words of phrasal nouns and adjectives with one of `AFTER_NAMES` ("Check-in",
"Hands-on", "Lean-to", "Built-in", "Go-to", "Stand-by"): capitalised at a title's or a
sentence's start, their dash stays."""

_KOREAN_MAX = 4
"""The longest first syllable of a Korean given name read so ("Jae", "Jong", "Geun")."""


def name_glued(words: list[str], before: str) -> bool:
    """Whether the two-word chain ``words`` ("Tuesday", "in") is a capitalised word and one
    of `AFTER_NAMES` run together inside a sentence (``before`` is the line before it)."""
    first, last = words
    if last not in AFTER_NAMES or not (first[:1].isupper() and first[1:].islower()):
        return False
    if first.lower() in PHRASAL_HEADS:
        return False
    previous = before.rstrip()
    if not previous or before == previous or not (previous[-1].isalnum() or previous[-1] in ",)"):
        return False  # a sentence's or a title's first word, or a quotation's
    return not _korean(first, last, previous)


def _korean(first: str, last: str, previous: str) -> bool:
    """Whether ``first``-``last`` reads as a Korean given name after its surname ("Moon
    Jae-in"): "in" after a short syllable that follows a capitalised word."""
    word = previous.split()[-1]
    return last == "in" and len(first) <= _KOREAN_MAX and word[:1].isupper()
