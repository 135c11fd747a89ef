"""Whether the words after a name in a speaker's phrase make it a role: "the Navy chief",
"Biden administration officials" name no one who speaks (`index.analysis.phrases`)."""

from __future__ import annotations

from index.analysis.moodwords import ly_adverb as _adverb
from index.analysis.names import Token
from index.analysis.phrase_titles import PREPOSITIONS
from index.analysis.words import STOPWORDS


def nouns_close(tail: list[Token]) -> bool:
    """True when the words after a name to its part's end are a lower-case noun ("the Navy
    chief"), or lower-case nouns that end on a group's (`GROUPS`), an adverb or more after
    them left aside: the name only says whose ("Biden administration officials repeatedly";
    nu70 #2: a quote went to Biden that his secretary of state gave)."""
    if len(tail) == 1:
        return _noun(tail[0])
    while tail and _adverb(tail[-1]):
        tail = tail[:-1]
    return (
        bool(tail)
        and tail[-1].norm in GROUPS
        and all(_noun(t) and t.text[:1].isalpha() and t.norm not in STOPWORDS for t in tail)
    )


def _noun(token: Token) -> bool:
    """True for a lower-case word that may be a noun: no preposition, participle or adverb."""
    return (
        not token.capital
        and token.norm not in PREPOSITIONS
        and not token.norm.endswith(("ed", "ing"))
        and not _adverb(token)
    )


GROUPS = frozenset(
    [
        *("officials", "aides", "advisers", "advisors", "lawyers", "attorneys", "staff"),
        *("staffers", "allies", "spokespeople", "representatives", "sources", "insiders"),
        *("operatives", "strategists"),
    ]
)
"""The plural nouns a group ends on, whose name before them only says whose ("Biden
administration officials"; nu70: any lower-case words changed 162 of 20,739 corpus quotes'
speakers, some for the worse; these, 1)."""
