"""The small words at a dash chain's edge that make no compound, and the verbs of speech a
name's dash runs into (cl45, cl46): the lists `lost_space` reads a dash by.

Drawn from the dashes of newsarticles, whose Deutsche Welle copies write a lost space as "-",
and checked against reuters21578 and allsides, whose copies lose none. More lists of the kind
(cl47, nu65) are in `lost_space_words`.
"""

from __future__ import annotations

OPENS_NONE = frozenset(
    [
        "the",
        "an",
        "of",
        "and",
        "or",
        "but",
        "nor",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "has",
        "had",
        "will",
        "could",
        "should",
        "shall",
        "might",
        "did",
        "does",
        "its",
        "his",
        "their",
        "our",
        "your",
        "they",
        "we",
        "this",
        "these",
        "those",
        "with",
        "from",
        "said",
        "says",
        "than",
        "while",
        "into",
        "whether",
    ]
)
"""Words that open no compound ("must", "can", "would", "when", "may", "also" do: "must-see",
"can-do", "would-be", "when-issued", "may-buy", "also-ran"). With these lists, of the 34,677
dashes of reuters21578 and allsides, whose copies lose no spaces, 6 are read as lost
spaces, all loose hyphens ("medium-and long-term", "across-the board")."""

CLOSES_NONE = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "but",
        "nor",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "would",
        "could",
        "should",
        "shall",
        "might",
        "did",
        "does",
        "its",
        "his",
        "their",
        "our",
        "your",
        "they",
        "we",
        "this",
        "these",
        "those",
        "with",
        "from",
        "also",
        "said",
        "says",
        "than",
        "when",
        "into",
        "whether",
    ]
)
"""Words that close no compound (not "to": "how-to", "go-to"; not "be": "would-be"). "has"
and "have" after a noun ("water level-has risen", "man-has been arrested": cl46) close none
but after `BEFORE_HAVE` ("must-have", "nice-to-have")."""

BEFORE_HAVE = frozenset(["must", "to", "would", "could", "should", "might", "may"])
"""Words that make a compound with a closing "have" ("a must-have", "nice-to-have",
"would-have-been"): that dash stays unless another rule reads it (cl46)."""

INSIDE_NONE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "had",
        "would",
        "could",
        "should",
        "did",
        "does",
        "these",
        "those",
        "which",
        "whose",
        "also",
        "whether",
    ]
)
"""Words that sit inside no compound ("state-of-the-art" holds "of" and "the", never
these): both their dashes are lost spaces ("the club-has-parted", "that-would-have")."""

BEFORE_YEAR = frozenset(["in", "on", "at", "since", "until", "by"])
"""Prepositions whose dash before a number is a lost space ("invaded by Indonesia
in-1975"); "under-21", "top-10", "mid-2017", "over-50s" are compounds."""

COMPOUNDS = frozenset(
    {
        "has-been",
        "as-is",
        "as-of",
        "either-or",
        "and-or",
        "who-dunnit",
    }
)
"""Compounds with one of those words at an edge all the same: their dash stays."""

SPOKE = frozenset(
    [
        "added",
        "told",
        "stressed",
        "noted",
        "warned",
        "explained",
        "insisted",
        "argued",
        "wrote",
        "stated",
        "claimed",
        "announced",
        "confirmed",
        "admitted",
        "replied",
        "recalled",
        "urged",
        # cl46: "Trump-quipped", "the Herald-revealed", "Michael Noonan-denied"
        "quipped",
        "tweeted",
        "remarked",
        "joked",
        "commented",
        "declared",
        "revealed",
        "reported",
        "acknowledged",
        "responded",
        "countered",
        "lamented",
        "predicted",
        "maintained",
        "conceded",
        "cautioned",
        "reiterated",
        "complained",
        "vowed",
        "alleged",
        "continued",
        "concluded",
        "agreed",
        "described",
        "called",
        "accused",
        "denied",
        "welcomed",
    ]
)
"""Verbs of speech that, after a capitalised word ("Secretary-added", "Merkel-told"), close
no compound (a small word before them may: "value-added")."""

SPOKE_PREFIXES = frozenset(
    ["co", "re", "pre", "un", "mis", "over", "under", "self", "ghost", "value", "well", "oft", "so"]
)
"""Words that make a compound with a verb of speech even capitalised, as a sentence's
first word: "Value-added tax", "Co-wrote", "Re-stated", "Well-argued" (rv71), "So-called"."""

ARTICLES = frozenset(["a", "an", "A", "An"])
"""Before a capitalised word and a verb of speech, an article makes the pair a compound
adjective: "an ISIL-claimed attack" (na-1380), "a Kremlin-announced plan" (rv71)."""
