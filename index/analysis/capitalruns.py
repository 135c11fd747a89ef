"""Runs of capitalised words in a text, to ask whether it names an organisation by its words
together ("Water Resources director" names the Department of Water Resources) rather than by
capitals scattered over it ("Michigan billionaire" ... "one more Republican" is no "Michigan
Republican Party"; "Government" opening a sentence is no government's name) (cp42).
"""

from __future__ import annotations

import re

from index.analysis.entities import fold, key_words
from index.analysis.firmnames import LINK_WORDS
from index.analysis.words import word_set

_TOKEN = re.compile(r"[^\W\d_](?:[\w'\u2019-]|\.(?=\w))*|&")
"""A word (a dot inside it, "U.S", but not after it: that may end a sentence) or "&"."""
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
_ABBREVIATED = re.compile(
    r"(?:\b[^\W\d_]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr)\.$"
)
"""An abbreviation's dot, which ends no sentence: "U.S.", "Mr."."""
_BODY_WORDS = word_set(
    """department ministry party agency council committee commission government bureau court
    police union institute university board authority army navy administration office
    service"""
)
"""A body's word that goes on a run in lower case: "Justice department", "Freedom party"."""
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_INSIDE = LINK_WORDS | {"&", "de"}
"""Small words a name's run goes on through: "Ways and Means", "Institute of Virology"."""


def capital_runs(text: str) -> tuple[frozenset[str], ...]:
    """The matching forms (`key_words`) of each run of capitalised words in ``text``.

    A run goes on through small linking words ("Department of Water Resources") and a body's
    word ("Justice department") but not through any other lower-case word or a sentence end.
    A run of one word that opens a sentence is left out: its capital says where the sentence
    starts, not that it is a name ("Government sources said"), and so is one before a linking
    word ("Exiting the European Union"), unless a body's word follows it ("Justice
    department").
    """
    runs: list[frozenset[str]] = []
    run: list[str] = []
    lone_opener = False
    last_end = 0
    pending: list[str] = []  # linking words after the run, kept if a capital follows
    folded = fold(text)
    for token in _TOKEN.finditer(folded):
        word = token.group().rstrip(".'\u2019-")
        low = word.lower()
        joined = bool(run) and not folded[last_end : token.start()].strip()
        last_end = token.end()
        if joined and (word[:1].isupper() or low in _BODY_WORDS):
            run.extend([*pending, word])  # "Justice department", "Freedom party of Geert Wilders"
            pending = []
            lone_opener = False
            continue
        if joined and low in _INSIDE:
            if lone_opener and len(run) == 1:
                run = []  # "Exiting the European Union ...": the run starts at "European"
            else:
                pending.append(low)
            continue
        _close(runs, run, lone_opener)
        run, pending = [], []
        if word[:1].isupper():
            run = [word]
            lone_opener = opens_sentence(folded, token.start())
    _close(runs, run, lone_opener)
    return tuple(runs)


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a quoted sentence ('said,
    "We'); not after an abbreviation ("the U.S. Census") nor a title's quote mark ("CNN's
    'State of the Union'") or bracket ("(D66)")."""
    before = text[max(0, start - 12) : start]
    head = before.rstrip()
    if not head or "\n" in before[len(head) :]:
        return True
    quoted = head[-1] in _QUOTES
    head = head.rstrip(_QUOTES).rstrip()
    if not head:
        return True
    if head[-1] == "." and _ABBREVIATED.search(head):
        return False
    return head[-1] in (".!?:;," if quoted else ".!?:;")


def _close(runs: list[frozenset[str]], run: list[str], lone_opener: bool) -> None:
    if run and not (len(run) == 1 and lone_opener):
        words = (f"{w}." if _DOTTED.fullmatch(w) else w for w in run)  # "U.S" as "us"
        runs.append(frozenset(p for w in words for p in key_words(w) if p not in _INSIDE))
